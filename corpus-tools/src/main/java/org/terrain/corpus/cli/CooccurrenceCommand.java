package org.terrain.corpus.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.terrain.corpus.analysis.Cooccurrences;
import org.terrain.corpus.errors.UsageException;
import org.terrain.corpus.store.ProjectStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "cooccurrence", description = "Code co-occurrence matrix: overlapping segments, or within N characters.")
final class CooccurrenceCommand implements Callable<Integer> {
    private final Cli cli;
    @Mixin CommonOptions common;

    @Parameters(index = "0", paramLabel = "PROJECT")
    Path project;

    @Option(names = "--within", defaultValue = "0", paramLabel = "N", description = "0: overlapping only.")
    int within;

    CooccurrenceCommand(Cli cli) {
        this.cli = cli;
    }

    @Override
    public Integer call() {
        if (within < 0) {
            throw new UsageException("bad_limit", within);
        }
        try (ProjectStore store = cli.openForReading(project, "cooccurrence")) {
            Cooccurrences.Matrix matrix = new Cooccurrences(store).matrix(within);
            if (cli.json()) {
                List<Map<String, Object>> pairs = new ArrayList<>();
                for (int i = 0; i < matrix.codes().size(); i++) {
                    for (int j = i + 1; j < matrix.codes().size(); j++) {
                        if (matrix.counts()[i][j] > 0) {
                            Map<String, Object> pair = new LinkedHashMap<>();
                            pair.put("a", matrix.codes().get(i));
                            pair.put("b", matrix.codes().get(j));
                            pair.put("count", matrix.counts()[i][j]);
                            pairs.add(pair);
                        }
                    }
                }
                Map<String, Object> out = new LinkedHashMap<>();
                out.put("within", within);
                out.put("codes", matrix.codes());
                out.put("matrix", matrix.counts());
                out.put("pairs", pairs);
                cli.printJson(out);
            } else {
                for (int i = 0; i < matrix.codes().size(); i++) {
                    for (int j = i + 1; j < matrix.codes().size(); j++) {
                        if (matrix.counts()[i][j] > 0) {
                            cli.out().println(matrix.counts()[i][j] + "\t" + matrix.codes().get(i) + "\t"
                                    + matrix.codes().get(j));
                        }
                    }
                }
            }
        }
        return 0;
    }
}
