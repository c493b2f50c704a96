package org.terrain.corpus.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.terrain.corpus.analysis.CodeTable;
import org.terrain.corpus.analysis.CodeTables;
import org.terrain.corpus.store.ProjectStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "code-table", description = "Codes × parts of the corpus: segments, sources, coverage %%, row and column %%.")
final class CodeTableCommand implements Callable<Integer> {
    private final Cli cli;
    @Mixin CommonOptions common;

    @Parameters(index = "0", paramLabel = "PROJECT")
    Path project;

    @Option(names = "--by", defaultValue = "kind", paramLabel = "kind|case|attr:KEY")
    String by;

    CodeTableCommand(Cli cli) {
        this.cli = cli;
    }

    @Override
    public Integer call() {
        try (ProjectStore store = cli.openForReading(project, "code-table")) {
            CodeTable table = new CodeTables(store).table(by);
            if (cli.json()) {
                List<Map<String, Object>> rows = new ArrayList<>();
                for (CodeTable.Row row : table.rows()) {
                    Map<String, Object> cells = new LinkedHashMap<>();
                    row.cells().forEach((part, cell) -> {
                        Map<String, Object> out = new LinkedHashMap<>();
                        out.put("segments", cell.segments());
                        out.put("documents", cell.documents());
                        out.put("coverage", cell.coverage());
                        out.put("row_percent", row.rowPercents().get(part));
                        out.put("column_percent", row.columnPercents().get(part));
                        cells.put(part, out);
                    });
                    rows.add(Map.of("code", row.code(), "cells", cells));
                }
                Map<String, Object> out = new LinkedHashMap<>();
                out.put("by", table.partition());
                out.put("parts", table.parts());
                out.put("rows", rows);
                cli.printJson(out);
            } else {
                cli.out().println("code\t" + String.join("\t", table.parts()));
                for (CodeTable.Row row : table.rows()) {
                    StringBuilder line = new StringBuilder(row.code());
                    for (String part : table.parts()) {
                        CodeTable.Cell cell = row.cells().get(part);
                        line.append('\t').append(String.format(Locale.ROOT, "%d (%d src, %.1f%%)", cell.segments(),
                                cell.documents(), cell.coverage()));
                    }
                    cli.out().println(line);
                }
            }
        }
        return 0;
    }
}
