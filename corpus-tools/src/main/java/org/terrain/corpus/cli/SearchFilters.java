package org.terrain.corpus.cli;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.terrain.corpus.errors.UsageException;
import org.terrain.corpus.model.SourceKind;
import org.terrain.corpus.search.SearchRequest;
import org.terrain.corpus.store.ProjectStore;
import picocli.CommandLine.Option;

/** The filters shared by {@code search} and {@code autocode}: all must hold; repeated --attr keys are OR. */
public final class SearchFilters {
    @Option(names = "--kind", paramLabel = "KIND")
    String kind;

    @Option(names = "--case", paramLabel = "NAME")
    String caseName;

    @Option(names = "--attr", paramLabel = "KEY=VALUE")
    List<String> attributes = new ArrayList<>();

    @Option(names = "--speaker", paramLabel = "LABEL")
    String speaker;

    @Option(names = "--code", paramLabel = "PATH", description = "Only matches inside segments of this code.")
    String code;

    SourceKind kind() {
        return kind == null ? null : SourceKind.parse(kind).orElseThrow(() -> new UsageException("bad_kind", kind));
    }

    SearchRequest request(ProjectStore store, String query, int limit) {
        Map<String, List<String>> attrs = new LinkedHashMap<>();
        for (String pair : attributes) {
            Options.attributes(List.of(pair)).forEach((k, v) -> attrs.computeIfAbsent(k, x -> new ArrayList<>()).add(v));
        }
        var codePath = code == null ? null : CodesCommand.path(code);
        if (codePath != null) {
            store.codes().get(codePath);
        }
        return new SearchRequest(query, kind(), caseName, attrs, speaker, codePath, limit);
    }
}
