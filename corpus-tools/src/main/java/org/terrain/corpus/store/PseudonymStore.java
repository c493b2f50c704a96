package org.terrain.corpus.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.terrain.corpus.errors.PseudonymConflictException;
import org.terrain.corpus.errors.UnknownPseudonymException;
import org.terrain.corpus.errors.UsageException;
import org.terrain.corpus.model.OperationMessage;
import org.terrain.corpus.pseudonym.PseudonymCategory;
import org.terrain.corpus.pseudonym.PseudonymEntry;
import org.terrain.corpus.pseudonym.PseudonymTable;
import org.terrain.corpus.text.NameFold;

/**
 * The pseudonym table of the project: what replaces each original in every export, project-wide or for one
 * case's sources, and the originals ignored among the suggestions. Every change is one operation of the log (one
 * undo). The rules: an original has one replacement per scope (adding it again changes its replacement); two
 * originals never share a replacement where they could meet (in one case, or a case and the project); a
 * replacement is never its own original.
 */
public final class PseudonymStore {
    /** What {@link #put} did. */
    public enum Outcome { ADDED, EDITED, UNCHANGED }

    private final ProjectStore store;

    PseudonymStore(ProjectStore store) {
        this.store = store;
    }

    /** The whole table, as the matcher and the exports read it. */
    public PseudonymTable table() {
        synchronized (store) {
            try {
                List<PseudonymEntry> entries = new ArrayList<>();
                try (PreparedStatement st = store.connection().prepareStatement("SELECT p.original, p.replacement, "
                        + "p.category, c.name FROM pseudonyms p LEFT JOIN cases c ON c.id = p.case_id "
                        + "ORDER BY c.name IS NOT NULL, c.name, p.folded");
                     ResultSet rs = st.executeQuery()) {
                    while (rs.next()) {
                        entries.add(new PseudonymEntry(rs.getString(1), rs.getString(2),
                                PseudonymCategory.parse(rs.getString(3)).orElse(PseudonymCategory.OTHER),
                                rs.getString(4)));
                    }
                }
                List<String> ignored = Queries.strings(store.connection(),
                        "SELECT original FROM pseudonyms_ignored ORDER BY folded");
                return new PseudonymTable(entries, ignored);
            } catch (SQLException e) {
                throw new StoreException(e);
            }
        }
    }

    /** Whether the table has an entry: then every export is pseudonymised unless told otherwise. */
    public boolean any() {
        synchronized (store) {
            try {
                return !Queries.ids(store.connection(), "SELECT id FROM pseudonyms LIMIT 1").isEmpty();
            } catch (SQLException e) {
                throw new StoreException(e);
            }
        }
    }

    /**
     * Adds an entry, or changes the replacement (and category) of the original in that scope: one undoable
     * operation. {@code caseName} null is the whole project.
     */
    public Outcome put(String original, String replacement, PseudonymCategory category, String caseName) {
        String cleanOriginal = clean(original);
        String cleanReplacement = clean(replacement);
        String folded = NameFold.fold(cleanOriginal);
        if (NameFold.fold(cleanReplacement).equals(folded)) {
            throw new UsageException("pseudonym_same", cleanOriginal, cleanReplacement);
        }
        synchronized (store) {
            try {
                Long caseId = caseName == null ? null : caseId(caseName);
                checkReplacementFree(cleanOriginal, cleanReplacement, caseId);
                List<Long> existing = Queries.ids(store.connection(),
                        "SELECT id FROM pseudonyms WHERE ifnull(case_id, 0) = ? AND folded = ?",
                        caseId == null ? 0L : caseId, folded);
                if (existing.isEmpty()) {
                    OperationMessage message = caseName == null
                            ? OperationKind.PSEUDONYM_ADD.with(cleanOriginal, cleanReplacement)
                            : OperationKind.PSEUDONYM_ADD_IN.with(cleanOriginal, cleanReplacement, caseName);
                    store.write(message, tx -> tx.insert("pseudonyms", ProjectStore.values("original", cleanOriginal,
                            "folded", folded, "replacement", cleanReplacement, "category", category.id(),
                            "case_id", caseId, "created_at", Instant.now().toString())));
                    return Outcome.ADDED;
                }
                OperationMessage message = caseName == null
                        ? OperationKind.PSEUDONYM_EDIT.with(cleanOriginal, cleanReplacement)
                        : OperationKind.PSEUDONYM_EDIT_IN.with(cleanOriginal, cleanReplacement, caseName);
                long before = store.changeSeq();
                store.write(message, tx -> {
                    tx.update("pseudonyms", existing.getFirst(), Map.of("original", cleanOriginal,
                            "replacement", cleanReplacement, "category", category.id()));
                    return null;
                });
                return store.changeSeq() == before ? Outcome.UNCHANGED : Outcome.EDITED;
            } catch (SQLException e) {
                throw new StoreException(e);
            }
        }
    }

    /** Removes the entry of {@code original} in that scope: one undoable operation. */
    public void remove(String original, String caseName) {
        String folded = NameFold.fold(clean(original));
        synchronized (store) {
            try {
                Long caseId = caseName == null ? null : caseId(caseName);
                List<Long> existing = Queries.ids(store.connection(),
                        "SELECT id FROM pseudonyms WHERE ifnull(case_id, 0) = ? AND folded = ?",
                        caseId == null ? 0L : caseId, folded);
                if (existing.isEmpty()) {
                    throw new UnknownPseudonymException(original.strip(), caseName);
                }
                String written = Queries.strings(store.connection(), "SELECT original FROM pseudonyms WHERE id = ?",
                        existing.getFirst()).getFirst();
                store.write(caseName == null ? OperationKind.PSEUDONYM_REMOVE.with(written)
                        : OperationKind.PSEUDONYM_REMOVE_IN.with(written, caseName), tx -> {
                    tx.delete("pseudonyms", existing.getFirst());
                    return null;
                });
            } catch (SQLException e) {
                throw new StoreException(e);
            }
        }
    }

    /** Leaves {@code original} out of the suggestions; returns false when it already was. */
    public boolean ignore(String original) {
        String clean = clean(original);
        String folded = NameFold.fold(clean);
        synchronized (store) {
            try {
                if (!Queries.ids(store.connection(), "SELECT id FROM pseudonyms_ignored WHERE folded = ?", folded)
                        .isEmpty()) {
                    return false;
                }
                store.write(OperationKind.PSEUDONYM_IGNORE.with(clean), tx -> tx.insert("pseudonyms_ignored",
                        ProjectStore.values("original", clean, "folded", folded)));
                return true;
            } catch (SQLException e) {
                throw new StoreException(e);
            }
        }
    }

    /** Brings {@code original} back among the suggestions; returns false when it was not ignored. */
    public boolean unignore(String original) {
        String clean = clean(original);
        synchronized (store) {
            try {
                List<Long> rows = Queries.ids(store.connection(), "SELECT id FROM pseudonyms_ignored WHERE folded = ?",
                        NameFold.fold(clean));
                if (rows.isEmpty()) {
                    return false;
                }
                store.write(OperationKind.PSEUDONYM_UNIGNORE.with(clean), tx -> {
                    tx.delete("pseudonyms_ignored", rows.getFirst());
                    return null;
                });
                return true;
            } catch (SQLException e) {
                throw new StoreException(e);
            }
        }
    }

    /** Blank, or no letter or digit first: no word a matcher could find. */
    private static String clean(String text) {
        String clean = text == null ? "" : text.strip().replaceAll("\\s+", " ");
        if (clean.isEmpty() || !NameFold.isWordChar(clean.codePointAt(0))) {
            throw new UsageException("pseudonym_blank");
        }
        return clean;
    }

    private long caseId(String caseName) throws SQLException {
        List<Long> found = Queries.ids(store.connection(), "SELECT id FROM cases WHERE name = ?", caseName);
        if (found.isEmpty()) {
            throw new UsageException("unknown_case", caseName);
        }
        return found.getFirst();
    }

    /**
     * Refuses a replacement another original already has where both could meet: for a project-wide entry,
     * anywhere; for a case's entry, in that case or project-wide. The same original in another scope may share it.
     */
    private void checkReplacementFree(String original, String replacement, Long caseId) throws SQLException {
        String folded = NameFold.fold(original);
        String wanted = NameFold.fold(replacement);
        try (PreparedStatement st = store.connection().prepareStatement("SELECT p.original, p.replacement, "
                + "p.folded, p.case_id, c.name FROM pseudonyms p LEFT JOIN cases c ON c.id = p.case_id")) {
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    long otherCase = rs.getLong(4);
                    boolean otherProject = rs.wasNull();
                    boolean meet = caseId == null || otherProject || otherCase == caseId;
                    if (meet && !rs.getString(3).equals(folded) && NameFold.fold(rs.getString(2)).equals(wanted)) {
                        throw new PseudonymConflictException(original, replacement, rs.getString(1),
                                otherProject ? null : rs.getString(5));
                    }
                }
            }
        }
    }
}
