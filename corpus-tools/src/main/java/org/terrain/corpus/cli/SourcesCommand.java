package org.terrain.corpus.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.terrain.corpus.model.SourceSummary;
import org.terrain.corpus.store.ProjectStore;
import org.terrain.corpus.store.SourceLicence;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

@Command(name = "sources", description = "List the sources with their kind, case, sizes, speakers and licence.",
        subcommands = LicenceCommands.OfSource.class)
final class SourcesCommand implements Callable<Integer> {
    private final Cli cli;
    @Mixin CommonOptions common;

    // optional for picocli so that « sources licence PROJECT … » is not refused for want of the parent's PROJECT;
    // required all the same when the command runs itself
    @Parameters(index = "0", paramLabel = "PROJECT", arity = "0..1")
    Path project;
    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    SourcesCommand(Cli cli) {
        this.cli = cli;
    }

    @Override
    public Integer call() {
        if (project == null) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(), "Missing required parameter: 'PROJECT'");
        }
        try (ProjectStore store = cli.openForReading(project, "sources")) {
            List<SourceSummary> sources = store.sources().summaries();
            Map<String, SourceLicence> licences = store.licences().bySource();
            if (cli.json()) {
                List<Map<String, Object>> rows = new ArrayList<>();
                for (SourceSummary s : sources) {
                    Map<String, Object> row = new LinkedHashMap<>();
                    row.put("name", s.name());
                    row.put("kind", s.kind().id());
                    row.put("case", s.caseName());
                    row.put("chars", s.chars());
                    row.put("words", s.words());
                    row.put("turns", s.turns());
                    row.put("speakers", s.speakers());
                    row.put("interviewers", s.interviewers());
                    row.put("attributes", s.attributes());
                    SourceLicence licence = licences.get(s.name());
                    row.put("licence", licence == null || licence.effective() == null ? null : licence.effective().id());
                    rows.add(row);
                }
                cli.printJson(rows);
            } else {
                for (SourceSummary s : sources) {
                    cli.out().println(s.name() + "\t" + s.kind().id() + "\t" + (s.caseName() == null ? "" : s.caseName())
                            + "\t" + cli.messages().format("sources.words", s.words()) + "\t"
                            + cli.messages().format("sources.turns", s.turns()) + "\t" + String.join(", ", s.speakers()));
                }
            }
        }
        return 0;
    }
}
