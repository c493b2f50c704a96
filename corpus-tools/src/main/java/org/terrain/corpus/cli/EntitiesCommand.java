package org.terrain.corpus.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import org.terrain.corpus.errors.TerrainException;
import org.terrain.corpus.errors.UsageException;
import org.terrain.corpus.store.AnnotationStore;
import org.terrain.corpus.store.ProjectStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "entities", description = "Named entities found by the language analysis, per project or source.")
final class EntitiesCommand implements Callable<Integer> {
    private static final Set<String> TYPES = Set.of("PER", "LOC", "ORG", "MISC");

    private final Cli cli;
    @Mixin CommonOptions common;

    @Parameters(index = "0", paramLabel = "PROJECT")
    Path project;

    @Option(names = "--source", paramLabel = "NAME")
    String source;

    @Option(names = "--type", paramLabel = "PER|LOC|ORG|MISC")
    String type;

    EntitiesCommand(Cli cli) {
        this.cli = cli;
    }

    @Override
    public Integer call() {
        if (type != null && !TYPES.contains(type)) {
            throw new UsageException("bad_entity_type", type);
        }
        List<AnnotationStore.EntitySummary> entities;
        try (ProjectStore store = cli.openForReading(project, "entities")) {
            if (source != null) {
                store.sources().get(source); // an unknown source: exit 1, not an empty list
            }
            if (!store.annotations().anyCurrent() && store.sources().versions().size() > 0) {
                throw new TerrainException("nlp_not_annotated", TerrainException.Category.ACTION_NEEDED, project);
            }
            entities = store.annotations().entities(source, type);
        }
        if (cli.json()) {
            List<Map<String, Object>> out = new ArrayList<>();
            for (AnnotationStore.EntitySummary e : entities) {
                Map<String, Object> row = new LinkedHashMap<>();
                row.put("text", e.text());
                row.put("type", e.type());
                row.put("count", e.count());
                row.put("sources", e.sources());
                out.add(row);
            }
            cli.printJson(out);
        } else {
            for (AnnotationStore.EntitySummary e : entities) {
                cli.out().println(e.count() + "\t" + e.type() + "\t" + e.text() + "\t" + String.join(", ", e.sources()));
            }
        }
        return 0;
    }
}
