package org.terrain.corpus.errors;

/** Another process has the project open; {@code holder} says who (pid, host, user, since, command). */
public class ProjectLockedException extends TerrainException {
    public ProjectLockedException(String project, String holder) {
        super("project_locked", Category.ACTION_NEEDED, project, holder);
    }
}
