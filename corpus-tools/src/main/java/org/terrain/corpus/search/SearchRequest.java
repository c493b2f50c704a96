package org.terrain.corpus.search;

import java.util.List;
import java.util.Map;
import org.terrain.codingschemes.CodePath;
import org.terrain.corpus.model.SourceKind;

/**
 * A search: the query in Lucene syntax and the filters, all of which must hold (null or empty: no filter).
 * {@code attributes} maps a key to the values accepted for it (OR within a key, AND across keys).
 *
 * @param limit how many hits to return; {@code total} and {@code documents} count them all
 */
public record SearchRequest(String query, SourceKind kind, String caseName, Map<String, List<String>> attributes,
                            String speaker, CodePath code, int limit) {
    public static SearchRequest of(String query) {
        return new SearchRequest(query, null, null, Map.of(), null, null, 50);
    }

    public SearchRequest withKind(SourceKind value) {
        return new SearchRequest(query, value, caseName, attributes, speaker, code, limit);
    }

    public SearchRequest withLimit(int value) {
        return new SearchRequest(query, kind, caseName, attributes, speaker, code, value);
    }
}
