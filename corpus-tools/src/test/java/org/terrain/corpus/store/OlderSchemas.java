package org.terrain.corpus.store;

import java.sql.SQLException;
import java.sql.Statement;

/** Takes a database back to what an older Terrain left, for the migration tests. */
final class OlderSchemas {
    private OlderSchemas() {
    }

    /** Without what version 6 added: the log's coder and message, the memos' coder. */
    static void withoutVersion6(Statement st) throws SQLException {
        for (String column : new String[] {"coder_id", "message_key", "message_args"}) {
            st.execute("ALTER TABLE oplog DROP COLUMN " + column);
        }
        st.execute("ALTER TABLE memos DROP COLUMN coder_id");
    }
}
