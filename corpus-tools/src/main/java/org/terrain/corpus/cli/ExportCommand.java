package org.terrain.corpus.cli;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.terrain.corpus.errors.Messages;
import org.terrain.corpus.exchange.CodebookLogExport;
import org.terrain.corpus.exchange.CsvDialect;
import org.terrain.corpus.exchange.ExchangeService;
import org.terrain.corpus.exchange.ExportTarget;
import org.terrain.corpus.exchange.HtmlReport;
import org.terrain.corpus.exchange.IramuteqExport;
import org.terrain.corpus.exchange.JournalExport;
import org.terrain.corpus.exchange.MemosExport;
import org.terrain.corpus.exchange.PublicationLicences;
import org.terrain.corpus.exchange.PseudonymTableCsv;
import org.terrain.corpus.exchange.PseudonymisedExport;
import org.terrain.corpus.exchange.QuotationsExport;
import org.terrain.corpus.exchange.TeiExport;
import org.terrain.corpus.exchange.XlsxExport;
import org.terrain.corpus.model.Licence;
import org.terrain.corpus.store.ProjectLayout;
import org.terrain.corpus.store.OperationKind;
import org.terrain.corpus.store.ProjectStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "export", mixinStandardHelpOptions = true, description = "Export to REFI-QDA (qdpx, codebook), the segments (CSV, XLSX), quotations, "
        + "a report, Iramuteq, XML-TEI, the journal, the memos or the codebook's history.",
        subcommands = {ExportCommand.Qdpx.class, ExportCommand.CodebookQdc.class, ExportCommand.SegmentsCsv.class,
                ExportCommand.SegmentsXlsx.class, ExportCommand.Quotations.class,
                ExportCommand.Report.class, ExportCommand.Iramuteq.class, ExportCommand.Tei.class,
                ExportCommand.Journal.class, ExportCommand.Memos.class, ExportCommand.CodebookLog.class,
                ExportCommand.Pseudonyms.class})
final class ExportCommand implements Runnable {
    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new picocli.CommandLine.ParameterException(spec.commandLine(),
                "missing subcommand: qdpx, codebook, segments, xlsx, quotations, report, iramuteq, tei, journal, memos, "
                        + "codebook-log, pseudonyms");
    }

    /**
     * What every export shares: PROJECT and OUT, the project opened for the export, the count said on stderr
     * and, with --json, {@code {"format","file","count","pseudonymised"}} on stdout. A subclass says its format
     * and writes. As soon as the pseudonym table has an entry the export is pseudonymised
     * ({@link PseudonymisedExport}); {@code --originals} exports the real names, which is said on stderr and
     * recorded in the operation log.
     */
    abstract static class Export implements Callable<Integer> {
        private final Cli cli;
        @Mixin CommonOptions common;
        @Parameters(index = "0", paramLabel = "PROJECT") Path project;
        @Parameters(index = "1", paramLabel = "OUT") Path out;
        @Option(names = "--pseudonymise", description = "Replace the real names by the pseudonym table's "
                + "replacements (the default as soon as the table has an entry).")
        boolean pseudonymise;
        @Option(names = "--originals", description = "Export the real names, although the pseudonym table has "
                + "entries (said on stderr and recorded in the operation log).")
        boolean originals;

        Export(Cli cli) {
            this.cli = cli;
        }

        abstract String format();

        /** Writes {@code out}; returns how many items it holds (sources, codes, segments…). */
        abstract int export(ProjectStore store);

        /** Checks the options before the project is opened (a usage error changes nothing). */
        void check() {
        }

        /** The licence this export publishes under, when it is a publication; null for a working copy. */
        Licence publication() {
            return null;
        }

        /** Whether the pseudonym table applies (not to the table's own export). */
        boolean pseudonymisable() {
            return true;
        }

        @Override
        public Integer call() {
            check();
            if (pseudonymise && originals) {
                throw new org.terrain.corpus.errors.UsageException("export_both_modes");
            }
            // Refused before the project is opened: a path that can never be written changes nothing, not even
            // the lock. The export checks it again, for the app and for what changed meanwhile.
            ExportTarget.of(new ProjectLayout(project), out);
            int count;
            int entries = 0;
            boolean realNames = false;
            try (ProjectStore store = cli.openForReading(project, "export " + format())) {
                Licence licence = publication();
                if (licence != null) {
                    PublicationLicences.check(store, licence); // refused before anything is written
                    List<String> unrecorded = PublicationLicences.unrecorded(store);
                    if (!unrecorded.isEmpty()) {
                        cli.say("licence_unrecorded", unrecorded.size(), licence.label(), String.join(", ", unrecorded));
                    }
                }
                if (originals || !pseudonymisable()) {
                    realNames = originals && store.pseudonyms().any();
                    count = export(store);
                } else {
                    PseudonymisedExport.Result result = PseudonymisedExport.run(store, out, this::export);
                    count = result.count();
                    entries = result.entries();
                }
            }
            if (entries > 0) {
                cli.say("export_pseudonymised", entries);
            }
            if (realNames) {
                recordRealNames();
            }
            cli.say("export_done", out.toString(), count);
            if (cli.json()) {
                Map<String, Object> json = new LinkedHashMap<>();
                json.put("format", format());
                json.put("file", out.toAbsolutePath().toString());
                json.put("count", count);
                json.put("pseudonymised", entries > 0);
                cli.printJson(json);
            }
            return 0;
        }

        /** An export with the real names is an event of the log; beside the app holding the project, only said. */
        private void recordRealNames() {
            try (ProjectStore store = cli.open(project, "export " + format())) {
                store.record(OperationKind.EXPORT_ORIGINALS.with(format(), out.toAbsolutePath().toString()));
                cli.say("export_originals", out.toString());
            } catch (org.terrain.corpus.errors.ProjectLockedException held) {
                cli.say("export_originals_not_logged", out.toString());
            }
        }
    }

    /** An export that is a working copy unless {@code --licence} makes it a publication, checked then. */
    abstract static class MayBePublished extends Export {
        @Option(names = "--licence", paramLabel = "LICENCE", description = "Publish under this licence: refused when "
                + "a source's own licence forbids it (see sources licence). Without it, a working copy, not checked.")
        String licence;
        private Licence chosen;

        MayBePublished(Cli cli) {
            super(cli);
        }

        @Override
        void check() {
            chosen = licence == null ? null : PublicationLicences.parseChoice(licence);
        }

        @Override
        Licence publication() {
            return chosen;
        }
    }

    @Command(name = "qdpx", description = "The project as a REFI-QDA archive, OUT.qdpx (NVivo, ATLAS.ti, MAXQDA, QualCoder).")
    static final class Qdpx extends MayBePublished {
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

    @Command(name = "segments", description = "One CSV row per coded segment, OUT.csv (UTF-8): source, kind, case, "
            + "code, start, end, text, coder, memo, created, modified.")
    static final class SegmentsCsv extends Export {
        @Option(names = "--dialect", paramLabel = "rfc4180|excel-fr", defaultValue = "rfc4180",
                description = "rfc4180: commas, English headers, ISO-8601 UTC dates (for scripts); excel-fr: "
                        + "semicolons, byte-order mark, French headers, local dates (for a French Excel). "
                        + "Default: ${DEFAULT-VALUE}.")
        String dialect;
        private CsvDialect chosen;

        SegmentsCsv(Cli cli) {
            super(cli);
        }

        @Override
        String format() {
            return "csv";
        }

        @Override
        void check() {
            chosen = CsvDialect.parse(dialect);
        }

        @Override
        int export(ProjectStore store) {
            return org.terrain.corpus.exchange.SegmentsCsv.export(store, out, chosen);
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
    static final class Iramuteq extends MayBePublished {
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
        @Option(names = "--licence", paramLabel = "LICENCE", defaultValue = "cc-by",
                description = "The open licence the corpus is published under: cc-by, cc-by-sa, cc-by-nc, cc-by-nc-sa, "
                        + "cc-by-nd, cc-by-nc-nd, cc0, public-domain, licence-ouverte (default: ${DEFAULT-VALUE}).")
        String licence;
        private Licence chosen;

        Tei(Cli cli) {
            super(cli);
        }

        @Override
        String format() {
            return "tei";
        }

        @Override
        void check() {
            chosen = PublicationLicences.parseChoice(licence);
        }

        @Override
        Licence publication() {
            return chosen;
        }

        @Override
        int export(ProjectStore store) {
            return TeiExport.export(store, out, chosen);
        }
    }

    /** The journal, memo and codebook-history exports: Markdown or HTML after OUT's extension, in the user's language. */
    abstract static class Writing extends Export {
        private final Cli cli;

        Writing(Cli cli) {
            super(cli);
            this.cli = cli;
        }

        @Override
        String format() {
            String name = out.getFileName().toString().toLowerCase(Locale.ROOT);
            return name.endsWith(".html") || name.endsWith(".htm") ? "html" : "markdown";
        }

        /** OUT must say the format: .md (.markdown) or .html (.htm). */
        @Override
        void check() {
            if (!out.getFileName().toString().toLowerCase(Locale.ROOT).matches(".*\\.(md|markdown|html?)")) {
                throw new org.terrain.corpus.errors.UsageException("export_bad_extension", out.getFileName().toString(),
                        ".md, .html");
            }
        }

        Messages text() {
            return cli.messages();
        }
    }

    @Command(name = "journal", description = "The project journal, dated entries oldest first, OUT.md or OUT.html.")
    static final class Journal extends Writing {
        Journal(Cli cli) {
            super(cli);
        }

        @Override
        int export(ProjectStore store) {
            return JournalExport.export(store, out, text());
        }
    }

    @Command(name = "memos", description = "The memos on the project, sources, codes and segments, grouped, OUT.md or OUT.html.")
    static final class Memos extends Writing {
        Memos(Cli cli) {
            super(cli);
        }

        @Override
        int export(ProjectStore store) {
            return MemosExport.export(store, out, text());
        }
    }

    @Command(name = "codebook-log", description = "The codebook's changes from the operation log, dated, for a methods "
            + "chapter (undone ones apart), OUT.md or OUT.html.")
    static final class CodebookLog extends Writing {
        CodebookLog(Cli cli) {
            super(cli);
        }

        @Override
        int export(ProjectStore store) {
            return CodebookLogExport.export(store, out, text());
        }
    }

    @Command(name = "pseudonyms", description = "The pseudonym table, OUT.csv: original, replacement, category, "
            + "case, occurrences. It holds the real names: keep it apart from what you publish.")
    static final class Pseudonyms extends Export {
        @Option(names = "--dialect", paramLabel = "rfc4180|excel-fr", defaultValue = "rfc4180",
                description = "As for the segments (default: ${DEFAULT-VALUE}).")
        String dialect;
        private CsvDialect chosen;
        private final Cli cli;

        Pseudonyms(Cli cli) {
            super(cli);
            this.cli = cli;
        }

        @Override
        String format() {
            return "pseudonyms";
        }

        @Override
        boolean pseudonymisable() {
            return false;
        }

        @Override
        void check() {
            chosen = CsvDialect.parse(dialect);
        }

        @Override
        int export(ProjectStore store) {
            int count = PseudonymTableCsv.export(store, out, chosen);
            cli.say("pseudonyms_export_warning", out.toString());
            return count;
        }
    }
}
