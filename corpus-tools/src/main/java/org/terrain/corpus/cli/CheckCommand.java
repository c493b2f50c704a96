package org.terrain.corpus.cli;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.terrain.corpus.errors.IntegrityException;
import org.terrain.corpus.errors.OriginalsDamagedException;
import org.terrain.corpus.store.IntegrityReport;
import org.terrain.corpus.store.ProjectStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "check", description = "Check the project database (quick, or --full with foreign keys and the "
        + "originals' SHA-256).")
final class CheckCommand implements Callable<Integer> {
    private static final Logger LOG = LoggerFactory.getLogger(CheckCommand.class);
    private final Cli cli;
    @Mixin CommonOptions common;

    @Parameters(index = "0", paramLabel = "PROJECT")
    Path project;

    @Option(names = "--full", description = "SQLite's full integrity_check and foreign_key_check, and each "
            + "original in originals/ against the SHA-256 recorded at its import.")
    boolean full;

    CheckCommand(Cli cli) {
        this.cli = cli;
    }

    @Override
    public Integer call() {
        try (ProjectStore store = cli.openForReading(project, "check")) {
            IntegrityReport report = store.checkIntegrity(full);
            if (!report.ok()) {
                LOG.info("check of {}: SQLite says:\n{}", project, String.join("\n", report.problems()));
                throw new IntegrityException(project.toString(), String.join("; ", report.problems()),
                        report.backup());
            }
            if (!report.originals().isEmpty()) {
                throw new OriginalsDamagedException(project.toString(),
                        sources(report, IntegrityReport.Original.Problem.MISSING),
                        sources(report, IntegrityReport.Original.Problem.ALTERED));
            }
            if (cli.json()) {
                Map<String, Object> out = new LinkedHashMap<>();
                out.put("ok", true);
                out.put("full", full);
                out.put("backup", store.backups().newest().map(b -> b.file().toString()).orElse(null));
                cli.printJson(out);
            }
            cli.say("integrity_ok", project);
        }
        return 0;
    }

    private static List<String> sources(IntegrityReport report, IntegrityReport.Original.Problem problem) {
        return report.originals().stream().filter(o -> o.problem() == problem)
                .map(IntegrityReport.Original::source).distinct().toList();
    }
}
