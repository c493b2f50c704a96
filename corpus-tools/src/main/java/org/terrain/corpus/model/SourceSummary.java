package org.terrain.corpus.model;

import java.util.List;
import java.util.Map;

/** What a listing of sources shows: sizes and speakers without the text itself. */
public record SourceSummary(String name, SourceKind kind, String caseName, int chars, int words, int turns,
                            List<String> speakers, List<String> interviewers, Map<String, String> attributes) {
}
