package org.terrain.corpus.cli;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import org.terrain.corpus.exchange.ExchangeService;
import org.terrain.corpus.exchange.HtmlReport;
import org.terrain.corpus.exchange.IramuteqExport;
import org.terrain.corpus.exchange.QuotationsExport;
import org.terrain.corpus.exchange.TeiExport;
import org.terrain.corpus.exchange.XlsxExport;
import org.terrain.corpus.store.ProjectStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "export", description = "Export to REFI-QDA (qdpx, codebook), the segments (CSV, XLSX), quotations, "
        + "a report, Iramuteq or XML-TEI.",
        subcommands = {ExportCommand.Qdpx.class, ExportCommand.CodebookQdc.class, ExportCommand.SegmentsCsv.class,
                ExportCommand.SegmentsXlsx.class, ExportCommand.Quotations.class,
                ExportCommand.Report.class, ExportCommand.Iramuteq.class, ExportCommand.Tei.class})
final class ExportCommand implements Runnable {
    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new picocli.CommandLine.ParameterException(spec.commandLine(), "missing subcommand: qdpx, codebook, segments, xlsx, quotations, report, iramuteq, tei");
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

    @Command(name = "xlsx", description = "One XLSX row per coded segment, with the attributes of its source.")
    static final class SegmentsXlsx implements Callable<Integer> {
        private final Cli cli;
        @Mixin CommonOptions common;
        @Parameters(index = "0", paramLabel = "PROJECT") Path project;
        @Parameters(index = "1", paramLabel = "OUT.xlsx") Path out;

        SegmentsXlsx(Cli cli) {
            this.cli = cli;
        }

        @Override
        public Integer call() {
            try (ProjectStore store = cli.open(project, "export xlsx")) {
                return done(cli, "xlsx", out, XlsxExport.export(store, out));
            }
        }
    }

    @Command(name = "quotations", description = "Quotations grouped by code, for the thesis (.docx or .odt).")
    static final class Quotations implements Callable<Integer> {
        private final Cli cli;
        @Mixin CommonOptions common;
        @Parameters(index = "0", paramLabel = "PROJECT") Path project;
        @Parameters(index = "1", paramLabel = "OUT.docx|OUT.odt") Path out;
        @Option(names = "--code", paramLabel = "PATH", description = "Only this code and its sub-codes.")
        String code;

        Quotations(Cli cli) {
            this.cli = cli;
        }

        @Override
        public Integer call() {
            try (ProjectStore store = cli.open(project, "export quotations")) {
                return done(cli, out.getFileName().toString().toLowerCase(java.util.Locale.ROOT).endsWith(".odt") ? "odt" : "docx", out, QuotationsExport.export(store, out,
                        code == null ? null : CodesCommand.path(code)));
            }
        }
    }

    @Command(name = "report", description = "The codebook with its excerpts as one self-contained HTML page.")
    static final class Report implements Callable<Integer> {
        private final Cli cli;
        @Mixin CommonOptions common;
        @Parameters(index = "0", paramLabel = "PROJECT") Path project;
        @Parameters(index = "1", paramLabel = "OUT.html") Path out;

        Report(Cli cli) {
            this.cli = cli;
        }

        @Override
        public Integer call() {
            try (ProjectStore store = cli.open(project, "export report")) {
                return done(cli, "html", out, HtmlReport.export(store, out));
            }
        }
    }

    @Command(name = "iramuteq", description = "The corpus as an Iramuteq text file (participants' speech).")
    static final class Iramuteq implements Callable<Integer> {
        private final Cli cli;
        @Mixin CommonOptions common;
        @Parameters(index = "0", paramLabel = "PROJECT") Path project;
        @Parameters(index = "1", paramLabel = "OUT.txt") Path out;

        Iramuteq(Cli cli) {
            this.cli = cli;
        }

        @Override
        public Integer call() {
            try (ProjectStore store = cli.open(project, "export iramuteq")) {
                return done(cli, "iramuteq", out, IramuteqExport.export(store, out));
            }
        }
    }

    @Command(name = "tei", description = "The corpus as XML-TEI for TXM (teiCorpus, one TEI per source).")
    static final class Tei implements Callable<Integer> {
        private final Cli cli;
        @Mixin CommonOptions common;
        @Parameters(index = "0", paramLabel = "PROJECT") Path project;
        @Parameters(index = "1", paramLabel = "OUT.xml") Path out;
        @Option(names = "--licence", paramLabel = "cc-by|licence-ouverte", defaultValue = "cc-by",
                description = "The open licence written in the headers (default: ${DEFAULT-VALUE}).")
        String licence;

        Tei(Cli cli) {
            this.cli = cli;
        }

        @Override
        public Integer call() {
            TeiExport.Licence chosen = TeiExport.Licence.parse(licence);
            try (ProjectStore store = cli.open(project, "export tei")) {
                return done(cli, "tei", out, TeiExport.export(store, out, chosen));
            }
        }
    }
}
