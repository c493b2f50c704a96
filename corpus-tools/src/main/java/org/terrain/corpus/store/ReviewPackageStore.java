package org.terrain.corpus.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.sqlite.SQLiteConfig;
import org.terrain.corpus.errors.ReviewPackageException;
import org.terrain.corpus.model.CodeCriteria;
import org.terrain.corpus.model.Identity;
import org.terrain.corpus.model.ReviewCode;
import org.terrain.corpus.model.ReviewExcerpt;
import org.terrain.corpus.model.ReviewPackageInfo;
import org.terrain.corpus.model.ReviewVerdict;
import org.terrain.corpus.model.SourceKind;
import org.terrain.corpus.model.Span;

/**
 * A review package file ({@code .terrain-review}): one SQLite file the reviewer carries away and sends back.
 *
 * <p>Why SQLite: a verdict is one small transaction, on disk when the key is pressed (synchronous FULL), and a
 * crash mid-save leaves the state before it; 2,000 excerpts open in one query. Why WAL: a save is one append and
 * one fsync (about 3 times faster than a rollback journal, measured in {@code docs/benchmarks.md}), and the main
 * file is never half written. While a package is open its {@code -wal} and {@code -shm} sit beside it, but each
 * save is also folded into the file at once, so the file alone — mailed while the app is open, or after a crash —
 * holds every verdict saved; closing removes them. {@code secure_delete} overwrites what a verdict or comment replaced, so an
 * earlier comment does not linger in free pages of the file sent. The {@code format} table names the kind and
 * version, and the project it came from (a merge into another project is refused).
 *
 * <p>Lifecycle: {@link #create} (a new file, written whole) or {@link #open}, then reads and {@link #mark}s,
 * then {@link #close}. Methods are synchronized: the app saves from a background thread.
 */
public final class ReviewPackageStore implements AutoCloseable {
    /** The layout this Terrain writes; a package of a higher version is refused, a lower one read. */
    public static final int FORMAT_VERSION = 1;
    private static final String KIND = "terrain-review";
    /** « TRRV »: lets {@code file} and a hex dump tell a package from a project database. */
    private static final int APPLICATION_ID = 0x54525256;
    private static final ObjectMapper JSON = new ObjectMapper();

    static {
        SqliteLibrary.useCachedCopy();
    }

    private final Path file;
    private final Connection connection;

    private ReviewPackageStore(Path file, Connection connection) {
        this.file = file;
        this.connection = connection;
    }

    private static Connection connect(Path file) throws SQLException {
        SQLiteConfig config = new SQLiteConfig();
        config.setJournalMode(SQLiteConfig.JournalMode.WAL);
        config.setSynchronous(SQLiteConfig.SynchronousMode.FULL);
        config.setBusyTimeout(10_000);
        config.setEncoding(SQLiteConfig.Encoding.UTF8);
        Connection c = config.createConnection("jdbc:sqlite:" + file.toAbsolutePath());
        try (Statement st = c.createStatement()) {
            st.execute("PRAGMA secure_delete = ON");
        }
        return c;
    }

    /** Writes a new package at {@code file} (which must not exist) and keeps it open. */
    public static ReviewPackageStore create(Path file, ReviewPackageInfo info, List<ReviewCode> codes,
                                            List<ReviewExcerpt> excerpts) {
        if (Files.exists(file)) {
            throw new IllegalArgumentException("a review package is written to a new file: " + file);
        }
        Connection c = null;
        try {
            c = connect(file);
            c.setAutoCommit(false);
            try (Statement st = c.createStatement()) {
                for (String sql : SCHEMA) {
                    st.execute(sql);
                }
                st.execute("PRAGMA application_id = " + APPLICATION_ID);
            }
            try (PreparedStatement st = c.prepareStatement("INSERT INTO format (id, kind, version, package_id, "
                    + "project_id, project_name, created_at, reviewer) VALUES (1, ?, ?, ?, ?, ?, ?, ?)")) {
                bind(st, KIND, FORMAT_VERSION, info.packageId(), info.projectId(), info.projectName(),
                        info.createdAt(), info.reviewer());
                st.executeUpdate();
            }
            try (PreparedStatement st = c.prepareStatement("INSERT INTO codes (path, guid, color, definition, "
                    + "inclusion, exclusion, example) VALUES (?, ?, ?, ?, ?, ?, ?)")) {
                for (ReviewCode code : codes) {
                    CodeCriteria k = code.criteria();
                    bind(st, code.path(), code.guid(), code.color(), code.definition(), k == null ? null : k.inclusion(),
                            k == null ? null : k.exclusion(), k == null ? null : k.example());
                    st.addBatch();
                }
                st.executeBatch();
            }
            try (PreparedStatement st = c.prepareStatement("INSERT INTO excerpts (id, source, source_kind, "
                    + "case_name, attributes, source_guid, text_sha256, segment_guid, start_cp, end_cp, code, text, "
                    + "context, context_start, coder, coded_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
                for (ReviewExcerpt e : excerpts) {
                    bind(st, e.id(), e.source(), e.sourceKind().id(), e.caseName(),
                            JSON.writeValueAsString(e.attributes()), e.sourceGuid(), e.textSha256(), e.segmentGuid(),
                            e.span().start(), e.span().end(), e.code(), e.text(), e.context(), e.contextStart(),
                            e.coder(), e.codedAt());
                    st.addBatch();
                }
                st.executeBatch();
            }
            c.commit();
            c.setAutoCommit(true);
            return new ReviewPackageStore(file, c);
        } catch (SQLException | JsonProcessingException e) {
            closeQuietly(c);
            throw new StoreException(e instanceof SQLException sql ? sql : new SQLException(e));
        }
    }

    /**
     * Opens a package to read and mark it. Anything else (a project database, a damaged or truncated file, a
     * folder) is refused in one sentence naming the file; a package of a newer Terrain too.
     */
    public static ReviewPackageStore open(Path file) {
        if (!Files.isRegularFile(file)) {
            throw ReviewPackageException.unreadable(file.toString(), null);
        }
        Connection c = null;
        try {
            c = connect(file);
            int version;
            try (Statement st = c.createStatement();
                 ResultSet rs = st.executeQuery("SELECT kind, version FROM format WHERE id = 1")) {
                if (!rs.next() || !KIND.equals(rs.getString(1))) {
                    throw ReviewPackageException.unreadable(file.toString(), null);
                }
                version = rs.getInt(2);
            }
            if (version > FORMAT_VERSION) {
                throw ReviewPackageException.newer(file.toString(), version);
            }
            try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("PRAGMA quick_check")) {
                if (!rs.next() || !"ok".equals(rs.getString(1))) {
                    throw ReviewPackageException.unreadable(file.toString(), null);
                }
            }
            return new ReviewPackageStore(file, c);
        } catch (SQLException e) {
            closeQuietly(c);
            throw ReviewPackageException.unreadable(file.toString(), e);
        } catch (RuntimeException e) {
            closeQuietly(c);
            throw e;
        }
    }

    public Path file() {
        return file;
    }

    public synchronized ReviewPackageInfo info() {
        try (Statement st = connection.createStatement(); ResultSet rs = st.executeQuery("SELECT package_id, "
                + "project_id, project_name, created_at, reviewer, version FROM format WHERE id = 1")) {
            rs.next();
            return new ReviewPackageInfo(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                    rs.getString(5), rs.getInt(6));
        } catch (SQLException e) {
            throw new StoreException(e);
        }
    }

    /** The codebook as packed, in path order, with the reviewer's comments on codes. */
    public synchronized List<ReviewCode> codes() {
        List<ReviewCode> out = new ArrayList<>();
        try (Statement st = connection.createStatement(); ResultSet rs = st.executeQuery("SELECT path, guid, color, "
                + "definition, inclusion, exclusion, example, comment, reviewer_id, reviewer, commented_at "
                + "FROM codes ORDER BY path")) {
            while (rs.next()) {
                ReviewExcerpt.Review comment = rs.getString(8) == null ? null : new ReviewExcerpt.Review(
                        ReviewVerdict.COMMENT, null, rs.getString(8), new Identity(rs.getString(9), rs.getString(10)),
                        rs.getString(11));
                out.add(new ReviewCode(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        new CodeCriteria(rs.getString(5), rs.getString(6), rs.getString(7)), comment));
            }
        } catch (SQLException e) {
            throw new StoreException(e);
        }
        return out;
    }

    /** Every excerpt with its verdict so far, by code then source then position. */
    public synchronized List<ReviewExcerpt> excerpts() {
        return select("ORDER BY code, source, start_cp, id");
    }

    /** One excerpt. */
    public synchronized ReviewExcerpt excerpt(long id) {
        List<ReviewExcerpt> found = select("WHERE id = " + id);
        if (found.isEmpty()) {
            throw ReviewPackageException.unknownExcerpt(file.toString(), id);
        }
        return found.getFirst();
    }

    private List<ReviewExcerpt> select(String tail) {
        List<ReviewExcerpt> out = new ArrayList<>();
        Map<String, Map<String, String>> attributes = new LinkedHashMap<>(); // one map per distinct JSON text
        try (Statement st = connection.createStatement(); ResultSet rs = st.executeQuery("SELECT id, source, "
                + "source_kind, case_name, attributes, source_guid, text_sha256, segment_guid, start_cp, end_cp, code, "
                + "text, context, context_start, coder, coded_at, verdict, proposed_code, comment, reviewer_id, "
                + "reviewer, reviewed_at FROM excerpts " + tail)) {
            while (rs.next()) {
                String json = rs.getString(5);
                Map<String, String> attrs = attributes.get(json);
                if (attrs == null) {
                    attrs = json == null ? Map.of() : JSON.readValue(json, new TypeReference<LinkedHashMap<String, String>>() { });
                    attributes.put(json, attrs);
                }
                ReviewExcerpt.Review review = rs.getString(17) == null ? null : new ReviewExcerpt.Review(
                        ReviewVerdict.of(rs.getString(17)).orElseThrow(), rs.getString(18), rs.getString(19),
                        new Identity(rs.getString(20), rs.getString(21)), rs.getString(22));
                out.add(new ReviewExcerpt(rs.getLong(1), rs.getString(2),
                        SourceKind.parse(rs.getString(3)).orElse(SourceKind.OTHER), rs.getString(4), attrs,
                        rs.getString(6), rs.getString(7), rs.getString(8), new Span(rs.getInt(9), rs.getInt(10)),
                        rs.getString(11), rs.getString(12), rs.getString(13), rs.getInt(14), rs.getString(15),
                        rs.getString(16), review));
            }
        } catch (SQLException | JsonProcessingException e) {
            throw new StoreException(e instanceof SQLException sql ? sql : new SQLException(e));
        }
        return out;
    }

    /**
     * Records (or, with null, clears) the verdict on one excerpt: one transaction, on disk when this returns. A
     * recode must propose a code of the package's codebook other than the excerpt's.
     */
    public synchronized ReviewExcerpt mark(long id, ReviewExcerpt.Review review) {
        ReviewExcerpt excerpt = excerpt(id);
        if (review != null && review.verdict() == ReviewVerdict.RECODE) {
            String proposed = review.proposedCode();
            if (proposed == null || proposed.equals(excerpt.code()) || !hasCode(proposed)) {
                throw ReviewPackageException.recodeNeedsCode(proposed);
            }
        }
        if (review != null && review.verdict() == ReviewVerdict.COMMENT) {
            throw new IllegalArgumentException("a comment on a code goes to commentCode");
        }
        try (PreparedStatement st = connection.prepareStatement("UPDATE excerpts SET verdict = ?, proposed_code = ?, "
                + "comment = ?, reviewer_id = ?, reviewer = ?, reviewed_at = ? WHERE id = ?")) {
            if (review == null) {
                bind(st, null, null, null, null, null, null, id);
            } else {
                bind(st, review.verdict().word(), review.verdict() == ReviewVerdict.RECODE ? review.proposedCode() : null,
                        blankToNull(review.comment()), review.reviewer().id(), review.reviewer().name(),
                        review.reviewedAt(), id);
            }
            st.executeUpdate();
        } catch (SQLException e) {
            throw new StoreException(e);
        }
        foldIntoFile();
        return excerpt.withReview(review);
    }

    /**
     * Copies what the write-ahead log holds into the package file itself, at once: a reviewer mails the file
     * while the app has it open, or after the app was killed, and the file alone must hold every verdict saved.
     * The log keeps each save atomic; this second step costs one more write and fsync (see benchmarks.md).
     */
    private void foldIntoFile() {
        try (Statement st = connection.createStatement()) {
            st.execute("PRAGMA wal_checkpoint(PASSIVE)");
        } catch (SQLException e) {
            throw new StoreException(e);
        }
    }

    /** Records (or, with a null or blank text, clears) the reviewer's comment on a code itself. */
    public synchronized void commentCode(String path, ReviewExcerpt.Review comment) {
        if (!hasCode(path)) {
            throw new org.terrain.corpus.errors.UnknownCodeException(path);
        }
        boolean clear = comment == null || blankToNull(comment.comment()) == null;
        try (PreparedStatement st = connection.prepareStatement("UPDATE codes SET comment = ?, reviewer_id = ?, "
                + "reviewer = ?, commented_at = ? WHERE path = ?")) {
            if (clear) {
                bind(st, null, null, null, null, path);
            } else {
                bind(st, comment.comment().strip(), comment.reviewer().id(), comment.reviewer().name(),
                        comment.reviewedAt(), path);
            }
            st.executeUpdate();
        } catch (SQLException e) {
            throw new StoreException(e);
        }
        foldIntoFile();
    }

    private boolean hasCode(String path) {
        try {
            return !Queries.ids(connection, "SELECT id FROM codes WHERE path = ?", path).isEmpty();
        } catch (SQLException e) {
            throw new StoreException(e);
        }
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    @Override
    public synchronized void close() {
        closeQuietly(connection);
    }

    private static void bind(PreparedStatement st, Object... args) throws SQLException {
        Transaction.bind(st, java.util.Arrays.asList(args));
    }

    private static void closeQuietly(Connection c) {
        if (c != null) {
            try {
                c.close();
            } catch (SQLException ignored) {
                // closing after a failure: the failure is what the caller hears
            }
        }
    }

    private static final List<String> SCHEMA = List.of(
            "CREATE TABLE format (id INTEGER PRIMARY KEY CHECK (id = 1), kind TEXT NOT NULL, version INTEGER NOT NULL, "
                    + "package_id TEXT NOT NULL, project_id TEXT NOT NULL, project_name TEXT, created_at TEXT NOT NULL, "
                    + "reviewer TEXT)",
            "CREATE TABLE codes (id INTEGER PRIMARY KEY, path TEXT NOT NULL UNIQUE, guid TEXT, color TEXT, "
                    + "definition TEXT, inclusion TEXT, exclusion TEXT, example TEXT, comment TEXT, reviewer_id TEXT, "
                    + "reviewer TEXT, commented_at TEXT)",
            "CREATE TABLE excerpts (id INTEGER PRIMARY KEY, source TEXT NOT NULL, source_kind TEXT NOT NULL, "
                    + "case_name TEXT, attributes TEXT, source_guid TEXT NOT NULL, text_sha256 TEXT NOT NULL, "
                    + "segment_guid TEXT NOT NULL, start_cp INTEGER NOT NULL, end_cp INTEGER NOT NULL, code TEXT NOT NULL, "
                    + "text TEXT NOT NULL, context TEXT NOT NULL, context_start INTEGER NOT NULL, coder TEXT, "
                    + "coded_at TEXT, verdict TEXT CHECK (verdict IN ('approve', 'contest', 'recode')), "
                    + "proposed_code TEXT, comment TEXT, reviewer_id TEXT, reviewer TEXT, reviewed_at TEXT)",
            "CREATE INDEX excerpts_code ON excerpts (code)");
}
