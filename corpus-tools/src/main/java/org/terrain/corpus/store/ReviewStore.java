package org.terrain.corpus.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.terrain.codingschemes.CodePath;
import org.terrain.corpus.errors.ReviewPackageException;
import org.terrain.corpus.errors.TerrainException;
import org.terrain.corpus.errors.UnknownCodeException;
import org.terrain.corpus.model.Code;
import org.terrain.corpus.model.Identity;
import org.terrain.corpus.model.OperationMessage;
import org.terrain.corpus.model.ReviewCode;
import org.terrain.corpus.model.ReviewExcerpt;
import org.terrain.corpus.model.ReviewItem;
import org.terrain.corpus.model.ReviewMergeResult;
import org.terrain.corpus.model.ReviewPackageInfo;
import org.terrain.corpus.model.ReviewVerdict;
import org.terrain.corpus.model.Span;
import org.terrain.corpus.text.CodePointIndex;
import org.terrain.corpus.text.TextDiff;
import org.terrain.corpus.text.TextFingerprint;
import org.terrain.corpus.text.TextMatcher;
import org.terrain.corpus.text.TextReplacement;

/**
 * The project's review layer: supervisors' verdicts brought in from review packages ({@link #merge}), listed
 * ({@link #list}) and resolved by the researcher ({@link #resolve}). Merging never changes a coding; only
 * accepting an item does, as one undoable action logged with the reviewer named.
 */
public final class ReviewStore {
    /** Why an excerpt was not matched: the words of {@code review merge --json}. */
    static final String SOURCE_NOT_FOUND = "source_not_found";
    static final String WORDS_NOT_FOUND = "words_not_found";
    static final String CODING_REMOVED = "coding_removed";

    private final ProjectStore store;

    ReviewStore(ProjectStore store) {
        this.store = store;
    }

    /** What one excerpt or code comment becomes in the layer (before it is written). */
    private record Incoming(String key, long segmentId, Long sourceId, String code, Span span, String text,
                            ReviewExcerpt.Review review, String unmatched) {
    }

    /**
     * Brings a package's verdicts in as review items: each excerpt's coding found by its identity (moved by the
     * corrections since, as {@code edit} moves codings), else by its words in the source's text; comments on
     * codes too. A package of another project is refused. {@code dryRun} counts and changes nothing. An item
     * already merged with the same words is unchanged; one the reviewer changed since is updated (and reopened).
     */
    public ReviewMergeResult merge(String packageFile, ReviewPackageInfo info, List<ReviewExcerpt> excerpts,
                                   List<ReviewCode> codes, boolean dryRun) {
        String projectId = store.info().guid();
        if (!projectId.equals(info.projectId())) {
            throw ReviewPackageException.otherProject(packageFile, String.valueOf(info.projectName()),
                    store.info().name());
        }
        List<Incoming> incoming = new ArrayList<>();
        synchronized (store) {
            try {
                for (ReviewExcerpt excerpt : excerpts) {
                    if (excerpt.review() != null) {
                        incoming.add(match(excerpt));
                    }
                }
            } catch (SQLException e) {
                throw new StoreException(e);
            }
        }
        for (ReviewCode code : codes) {
            if (code.comment() != null) {
                Long codeId = store.codes().find(CodePath.parse(code.path())).map(Code::id).orElse(null);
                incoming.add(new Incoming("code:" + code.path(), 0, null, code.path(), null, null, code.comment(),
                        codeId == null ? CODING_REMOVED : null));
            }
        }
        List<ReviewMergeResult.Unmatched> unmatched = new ArrayList<>();
        List<Incoming> toWrite = new ArrayList<>();
        int unchanged = 0;
        int merged = 0;
        for (Incoming item : incoming) {
            Optional<ReviewItem> existing = find(info.packageId(), item.key());
            boolean same = existing.isPresent() && sameWords(existing.get(), item.review());
            if (!same) {
                toWrite.add(item);
            }
            if (item.unmatched() != null) {
                unmatched.add(new ReviewMergeResult.Unmatched(excerptNumber(item.key()), item.unmatched()));
            } else if (same) {
                unchanged++;
            } else {
                merged++;
            }
        }
        if (!dryRun && !toWrite.isEmpty()) {
            String reviewer = toWrite.getFirst().review().reviewer().name();
            OperationMessage message = OperationKind.REVIEW_MERGE.with(reviewer, toWrite.size());
            store.write(message, tx -> {
                for (Item item : toWrite.stream().map(i -> new Item(i, find(info.packageId(), i.key()))).toList()) {
                    write(tx, info.packageId(), item);
                }
                return null;
            });
        }
        return new ReviewMergeResult(merged, unchanged, unmatched);
    }

    private record Item(Incoming incoming, Optional<ReviewItem> existing) {
    }

    private void write(Transaction tx, String packageId, Item item) throws SQLException {
        Incoming in = item.incoming();
        ReviewExcerpt.Review review = in.review();
        // An approval with nothing to answer needs no decision: it arrives settled.
        boolean settled = review.verdict() == ReviewVerdict.APPROVE && review.comment() == null;
        Map<String, Object> values = ProjectStore.values("segment_id", in.segmentId() == 0 ? null : in.segmentId(),
                "source_id", in.sourceId(), "code_path", in.code(),
                "start_cp", in.span() == null ? null : in.span().start(), "end_cp", in.span() == null ? null : in.span().end(),
                "text", in.text(), "verdict", review.verdict().word(), "proposed_code", review.proposedCode(),
                "comment", review.comment(), "reviewer_id", review.reviewer().id(), "reviewer", review.reviewer().name(),
                "reviewed_at", review.reviewedAt(), "status", settled ? ReviewItem.ACCEPTED : ReviewItem.OPEN,
                "reply", null, "resolved_at", null);
        if (item.existing().isPresent()) {
            tx.update("review_items", item.existing().get().id(), values);
        } else {
            values.put("guid", ProjectStore.newGuid());
            values.put("package_id", packageId);
            values.put("excerpt_key", in.key());
            tx.insert("review_items", values);
        }
    }

    private static boolean sameWords(ReviewItem item, ReviewExcerpt.Review review) {
        return item.verdict() == review.verdict() && Objects.equals(item.proposedCode(), review.proposedCode())
                && Objects.equals(item.comment(), review.comment())
                && Objects.equals(item.reviewer().name(), review.reviewer().name());
    }

    private static long excerptNumber(String key) {
        return key.startsWith("e") ? Long.parseLong(key.substring(1)) : 0;
    }

    /**
     * Finds an excerpt's coding. By its identity first: the coding is where it is now, corrections of the text
     * having moved it with its words ({@code edit}). Else (it was removed and made again, or the package came
     * from a copy) by the words: at the same place when the source's text is the one packed, else where its
     * words are now — the same words nearest their old place, or the excerpt carried through the word-level
     * differences between its packed context and the text around its old place, as a correction carries it.
     */
    private Incoming match(ReviewExcerpt excerpt) throws SQLException {
        String key = "e" + excerpt.id();
        List<Long> sources = Queries.ids(store.connection(), "SELECT id FROM sources WHERE guid = ?", excerpt.sourceGuid());
        if (sources.isEmpty()) {
            sources = Queries.ids(store.connection(), "SELECT id FROM sources WHERE name = ?", excerpt.source());
        }
        if (sources.isEmpty()) {
            return new Incoming(key, 0, null, excerpt.code(), null, excerpt.text(), excerpt.review(), SOURCE_NOT_FOUND);
        }
        long sourceId = sources.getFirst();
        String text = Queries.strings(store.connection(), "SELECT text FROM sources WHERE id = ?", sourceId).getFirst();
        CodePointIndex index = new CodePointIndex(text);
        try (PreparedStatement st = store.connection().prepareStatement(
                "SELECT id, start_cp, end_cp FROM segments WHERE guid = ? AND source_id = ?")) {
            ProjectStore.bind(st, excerpt.segmentGuid(), sourceId);
            try (ResultSet rs = st.executeQuery()) {
                if (rs.next()) {
                    Span span = new Span(rs.getInt(2), rs.getInt(3));
                    return new Incoming(key, rs.getLong(1), sourceId, excerpt.code(), span,
                            index.substring(span.start(), Math.min(span.end(), index.codePointLength())),
                            excerpt.review(), null);
                }
            }
        }
        Span span = TextFingerprint.of(text).equals(excerpt.textSha256()) ? excerpt.span() : reanchor(text, index, excerpt);
        if (span == null) {
            return new Incoming(key, 0, sourceId, excerpt.code(), null, excerpt.text(), excerpt.review(), WORDS_NOT_FOUND);
        }
        Optional<Code> code = store.codes().find(CodePath.parse(excerpt.code()));
        List<Long> segments = code.isEmpty() ? List.of() : Queries.ids(store.connection(), "SELECT id FROM segments "
                + "WHERE source_id = ? AND code_id = ? AND start_cp < ? AND end_cp > ? "
                + "ORDER BY abs(start_cp - ?) + abs(end_cp - ?)", sourceId, code.get().id(), span.end(), span.start(),
                span.start(), span.end());
        if (segments.isEmpty()) {
            return new Incoming(key, 0, sourceId, excerpt.code(), span,
                    index.substring(span.start(), span.end()), excerpt.review(), CODING_REMOVED);
        }
        return new Incoming(key, segments.getFirst(), sourceId, excerpt.code(), span,
                index.substring(span.start(), span.end()), excerpt.review(), null);
    }

    /** Where an excerpt's words are in a corrected text, or null. */
    static Span reanchor(String text, CodePointIndex index, ReviewExcerpt excerpt) {
        int old = excerpt.span().start();
        Optional<int[]> same = TextMatcher.find(text, excerpt.text(), false, true).stream()
                .min(Comparator.comparingInt(found -> Math.abs(found[0] - old)));
        if (same.isPresent()) {
            return new Span(same.get()[0], same.get()[1]);
        }
        // The excerpt's own words were corrected: carry it through the differences of its context.
        int contextLength = excerpt.context().codePointCount(0, excerpt.context().length());
        int contextStart = old - excerpt.contextStart();
        int margin = Math.max(200, contextLength);
        int from = Math.max(0, contextStart - margin);
        int to = Math.min(index.codePointLength(), contextStart + contextLength + margin);
        if (from >= to) {
            return null;
        }
        List<TextReplacement> changes = TextDiff.between(excerpt.context(), index.substring(from, to));
        Span moved = new Span(excerpt.contextStart(), excerpt.contextStart() + excerpt.span().length());
        for (TextReplacement change : changes.reversed()) {
            moved = new TextEdit(change.start(), change.end(),
                    change.text().codePointCount(0, change.text().length())).apply(moved);
            if (moved == null) {
                return null;
            }
        }
        Span placed = new Span(from + moved.start(), from + moved.end());
        boolean hasWords = index.substring(placed.start(), placed.end()).codePoints().anyMatch(Character::isLetterOrDigit);
        return hasWords ? placed : null;
    }

    /** The items of one package already in the layer, by excerpt key. */
    private Optional<ReviewItem> find(String packageId, String key) {
        return select("WHERE r.package_id = ? AND r.excerpt_key = ?", packageId, key).stream().findFirst();
    }

    /** The items with {@code status} ({@code open}, {@code accepted}, {@code rejected}), or all with null. */
    public List<ReviewItem> list(String status) {
        return status == null ? select("") : select("WHERE r.status = ?", status);
    }

    /** One item, or the error {@code review_unknown_item}. */
    public ReviewItem get(long id) {
        return select("WHERE r.id = ?", id).stream().findFirst()
                .orElseThrow(() -> new TerrainException("review_unknown_item", TerrainException.Category.ACTION_NEEDED, id));
    }

    /** How many open items each coding has: the markers of the document view and the segments list. */
    public Map<Long, Integer> openBySegment() {
        Map<Long, Integer> out = new HashMap<>();
        for (ReviewItem item : list(ReviewItem.OPEN)) {
            if (item.segmentId() != 0) {
                out.merge(item.segmentId(), 1, Integer::sum);
            }
        }
        return out;
    }

    private List<ReviewItem> select(String where, Object... args) {
        synchronized (store) {
            List<ReviewItem> out = new ArrayList<>();
            try (PreparedStatement st = store.connection().prepareStatement("SELECT r.id, r.package_id, r.excerpt_key, "
                    + "ifnull(r.segment_id, 0), s.name, r.code_path, r.start_cp, r.end_cp, r.text, r.verdict, "
                    + "r.proposed_code, r.comment, r.reviewer_id, r.reviewer, r.reviewed_at, r.status, r.reply, "
                    + "r.resolved_at FROM review_items r LEFT JOIN sources s ON s.id = r.source_id " + where
                    + " ORDER BY r.id")) {
                ProjectStore.bind(st, args);
                try (ResultSet rs = st.executeQuery()) {
                    while (rs.next()) {
                        Span span = rs.getObject(7) == null ? null : new Span(rs.getInt(7), rs.getInt(8));
                        out.add(new ReviewItem(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getLong(4),
                                rs.getString(5), rs.getString(6), span, rs.getString(9),
                                ReviewVerdict.of(rs.getString(10)).orElseThrow(), rs.getString(11), rs.getString(12),
                                new Identity(rs.getString(13), rs.getString(14)), rs.getString(15), rs.getString(16),
                                rs.getString(17), rs.getString(18)));
                    }
                }
            } catch (SQLException e) {
                throw new StoreException(e);
            }
            return out;
        }
    }

    /**
     * Accepts or rejects an open item, with an optional reply: accepting a recode moves the coding to the
     * proposed code (onto the coding already there when the proposed code codes the same words), accepting a
     * contest removes the coding; an approval or a comment only closes. One undoable action, its log entry
     * naming the reviewer.
     */
    public ReviewItem resolve(long id, boolean accept, String reply) {
        ReviewItem item = get(id);
        if (!item.status().equals(ReviewItem.OPEN)) {
            throw new TerrainException("review_item_closed", TerrainException.Category.ACTION_NEEDED, id, item.status());
        }
        String reviewer = item.reviewer().name();
        String where = item.source() == null ? "—" : item.source();
        boolean changesCoding = accept && (item.verdict() == ReviewVerdict.RECODE || item.verdict() == ReviewVerdict.CONTEST);
        if (changesCoding && (item.segmentId() == 0 || !segmentExists(item.segmentId()))) {
            throw new TerrainException("review_coding_gone", TerrainException.Category.ACTION_NEEDED, id);
        }
        Code target = null;
        if (accept && item.verdict() == ReviewVerdict.RECODE) {
            target = store.codes().find(CodePath.parse(item.proposedCode()))
                    .orElseThrow(() -> new UnknownCodeException(item.proposedCode()));
        }
        OperationMessage message = !accept ? OperationKind.REVIEW_REJECT.with(reviewer, item.code())
                : switch (item.verdict()) {
                    case RECODE -> OperationKind.REVIEW_ACCEPT_RECODE.with(reviewer, where, item.code(), item.proposedCode());
                    case CONTEST -> OperationKind.REVIEW_ACCEPT_CONTEST.with(reviewer, where, item.code());
                    default -> OperationKind.REVIEW_ACCEPT.with(reviewer, item.code());
                };
        Code moveTo = target;
        String now = Instant.now().toString();
        store.write(message, tx -> {
            if (changesCoding) {
                long segment = item.segmentId();
                if (moveTo != null) {
                    Map<String, Object> row = tx.row("segments", segment);
                    List<Long> twin = Queries.ids(store.connection(), "SELECT id FROM segments WHERE source_id = ? "
                            + "AND code_id = ? AND start_cp = ? AND end_cp = ?", row.get("source_id"), moveTo.id(),
                            row.get("start_cp"), row.get("end_cp"));
                    if (twin.isEmpty()) {
                        tx.update("segments", segment, ProjectStore.values("code_id", moveTo.id(), "modified_at", now));
                    } else {
                        tx.delete("segments", segment); // the proposed code already codes these words
                    }
                } else {
                    tx.delete("segments", segment);
                }
            }
            tx.update("review_items", id, ProjectStore.values("status", accept ? ReviewItem.ACCEPTED : ReviewItem.REJECTED,
                    "reply", reply == null || reply.isBlank() ? null : reply.strip(), "resolved_at", now));
            return null;
        });
        return get(id);
    }

    private boolean segmentExists(long segmentId) {
        synchronized (store) {
            try {
                return !Queries.ids(store.connection(), "SELECT id FROM segments WHERE id = ?", segmentId).isEmpty();
            } catch (SQLException e) {
                throw new StoreException(e);
            }
        }
    }
}
