package org.terrain.corpus.store;

import java.sql.SQLException;

/** A database failure that no user action explains (disk full, I/O error); the log has the SQL detail. */
public class StoreException extends RuntimeException {
    public StoreException(SQLException cause) {
        super(cause.getMessage(), cause);
    }
}
