package org.terrain.corpus.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.terrain.codingschemes.CodePath;
import org.terrain.corpus.store.ProjectStore;
import org.terrain.corpus.store.SetInfo;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

@Command(name = "sets", description = "List the sets (groups of sources and codes, as REFI-QDA and ATLAS.ti have them).")
final class SetsCommand implements Callable<Integer> {
    private final Cli cli;
    @Mixin CommonOptions common;

    @Parameters(index = "0", paramLabel = "PROJECT")
    Path project;

    SetsCommand(Cli cli) {
        this.cli = cli;
    }

    @Override
    public Integer call() {
        try (ProjectStore store = cli.openForReading(project, "sets")) {
            List<SetInfo> sets = store.sets().list();
            if (cli.json()) {
                List<Map<String, Object>> rows = new ArrayList<>();
                for (SetInfo set : sets) {
                    Map<String, Object> row = new LinkedHashMap<>();
                    row.put("name", set.name());
                    row.put("description", set.description());
                    row.put("sources", set.sources());
                    row.put("codes", set.codes().stream().map(CodePath::toString).toList());
                    rows.add(row);
                }
                cli.printJson(rows);
            } else {
                for (SetInfo set : sets) {
                    List<String> members = new ArrayList<>(set.sources());
                    set.codes().forEach(code -> members.add(code.toString()));
                    cli.out().println(set.name() + "\t" + set.sources().size() + " sources\t" + set.codes().size()
                            + " codes\t" + String.join(", ", members));
                }
            }
        }
        return 0;
    }
}
