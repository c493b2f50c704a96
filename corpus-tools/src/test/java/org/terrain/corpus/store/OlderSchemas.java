package org.terrain.corpus.store;

import java.sql.SQLException;
import java.sql.Statement;

/** Takes a database back to what an older Terrain left, for the migration tests. */
final class OlderSchemas {
    private OlderSchemas() {
    }

    /** Version 7's pseudonym tables gone: a database as Terrain left it before version 7. */
    static void withoutVersion7(Statement st) throws SQLException {
        st.execute("DROP TABLE pseudonyms_ignored");
        st.execute("DROP TABLE pseudonyms");
    }

    /** Without what version 6 added: the log's coder and message, the memos' coder (and what came after). */
    static void withoutVersion6(Statement st) throws SQLException {
        withoutVersion9(st);
        for (String column : new String[] {"coder_id", "message_key", "message_args"}) {
            st.execute("ALTER TABLE oplog DROP COLUMN " + column);
        }
        st.execute("ALTER TABLE memos DROP COLUMN coder_id");
    }

    /** Without what version 5 added: the hash of each source's text as imported, the batch of each log entry. */
    static void withoutVersion5(Statement st) throws SQLException {
        st.execute("DROP INDEX sources_imported_text");
        st.execute("ALTER TABLE sources DROP COLUMN imported_text_sha256");
        st.execute("DROP INDEX oplog_batch");
        st.execute("ALTER TABLE oplog DROP COLUMN batch");
    }

    /** Without what version 8 added: the licences of sources and cases. */
    static void withoutVersion8(Statement st) throws SQLException {
        st.execute("ALTER TABLE sources DROP COLUMN licence");
        st.execute("ALTER TABLE cases DROP COLUMN licence");
    }

    /** Without what version 9 added: the review layer. */
    static void withoutVersion9(Statement st) throws SQLException {
        st.execute("DROP TABLE review_items");
    }
}
