package org.terrain.corpus.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;

/** The arguments of an entry's message in the log, a JSON array of strings and numbers. */
final class MessageArgs {
    private static final ObjectMapper JSON = new ObjectMapper();

    private MessageArgs() {
    }

    static String encode(List<Object> args) {
        try {
            return JSON.writeValueAsString(args);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write the arguments of a log entry", e);
        }
    }

    /**
     * Numbers come back as longs, as {@link OperationKind#with} keeps them. An entry whose arguments cannot be
     * read keeps its key: the message shows without them.
     */
    static List<Object> decode(String json) {
        if (json == null) {
            return List.of();
        }
        try {
            return JSON.readValue(json, new TypeReference<List<Object>>() { }).stream()
                    .map(value -> value instanceof Number number ? (Object) number.longValue() : value).toList();
        } catch (JsonProcessingException e) {
            return List.of();
        }
    }
}
