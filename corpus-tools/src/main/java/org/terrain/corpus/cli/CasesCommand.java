package org.terrain.corpus.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.terrain.corpus.importing.CasesTable;
import org.terrain.corpus.model.Licence;
import org.terrain.corpus.store.CaseInfo;
import org.terrain.corpus.store.ProjectStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "cases", description = "The cases × attributes table: list it, import it from CSV, assign sources.",
        subcommands = LicenceCommands.OfCase.class)
final class CasesCommand implements Callable<Integer> {
    private final Cli cli;
    @Mixin CommonOptions common;

    // optional for picocli so that « cases licence PROJECT … » is not refused for want of the parent's PROJECT;
    // required all the same when the command runs itself
    @Parameters(index = "0", paramLabel = "PROJECT", arity = "0..1")
    Path project;
    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Option(names = "--import", paramLabel = "FILE.csv",
            description = "First column: the case; other columns: attributes; optional column 'sources': names separated by |.")
    Path csv;

    @Option(names = "--assign", paramLabel = "SOURCE=CASE", description = "Attach a source to a case.")
    List<String> assignments = new ArrayList<>();

    CasesCommand(Cli cli) {
        this.cli = cli;
    }

    @Override
    public Integer call() {
        if (project == null) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(), "Missing required parameter: 'PROJECT'");
        }
        CasesTable table = csv == null ? null : CasesTable.read(csv);
        boolean reading = table == null && assignments.isEmpty();
        try (ProjectStore store = reading ? cli.openForReading(project, "cases") : cli.open(project, "cases")) {
            if (table != null) {
                store.cases().importTable(table.values(), table.types(), table.sources());
                cli.say("cases_imported", table.values().size(), table.attributes().size());
            }
            for (Map.Entry<String, String> assignment : Options.attributes(assignments).entrySet()) {
                store.cases().assign(assignment.getKey(), assignment.getValue());
            }
            List<CaseInfo> cases = store.cases().list();
            if (cli.json()) {
                List<Map<String, Object>> rows = new ArrayList<>();
                for (CaseInfo c : cases) {
                    Map<String, Object> row = new LinkedHashMap<>();
                    row.put("name", c.name());
                    row.put("attributes", c.attributes());
                    row.put("sources", c.sources());
                    Licence licence = store.licences().ofCase(c.name());
                    row.put("licence", licence == null ? null : licence.id());
                    rows.add(row);
                }
                cli.printJson(rows);
            } else {
                for (CaseInfo c : cases) {
                    cli.out().println(c.name() + "\t" + c.attributes() + "\t" + String.join(", ", c.sources()));
                }
            }
        }
        return 0;
    }
}
