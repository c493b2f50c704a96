package org.terrain.corpus.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.terrain.corpus.errors.UsageException;
import org.terrain.corpus.model.SourceKind;
import org.terrain.corpus.search.SearchHit;
import org.terrain.corpus.search.SearchIndex;
import org.terrain.corpus.search.SearchRequest;
import org.terrain.corpus.search.SearchResult;
import org.terrain.corpus.store.ProjectStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "search", description = "Search the speech of the corpus (Lucene syntax, French analysis); concordance lines.")
final class SearchCommand implements Callable<Integer> {
    private final Cli cli;
    @Mixin CommonOptions common;
    @Mixin SearchFilters filters;

    @Parameters(index = "0", paramLabel = "PROJECT")
    Path project;

    @Parameters(index = "1", paramLabel = "QUERY")
    String query;

    @Option(names = "--limit", defaultValue = "50", paramLabel = "N", description = "Hits to print (default 50).")
    int limit;

    SearchCommand(Cli cli) {
        this.cli = cli;
    }

    @Override
    public Integer call() {
        if (limit < 0) {
            throw new UsageException("bad_limit", limit);
        }
        try (ProjectStore store = cli.openForSearch(project, "search");
             SearchIndex index = SearchIndex.open(store, Progress.on(cli, "indexing"))) {
            if (index.indexedInMemory() > 0) {
                cli.say("search_indexed_in_memory", index.indexedInMemory());
            }
            SearchResult result = index.search(filters.request(store, query, limit));
            if (cli.json()) {
                List<Map<String, Object>> hits = new ArrayList<>();
                for (SearchHit hit : result.hits()) {
                    Map<String, Object> row = new LinkedHashMap<>();
                    row.put("source", hit.source());
                    row.put("kind", hit.kind());
                    row.put("start", hit.start());
                    row.put("end", hit.end());
                    row.put("left", hit.left());
                    row.put("match", hit.match());
                    row.put("right", hit.right());
                    row.put("speaker", hit.speaker().isEmpty() ? null : hit.speaker());
                    hits.add(row);
                }
                Map<String, Object> out = new LinkedHashMap<>();
                out.put("total", result.total());
                out.put("documents", result.documents());
                out.put("hits", hits);
                cli.printJson(out);
            } else {
                for (SearchHit hit : result.hits()) {
                    cli.out().printf("%s\t%d:%d\t%60s [%s] %s%n", hit.source(), hit.start(), hit.end(),
                            hit.left(), hit.match(), hit.right());
                }
            }
            cli.say("search_summary", result.total(), result.documents());
        }
        return 0;
    }
}
