package org.terrain.corpus.testing;

import java.nio.file.Path;
import org.terrain.corpus.store.ProjectStore;

/** Opens a project and keeps it open until killed: the "first process" of the lock tests. */
public final class LockHolder {
    private LockHolder() {
    }

    public static void main(String[] args) throws Exception {
        try (ProjectStore store = ProjectStore.open(Path.of(args[0]), "lock holder test")) {
            System.err.println("READY " + store.info().name());
            Thread.sleep(Long.MAX_VALUE);
        }
    }
}
