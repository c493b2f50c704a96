package org.terrain.corpus.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Writes the row changes of an operation as JSON in the log, and reads them back for undo. */
final class ChangeCodec {
    private static final ObjectMapper JSON = new ObjectMapper();

    private ChangeCodec() {
    }

    static String encode(List<RowChange> changes) {
        List<Map<String, Object>> out = new ArrayList<>();
        for (RowChange change : changes) {
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("table", change.table());
            entry.put("id", change.id());
            switch (change) {
                case RowChange.Inserted inserted -> entry.put("op", "insert");
                case RowChange.Updated updated -> {
                    entry.put("op", "update");
                    entry.put("before", updated.before());
                    entry.put("after", updated.after());
                }
                case RowChange.Deleted deleted -> {
                    entry.put("op", "delete");
                    entry.put("row", deleted.row());
                }
            }
            out.add(entry);
        }
        try {
            return JSON.writeValueAsString(out);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot encode operation", e);
        }
    }

    @SuppressWarnings("unchecked")
    static List<RowChange> decode(String json) {
        List<Map<String, Object>> entries;
        try {
            entries = JSON.readValue(json, new TypeReference<>() { });
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("damaged operation log entry", e);
        }
        List<RowChange> changes = new ArrayList<>();
        for (Map<String, Object> entry : entries) {
            String table = (String) entry.get("table");
            long id = ((Number) entry.get("id")).longValue();
            changes.add(switch ((String) entry.get("op")) {
                case "insert" -> new RowChange.Inserted(table, id);
                case "update" -> new RowChange.Updated(table, id, (Map<String, Object>) entry.get("before"),
                        (Map<String, Object>) entry.get("after"));
                case "delete" -> new RowChange.Deleted(table, id, (Map<String, Object>) entry.get("row"));
                default -> throw new IllegalStateException("unknown change " + entry.get("op"));
            });
        }
        return changes;
    }
}
