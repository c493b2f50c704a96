package org.terrain.corpus.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.terrain.codingschemes.CodePath;
import org.terrain.corpus.errors.RangeOutOfBoundsException;
import org.terrain.corpus.model.Code;
import org.terrain.corpus.model.CodedSegment;
import org.terrain.corpus.model.Identity;
import org.terrain.corpus.model.OperationMessage;
import org.terrain.corpus.model.Source;
import org.terrain.corpus.model.Span;
import org.terrain.corpus.text.CodePointIndex;

/** Coded segments: a code on a span of a source's text. */
public final class SegmentStore {
    private final ProjectStore store;

    SegmentStore(ProjectStore store) {
        this.store = store;
    }

    /**
     * Codes each span of a source with a code, in one operation, as whoever acts through the store
     * ({@link ProjectStore#actAs}). The same code on the same span by the same coder is one segment: coding it
     * again changes nothing but the memo, when one is given; another coder's coding of it is theirs. Returns
     * the segments.
     */
    public List<SegmentInfo> code(String sourceName, CodePath codePath, List<Span> spans, String memo) {
        return codeMany(Map.of(sourceName, spans), codePath, memo, Attribution.ACTOR, null,
                OperationKind.CODING.with(codePath, sourceName, spans.size()));
    }

    /**
     * The same, the new segments attributed to {@code coder} (a name), or to nobody with null, as codings
     * brought from elsewhere may be; the log entry still names whoever acts.
     */
    public List<SegmentInfo> code(String sourceName, CodePath codePath, List<Span> spans, String memo,
                                  String coder) {
        return codeMany(Map.of(sourceName, spans), codePath, memo, Attribution.GIVEN, coder,
                OperationKind.CODING.with(codePath, sourceName, spans.size()));
    }

    /** Whom new segments are attributed to: whoever acts through the store, or a coder given by name. */
    private enum Attribution {
        ACTOR, GIVEN
    }

    /**
     * The same over several sources, still one operation (auto-coding is undone in one step); {@code message}
     * says what the coding was (an {@link OperationKind} of action {@code code}).
     */
    public List<SegmentInfo> codeMany(Map<String, List<Span>> spansBySource, CodePath codePath, String memo,
                                      OperationMessage message) {
        return codeMany(spansBySource, codePath, memo, Attribution.ACTOR, null, message);
    }

    private List<SegmentInfo> codeMany(Map<String, List<Span>> spansBySource, CodePath codePath, String memo,
                                       Attribution attribution, String coder, OperationMessage message) {
        Code code = store.codes().get(codePath);
        Map<Source, List<Span>> checked = new java.util.LinkedHashMap<>();
        for (Map.Entry<String, List<Span>> entry : new java.util.TreeMap<>(spansBySource).entrySet()) {
            Source source = store.sources().get(entry.getKey());
            int length = source.text().codePointCount(0, source.text().length());
            for (Span span : entry.getValue()) {
                if (span.end() > length || span.length() == 0) {
                    throw new RangeOutOfBoundsException(entry.getKey(), span.start(), span.end(), length);
                }
            }
            checked.put(source, entry.getValue());
        }
        List<Long> ids = store.write(message, tx -> {
            Long coderId = attribution == Attribution.ACTOR ? (Long) tx.coderId()
                    : coder == null ? null : Coders.resolve(store.connection(), Identity.named(coder));
            List<Long> out = new ArrayList<>();
            String now = Instant.now().toString();
            for (Map.Entry<Source, List<Span>> entry : checked.entrySet()) {
                Source source = entry.getKey();
                for (Span span : new java.util.LinkedHashSet<>(entry.getValue())) {
                    // one coding per coder: another coder's coding of these words is theirs, not this one
                    List<Long> existing = Queries.ids(store.connection(), "SELECT id FROM segments WHERE "
                            + "source_id = ? AND code_id = ? AND start_cp = ? AND end_cp = ? "
                            + "AND ifnull(coder_id, 0) = ifnull(?, 0)", source.id(), code.id(), span.start(),
                            span.end(), coderId);
                    if (existing.isEmpty()) {
                        out.add(tx.insert("segments", ProjectStore.values("guid", ProjectStore.newGuid(),
                                "source_id", source.id(), "code_id", code.id(), "start_cp", span.start(),
                                "end_cp", span.end(), "text_version", source.textVersion(),
                                "coder_id", coderId, "created_at", now, "modified_at", now, "memo", memo)));
                    } else {
                        long id = existing.getFirst();
                        if (memo != null) {
                            tx.update("segments", id, ProjectStore.values("memo", memo));
                        }
                        out.add(id);
                    }
                }
            }
            return out;
        });
        java.util.Set<Long> wanted = new java.util.HashSet<>(ids);
        return list(codePath, null).stream().filter(s -> wanted.contains(s.segment().id())).toList();
    }

    /** Removes one segment. */
    public void uncode(long segmentId) {
        store.write(OperationKind.UNCODE.with(segmentId), tx -> {
            tx.delete("segments", segmentId);
            return null;
        });
    }

    private boolean exists(long segmentId) {
        synchronized (store) {
            try {
                return !Queries.ids(store.connection(), "SELECT id FROM segments WHERE id = ?", segmentId).isEmpty();
            } catch (java.sql.SQLException e) {
                throw new StoreException(e);
            }
        }
    }

    /** A segment's memo, if it has one. */
    public java.util.Optional<String> memo(long segmentId) {
        synchronized (store) {
            try (java.sql.PreparedStatement st = store.connection().prepareStatement(
                    "SELECT memo FROM segments WHERE id = ?")) {
                st.setLong(1, segmentId);
                try (java.sql.ResultSet rs = st.executeQuery()) {
                    return rs.next() ? java.util.Optional.ofNullable(rs.getString(1)) : java.util.Optional.empty();
                }
            } catch (java.sql.SQLException e) {
                throw new StoreException(e);
            }
        }
    }

    /**
     * Sets (or, with null, clears) a segment's memo.
     *
     * @throws org.terrain.corpus.errors.TerrainException {@code segment_gone} when the segment was uncoded or
     *                                                   deleted meanwhile (a list read before)
     */
    public void setMemo(long segmentId, String memo) {
        if (!exists(segmentId)) {
            throw new org.terrain.corpus.errors.TerrainException("segment_gone",
                    org.terrain.corpus.errors.TerrainException.Category.ACTION_NEEDED, segmentId);
        }
        store.write(OperationKind.SEGMENT_MEMO.with(segmentId), tx -> {
            tx.update("segments", segmentId, ProjectStore.values("memo", memo));
            return null;
        });
    }

    /**
     * Segments ordered by source and position, optionally of one code (with its sub-codes) and one source.
     */
    public List<SegmentInfo> list(CodePath code, String sourceName) {
        synchronized (store) {
            Map<Long, CodePath> codePaths = new HashMap<>();
            java.util.Set<Long> codeFilter = null;
            for (CodeInfo info : store.codes().list()) {
                codePaths.put(info.code().id(), info.path());
            }
            if (code != null) {
                Code root = store.codes().get(code);
                codeFilter = new java.util.HashSet<>();
                for (Map.Entry<Long, CodePath> entry : codePaths.entrySet()) {
                    if (startsWith(entry.getValue(), codePaths.get(root.id()))) {
                        codeFilter.add(entry.getKey());
                    }
                }
            }
            Long sourceId = null;
            if (sourceName != null) {
                try {
                    sourceId = store.sources().id(sourceName);
                } catch (SQLException e) {
                    throw new StoreException(e);
                }
            }
            List<SegmentInfo> out = new ArrayList<>();
            Map<Long, CodePointIndex> texts = new HashMap<>();
            String sql = "SELECT g.id, g.guid, g.source_id, g.code_id, g.start_cp, g.end_cp, g.text_version, "
                    + "k.name, g.created_at, g.modified_at, g.memo, s.name, s.text FROM segments g "
                    + "JOIN sources s ON s.id = g.source_id LEFT JOIN coders k ON k.id = g.coder_id "
                    + (sourceId == null ? "" : "WHERE g.source_id = " + sourceId + " ")
                    + "ORDER BY s.name, g.start_cp, g.end_cp, g.id";
            try (PreparedStatement st = store.connection().prepareStatement(sql); ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    long codeId = rs.getLong(4);
                    if (codeFilter != null && !codeFilter.contains(codeId)) {
                        continue;
                    }
                    long sid = rs.getLong(3);
                    CodePointIndex text = texts.get(sid);
                    if (text == null) {
                        text = new CodePointIndex(rs.getString(13));
                        texts.put(sid, text);
                    }
                    Span span = new Span(rs.getInt(5), rs.getInt(6));
                    CodedSegment segment = new CodedSegment(rs.getLong(1), rs.getString(2), sid, codeId, span,
                            rs.getInt(7), rs.getString(8), Instant.parse(rs.getString(9)),
                            Instant.parse(rs.getString(10)), rs.getString(11));
                    out.add(new SegmentInfo(segment, rs.getString(12), codePaths.get(codeId),
                            text.substring(span.start(), span.end())));
                }
            } catch (SQLException e) {
                throw new StoreException(e);
            }
            return out;
        }
    }

    private static boolean startsWith(CodePath path, CodePath prefix) {
        return path.names().size() >= prefix.names().size()
                && path.names().subList(0, prefix.names().size()).equals(prefix.names());
    }
}
