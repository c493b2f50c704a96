package org.terrain.corpus.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.terrain.corpus.model.Coder;

/**
 * What the agreement of coders reads, without any text: the coders, their codings as bare positions, and the
 * spans of speech of every source (each turn's speech, labels left out; the whole text outside transcripts).
 * Reading the texts of an 8-million-word corpus would cost more than the whole comparison.
 */
public final class CoderCodings {
    /** One coding: a code on [start, end) of a source, by a coder. */
    public record Coding(long sourceId, long codeId, int start, int end, long coderId) {
    }

    /** A source's speech as sorted spans, in code points. */
    public record Speech(long sourceId, String name, int[] starts, int[] ends) {
    }

    private CoderCodings() {
    }

    /** Every coder of the project, by id. */
    public static List<Coder> coders(ProjectStore store) {
        synchronized (store) {
            List<Coder> out = new ArrayList<>();
            try (PreparedStatement st = store.connection().prepareStatement(
                    "SELECT id, guid, name FROM coders ORDER BY id"); ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    out.add(new Coder(rs.getLong(1), rs.getString(2), rs.getString(3)));
                }
            } catch (SQLException e) {
                throw new StoreException(e);
            }
            return out;
        }
    }

    /** The codings of these coders, ordered by source, code and start. */
    public static List<Coding> of(ProjectStore store, Collection<Long> coderIds) {
        synchronized (store) {
            List<Coding> out = new ArrayList<>();
            if (coderIds.isEmpty()) {
                return out;
            }
            String sql = "SELECT source_id, code_id, start_cp, end_cp, coder_id FROM segments WHERE coder_id IN ("
                    + String.join(", ", java.util.Collections.nCopies(coderIds.size(), "?"))
                    + ") ORDER BY source_id, code_id, start_cp, end_cp";
            try (PreparedStatement st = store.connection().prepareStatement(sql)) {
                ProjectStore.bind(st, coderIds.toArray());
                try (ResultSet rs = st.executeQuery()) {
                    while (rs.next()) {
                        out.add(new Coding(rs.getLong(1), rs.getLong(2), rs.getInt(3), rs.getInt(4), rs.getLong(5)));
                    }
                }
            } catch (SQLException e) {
                throw new StoreException(e);
            }
            return out;
        }
    }

    /** Every source's speech, by source id, sources in name order. */
    public static Map<Long, Speech> speech(ProjectStore store) {
        synchronized (store) {
            Map<Long, List<int[]>> turns = new LinkedHashMap<>();
            try (PreparedStatement st = store.connection().prepareStatement(
                    "SELECT source_id, speech_start, speech_end FROM turns ORDER BY source_id, ordinal");
                 ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    turns.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(new int[] {rs.getInt(2), rs.getInt(3)});
                }
            } catch (SQLException e) {
                throw new StoreException(e);
            }
            Map<Long, Speech> out = new LinkedHashMap<>();
            // chars is the text's length in code points, kept with it by every write: no text is read.
            try (PreparedStatement st = store.connection().prepareStatement(
                    "SELECT id, name, chars FROM sources ORDER BY name");
                 ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    long id = rs.getLong(1);
                    List<int[]> spans = turns.get(id);
                    int[] starts;
                    int[] ends;
                    if (spans == null) {
                        starts = new int[] {0};
                        ends = new int[] {rs.getInt(3)};
                    } else {
                        starts = new int[spans.size()];
                        ends = new int[spans.size()];
                        for (int i = 0; i < spans.size(); i++) {
                            starts[i] = spans.get(i)[0];
                            ends[i] = spans.get(i)[1];
                        }
                    }
                    out.put(id, new Speech(id, rs.getString(2), starts, ends));
                }
            } catch (SQLException e) {
                throw new StoreException(e);
            }
            return out;
        }
    }
}
