package org.terrain.corpus.cli;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import org.terrain.corpus.exchange.ExchangeService;
import org.terrain.corpus.store.ProjectStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

@Command(name = "export", description = "Export to REFI-QDA (qdpx, codebook) or the segments to CSV.",
        subcommands = {ExportCommand.Qdpx.class, ExportCommand.CodebookQdc.class, ExportCommand.SegmentsCsv.class})
final class ExportCommand implements Runnable {
    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new picocli.CommandLine.ParameterException(spec.commandLine(), "missing subcommand: qdpx, codebook, segments");
    }

    private static Integer done(Cli cli, String format, Path out, int count) {
        cli.say("export_done", out.toString(), count);
        if (cli.json()) {
            Map<String, Object> json = new LinkedHashMap<>();
            json.put("format", format);
            json.put("file", out.toAbsolutePath().toString());
            json.put("count", count);
            cli.printJson(json);
        }
        return 0;
    }

    @Command(name = "qdpx", description = "The project as a REFI-QDA archive (NVivo, ATLAS.ti, MAXQDA, QualCoder).")
    static final class Qdpx implements Callable<Integer> {
        private final Cli cli;
        @Mixin CommonOptions common;
        @Parameters(index = "0", paramLabel = "PROJECT") Path project;
        @Parameters(index = "1", paramLabel = "OUT.qdpx") Path out;

        Qdpx(Cli cli) {
            this.cli = cli;
        }

        @Override
        public Integer call() {
            try (ProjectStore store = cli.open(project, "export qdpx")) {
                ExchangeService.exportQdpx(store, out);
                return done(cli, "qdpx", out, store.sources().names().size());
            }
        }
    }

    @Command(name = "codebook", description = "The code tree as a REFI-QDA codebook (.qdc).")
    static final class CodebookQdc implements Callable<Integer> {
        private final Cli cli;
        @Mixin CommonOptions common;
        @Parameters(index = "0", paramLabel = "PROJECT") Path project;
        @Parameters(index = "1", paramLabel = "OUT.qdc") Path out;

        CodebookQdc(Cli cli) {
            this.cli = cli;
        }

        @Override
        public Integer call() {
            try (ProjectStore store = cli.open(project, "export codebook")) {
                return done(cli, "qdc", out, ExchangeService.exportCodebook(store, out));
            }
        }
    }

    @Command(name = "segments", description = "One CSV row per coded segment (UTF-8, RFC 4180).")
    static final class SegmentsCsv implements Callable<Integer> {
        private final Cli cli;
        @Mixin CommonOptions common;
        @Parameters(index = "0", paramLabel = "PROJECT") Path project;
        @Parameters(index = "1", paramLabel = "OUT.csv") Path out;

        SegmentsCsv(Cli cli) {
            this.cli = cli;
        }

        @Override
        public Integer call() {
            try (ProjectStore store = cli.open(project, "export segments")) {
                return done(cli, "csv", out, ExchangeService.exportSegments(store, out));
            }
        }
    }
}
