package org.terrain.corpus.store;

import java.nio.file.Path;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.terrain.corpus.errors.DatabaseMissingException;
import org.terrain.corpus.errors.IntegrityException;
import org.terrain.corpus.errors.NotAProjectException;
import org.terrain.corpus.errors.TerrainException;

/**
 * What a researcher reads when the project database cannot be used: one sentence with the newest backup that
 * passes its check and the command that restores it. SQLite's report goes to the log, once, from here.
 */
final class Damage {
    private static final Logger LOG = LoggerFactory.getLogger(Damage.class);

    private Damage() {
    }

    static IntegrityException damaged(ProjectLayout layout, String details) {
        LOG.info("the database of {} is damaged; SQLite says:\n{}", layout.root(), details);
        return new IntegrityException(layout.root().toString(), details, newestGood(layout));
    }

    static IntegrityException empty(ProjectLayout layout) {
        LOG.info("the database of {} is empty (no Terrain table)", layout.root());
        return IntegrityException.empty(layout.root().toString(), newestGood(layout));
    }

    /** No database: a project that lost it when it has backups, else no project at all. */
    static TerrainException missing(ProjectLayout layout) {
        Backups backups = Backups.in(layout);
        if (backups.list().isEmpty()) {
            return new NotAProjectException(layout.root().toString());
        }
        return new DatabaseMissingException(layout.root().toString(), backups.newestGood()
                .map(Backups.Backup::file).orElse(null));
    }

    private static String newestGood(ProjectLayout layout) {
        return Backups.in(layout).newestGood().map(Backups.Backup::file).map(Path::toString).orElse(null);
    }
}
