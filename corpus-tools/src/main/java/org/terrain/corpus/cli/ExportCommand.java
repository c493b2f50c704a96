package org.terrain.corpus.cli;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Locale;
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
        throw new picocli.CommandLine.ParameterException(spec.commandLine(),
                "missing subcommand: qdpx, codebook, segments, xlsx, quotations, report, iramuteq, tei");
    }

    /**
     * What every export shares: PROJECT and OUT, the project opened for the export, the count said on stderr
     * and, with --json, {@code {"format","file","count"}} on stdout. A subclass says its format and writes.
     */
    abstract static class Export implements Callable<Integer> {
        private final Cli cli;
        @Mixin CommonOptions common;
        @Parameters(index = "0", paramLabel = "PROJECT") Path project;
        @Parameters(index = "1", paramLabel = "OUT") Path out;

        Export(Cli cli) {
            this.cli = cli;
        }

        abstract String format();

        /** Writes {@code out}; returns how many items it holds (sources, codes, segments…). */
        abstract int export(ProjectStore store);

        /** Checks the options before the project is opened (a usage error changes nothing). */
        void check() {
        }

        @Override
        public Integer call() {
            check();
            int count;
            try (ProjectStore store = cli.open(project, "export " + format())) {
                count = export(store);
            }
            cli.say("export_done", out.toString(), count);
            if (cli.json()) {
                Map<String, Object> json = new LinkedHashMap<>();
                json.put("format", format());
                json.put("file", out.toAbsolutePath().toString());
                json.put("count", count);
                cli.printJson(json);
            }
            return 0;
        }
    }

    @Command(name = "qdpx", description = "The project as a REFI-QDA archive, OUT.qdpx (NVivo, ATLAS.ti, MAXQDA, QualCoder).")
    static final class Qdpx extends Export {
        Qdpx(Cli cli) {
            super(cli);
        }

        @Override
        String format() {
            return "qdpx";
        }

        @Override
        int export(ProjectStore store) {
            ExchangeService.exportQdpx(store, out);
            return store.sources().names().size();
        }
    }

    @Command(name = "codebook", description = "The code tree as a REFI-QDA codebook, OUT.qdc.")
    static final class CodebookQdc extends Export {
        CodebookQdc(Cli cli) {
            super(cli);
        }

        @Override
        String format() {
            return "qdc";
        }

        @Override
        int export(ProjectStore store) {
            return ExchangeService.exportCodebook(store, out);
        }
    }

    @Command(name = "segments", description = "One CSV row per coded segment, OUT.csv (UTF-8, RFC 4180).")
    static final class SegmentsCsv extends Export {
        SegmentsCsv(Cli cli) {
            super(cli);
        }

        @Override
        String format() {
            return "csv";
        }

        @Override
        int export(ProjectStore store) {
            return ExchangeService.exportSegments(store, out);
        }
    }

    @Command(name = "xlsx", description = "One row per coded segment with its source's attributes, OUT.xlsx.")
    static final class SegmentsXlsx extends Export {
        SegmentsXlsx(Cli cli) {
            super(cli);
        }

        @Override
        String format() {
            return "xlsx";
        }

        @Override
        int export(ProjectStore store) {
            return XlsxExport.export(store, out);
        }
    }

    @Command(name = "quotations", description = "Quotations grouped by code for the thesis, OUT.docx or OUT.odt.")
    static final class Quotations extends Export {
        @Option(names = "--code", paramLabel = "PATH", description = "Only this code and its sub-codes.")
        String code;

        Quotations(Cli cli) {
            super(cli);
        }

        @Override
        String format() {
            return out.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".odt") ? "odt" : "docx";
        }

        @Override
        int export(ProjectStore store) {
            return QuotationsExport.export(store, out, code == null ? null : CodesCommand.path(code));
        }
    }

    @Command(name = "report", description = "The codebook with its excerpts as one self-contained page, OUT.html.")
    static final class Report extends Export {
        Report(Cli cli) {
            super(cli);
        }

        @Override
        String format() {
            return "html";
        }

        @Override
        int export(ProjectStore store) {
            return HtmlReport.export(store, out);
        }
    }

    @Command(name = "iramuteq", description = "The corpus as an Iramuteq text file (participants' speech), OUT.txt.")
    static final class Iramuteq extends Export {
        Iramuteq(Cli cli) {
            super(cli);
        }

        @Override
        String format() {
            return "iramuteq";
        }

        @Override
        int export(ProjectStore store) {
            return IramuteqExport.export(store, out);
        }
    }

    @Command(name = "tei", description = "The corpus as XML-TEI for TXM (teiCorpus, one TEI per source), OUT.xml.")
    static final class Tei extends Export {
        @Option(names = "--licence", paramLabel = "cc-by|licence-ouverte", defaultValue = "cc-by",
                description = "The open licence written in the headers (default: ${DEFAULT-VALUE}).")
        String licence;
        private TeiExport.Licence chosen;

        Tei(Cli cli) {
            super(cli);
        }

        @Override
        String format() {
            return "tei";
        }

        @Override
        void check() {
            chosen = TeiExport.Licence.parse(licence);
        }

        @Override
        int export(ProjectStore store) {
            return TeiExport.export(store, out, chosen);
        }
    }
}
