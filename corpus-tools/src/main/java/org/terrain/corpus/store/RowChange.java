package org.terrain.corpus.store;

import java.util.Map;

/**
 * One row changed by an operation, with what it takes to invert it. An insert keeps only the row's id (its
 * inverse is a delete, and the undo entry then records the full row for redo); an update keeps the changed
 * columns before and after; a delete keeps the whole row.
 */
sealed interface RowChange {
    String table();

    long id();

    record Inserted(String table, long id) implements RowChange {
    }

    record Updated(String table, long id, Map<String, Object> before, Map<String, Object> after)
            implements RowChange {
    }

    record Deleted(String table, long id, Map<String, Object> row) implements RowChange {
    }
}
