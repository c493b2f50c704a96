package org.terrain.corpus.store;

import java.nio.file.Path;

/**
 * Where things live in a project folder. The database is the truth; the index is derived and may be deleted;
 * originals are the imported files as they came; backups are copies of the database.
 */
public record ProjectLayout(Path root) {
    public static final String DATABASE_NAME = "terrain.sqlite";

    public Path database() {
        return root.resolve(DATABASE_NAME);
    }

    public Path originals() {
        return root.resolve("originals");
    }

    public Path index() {
        return root.resolve("index");
    }

    public Path backups() {
        return root.resolve("backups");
    }

    public Path lockFile() {
        return root.resolve("terrain.lock");
    }
}
