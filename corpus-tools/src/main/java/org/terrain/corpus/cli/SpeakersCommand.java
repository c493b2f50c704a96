package org.terrain.corpus.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.terrain.corpus.model.SourceSummary;
import org.terrain.corpus.model.SpeakerRole;
import org.terrain.corpus.store.ProjectStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "speakers", description = "Mark speaker labels as interviewer (all sources, or one); list speakers.")
final class SpeakersCommand implements Callable<Integer> {
    private final Cli cli;
    @Mixin CommonOptions common;

    @Parameters(index = "0", paramLabel = "PROJECT")
    Path project;

    @Option(names = "--source", paramLabel = "NAME")
    String source;

    @Option(names = "--interviewer", arity = "1..*", paramLabel = "LABEL")
    List<String> interviewers = new ArrayList<>();

    @Option(names = "--participant", arity = "1..*", paramLabel = "LABEL",
            description = "Unmark labels (e.g. an ENQ who is not the interviewer).")
    List<String> participants = new ArrayList<>();

    SpeakersCommand(Cli cli) {
        this.cli = cli;
    }

    @Override
    public Integer call() {
        boolean reading = interviewers.isEmpty() && participants.isEmpty();
        try (ProjectStore store = reading ? cli.openForReading(project, "speakers") : cli.open(project, "speakers")) {
            if (source != null) {
                store.sources().get(source); // unknown source: exit 1 before anything changes
            }
            if (!interviewers.isEmpty()) {
                store.sources().setRole(source, interviewers, SpeakerRole.INTERVIEWER);
            }
            if (!participants.isEmpty()) {
                store.sources().setRole(source, participants, SpeakerRole.PARTICIPANT);
            }
            List<Map<String, Object>> rows = new ArrayList<>();
            for (SourceSummary s : store.sources().summaries()) {
                if (source != null && !s.name().equals(source)) {
                    continue;
                }
                Map<String, Object> row = new LinkedHashMap<>();
                row.put("source", s.name());
                row.put("speakers", s.speakers());
                row.put("interviewers", s.interviewers());
                rows.add(row);
                if (!cli.json()) {
                    cli.out().println(s.name() + "\t" + String.join(", ", s.speakers()) + "\t"
                            + cli.messages().format("interviewers") + String.join(", ", s.interviewers()));
                }
            }
            if (cli.json()) {
                cli.printJson(rows);
            }
        }
        return 0;
    }
}
