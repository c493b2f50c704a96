package org.terrain.corpus.store;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import org.sqlite.Function;
import org.terrain.corpus.text.TextFingerprint;

/**
 * Versioned schema migrations on {@code PRAGMA user_version}. A small runner rather than Flyway: SQLite keeps
 * the version inside the database file itself, so a backup or a copied project carries its version with it;
 * migrations run in one transaction with the version bump (SQLite's DDL is transactional); and the engine
 * stays free of a framework that would scan the classpath at every start of the command line.
 */
final class Migrations {
    /**
     * In order; the database's user_version is the number of the last one applied ({@code V006} → 6). Never edit
     * a released one: add a new one. Numbers are given out ahead to the changes being made side by side, so one
     * may be missing for a while: the runner goes by the numbers, not by the count.
     */
    private static final List<String> SCRIPTS = List.of("V001__initial.sql", "V002__code_criteria.sql",
            "V003__annotations.sql", "V004__sets.sql", "V005__text_twins_and_batches.sql",
            "V006__identity_and_wording.sql", "V007__pseudonyms.sql", "V008__licences.sql", "V009__review_layer.sql",
            "V010__codings_per_coder.sql");

    private Migrations() {
    }

    static int latestVersion() {
        return number(SCRIPTS.getLast());
    }

    /** {@code V006__identity.sql} → 6. */
    private static int number(String script) {
        return Integer.parseInt(script.substring(1, script.indexOf("__")));
    }

    static int currentVersion(Connection connection) throws SQLException {
        try (Statement st = connection.createStatement(); ResultSet rs = st.executeQuery("PRAGMA user_version")) {
            return rs.next() ? rs.getInt(1) : 0;
        }
    }

    /** Applies what is missing; the caller takes a backup first when the database already has data. */
    static void migrate(Connection connection) throws SQLException {
        int version = currentVersion(connection);
        refuseNewer(version);
        if (version < latestVersion()) {
            giveFunctions(connection);
        }
        for (String script : SCRIPTS) {
            int next = number(script);
            if (next <= version) {
                continue;
            }
            String sql = load(script);
            boolean auto = connection.getAutoCommit();
            connection.setAutoCommit(false);
            try (Statement st = connection.createStatement()) {
                for (String statement : splitStatements(sql)) {
                    st.execute(statement);
                }
                st.execute("PRAGMA user_version = " + next);
                connection.commit();
            } catch (SQLException e) {
                connection.rollback();
                throw e;
            } finally {
                connection.setAutoCommit(auto);
            }
        }
    }

    /**
     * What the scripts compute that SQLite cannot: {@code terrain_text_sha256(text)}, the fingerprint an import
     * compares ({@link TextFingerprint}), so that version 5 gives the sources of an older project theirs in the
     * same transaction as the new column.
     */
    private static void giveFunctions(Connection connection) throws SQLException {
        Function.create(connection, "terrain_text_sha256", new Function() {
            @Override
            protected void xFunc() throws SQLException {
                String fingerprint = TextFingerprint.of(value_text(0));
                if (fingerprint == null) {
                    result();
                } else {
                    result(fingerprint);
                }
            }
        }, 1, Function.FLAG_DETERMINISTIC);
    }

    /** A database from a newer Terrain holds tables this one does not know: opening it is refused. */
    static void refuseNewer(int version) throws SQLException {
        if (version > latestVersion()) {
            throw new SQLException("database version " + version + " is newer than this Terrain ("
                    + latestVersion() + "): update Terrain");
        }
    }

    private static String load(String name) {
        try (InputStream in = Migrations.class.getResourceAsStream("migrations/" + name)) {
            if (in == null) {
                throw new IllegalStateException("missing migration " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException("cannot read migration " + name, e);
        }
    }

    /** Our scripts hold no semicolons inside literals or triggers, so splitting on them is exact. */
    static List<String> splitStatements(String sql) {
        StringBuilder cleaned = new StringBuilder();
        for (String line : sql.split("\n")) {
            int comment = line.indexOf("--");
            cleaned.append(comment >= 0 ? line.substring(0, comment) : line).append('\n');
        }
        return java.util.Arrays.stream(cleaned.toString().split(";"))
                .map(String::strip)
                .filter(s -> !s.isEmpty())
                .toList();
    }
}
