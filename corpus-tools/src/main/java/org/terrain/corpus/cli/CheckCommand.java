package org.terrain.corpus.cli;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import org.terrain.corpus.errors.IntegrityException;
import org.terrain.corpus.store.IntegrityReport;
import org.terrain.corpus.store.ProjectStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "check", description = "Check the project database (quick, or --full with foreign keys).")
final class CheckCommand implements Callable<Integer> {
    private final Cli cli;
    @Mixin CommonOptions common;

    @Parameters(index = "0", paramLabel = "PROJECT")
    Path project;

    @Option(names = "--full", description = "SQLite's full integrity_check and foreign_key_check.")
    boolean full;

    CheckCommand(Cli cli) {
        this.cli = cli;
    }

    @Override
    public Integer call() {
        try (ProjectStore store = cli.openForReading(project, "check")) {
            IntegrityReport report = store.checkIntegrity(full);
            if (!report.ok()) {
                throw new IntegrityException(project.toString(), String.join("; ", report.problems()),
                        report.backup());
            }
            if (cli.json()) {
                Map<String, Object> out = new LinkedHashMap<>();
                out.put("ok", true);
                out.put("full", full);
                out.put("backup", report.backup());
                cli.printJson(out);
            }
            cli.say("integrity_ok", project);
        }
        return 0;
    }
}
