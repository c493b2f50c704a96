package org.terrain.corpus.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.terrain.corpus.analysis.AgreementMethods;
import org.terrain.corpus.analysis.AgreementRequest;
import org.terrain.corpus.analysis.AgreementResult;
import org.terrain.corpus.analysis.AgreementService;
import org.terrain.corpus.errors.UsageException;
import org.terrain.corpus.exchange.AgreementTable;
import org.terrain.corpus.exchange.CsvDialect;
import org.terrain.corpus.exchange.ExportTarget;
import org.terrain.corpus.exchange.PseudonymisedExport;
import org.terrain.corpus.store.ProjectStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "agreement", description = "Inter-coder agreement of two coders, per code and overall: percent "
        + "agreement, Cohen's kappa and Krippendorff's alpha on the code points of speech, MAXQDA's segment "
        + "agreement; and the disagreements.")
final class AgreementCommand implements Callable<Integer> {
    private final Cli cli;
    @Mixin CommonOptions common;

    @Parameters(index = "0", paramLabel = "PROJECT")
    Path project;

    @Option(names = "--coders", required = true, paramLabel = "A,B",
            description = "The two coders, by name or id (see \"terrain coders list\").")
    String coders;

    @Option(names = "--code", paramLabel = "PATH", description = "Only this code and its sub-codes, each on its own "
            + "row (repeatable). Default: every code either coder used.")
    List<String> codes = new ArrayList<>();

    @Option(names = "--source", paramLabel = "NAME", description = "Only this source (repeatable). Default: every source.")
    List<String> sources = new ArrayList<>();

    @Option(names = "--overlap", paramLabel = "PCT", defaultValue = "90",
            description = "Segment agreement: overlap asked of the longer segment, in %% (default ${DEFAULT-VALUE}).")
    double overlap;

    @Option(names = "--coded-by-both", description = "Only the sources where both coders coded something.")
    boolean codedByBoth;

    @Option(names = "--by-source", description = "Without --json: a line per source and code too.")
    boolean bySource;

    @Option(names = "--csv", paramLabel = "OUT", description = "Also write the table as CSV.")
    Path csv;

    @Option(names = "--dialect", paramLabel = "rfc4180|excel-fr", defaultValue = "rfc4180",
            description = "The CSV's dialect (default ${DEFAULT-VALUE}).")
    String dialect;

    @Option(names = "--xlsx", paramLabel = "OUT", description = "Also write the table and the disagreements as XLSX.")
    Path xlsx;

    @Option(names = "--methods", description = "Without --json: print the methods paragraph (in French) instead "
            + "of the table.")
    boolean methods;

    AgreementCommand(Cli cli) {
        this.cli = cli;
    }

    @Override
    public Integer call() {
        String[] pair = coders.split(",", -1);
        if (pair.length != 2 || pair[0].isBlank() || pair[1].isBlank()) {
            throw new UsageException("agreement_two_coders", coders);
        }
        if (!(overlap >= 0 && overlap <= 100)) {
            throw new UsageException("agreement_bad_overlap", overlap);
        }
        CsvDialect chosen = CsvDialect.parse(dialect);
        try (ProjectStore store = cli.openForReading(project, "agreement")) {
            AgreementResult result = new AgreementService(store).compare(new AgreementRequest(pair[0].strip(),
                    pair[1].strip(), codes, sources, overlap, codedByBoth));
            if (csv != null) {
                PseudonymisedExport.names(store, csv,
                        names -> AgreementTable.writeCsv(result, ExportTarget.of(store.layout(), csv), chosen, names));
            }
            if (xlsx != null) {
                PseudonymisedExport.names(store, xlsx,
                        names -> AgreementTable.writeXlsx(result, ExportTarget.of(store.layout(), xlsx), names));
            }
            if (cli.json()) {
                cli.printJson(json(result));
            } else if (methods) {
                cli.out().println(AgreementMethods.french(result));
            } else {
                print(result);
            }
        }
        return 0;
    }

    static Map<String, Object> json(AgreementResult result) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("coders", List.of(coder(result.a()), coder(result.b())));
        out.put("overlap", result.overlapPercent());
        out.put("units", result.units());
        out.put("sources", result.sources());
        List<Map<String, Object>> codes = new ArrayList<>();
        result.codes().forEach(row -> codes.add(row(row)));
        out.put("codes", codes);
        out.put("overall", row(result.overall()));
        List<Map<String, Object>> bySource = new ArrayList<>();
        result.bySource().forEach(row -> bySource.add(row(row)));
        out.put("by_source", bySource);
        List<Map<String, Object>> disagreements = new ArrayList<>();
        for (AgreementResult.Disagreement d : result.disagreements()) {
            Map<String, Object> item = new LinkedHashMap<>();
            item.put("source", d.source());
            item.put("code", d.code());
            item.put("start", d.start());
            item.put("end", d.end());
            item.put("coder", d.coder());
            disagreements.add(item);
        }
        out.put("disagreements", disagreements);
        return out;
    }

    private static Map<String, Object> coder(org.terrain.corpus.model.Coder coder) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("id", coder.id());
        out.put("guid", coder.guid());
        out.put("name", coder.name());
        return out;
    }

    private static Map<String, Object> row(AgreementResult.Row row) {
        Map<String, Object> out = new LinkedHashMap<>();
        if (row.source() != null) {
            out.put("source", row.source());
        }
        if (row.code() != null) {
            out.put("code", row.code());
        }
        out.put("percent", row.percent());
        out.put("kappa", row.kappa());
        out.put("alpha", row.alpha());
        out.put("segments_a", row.segmentsA());
        out.put("segments_b", row.segmentsB());
        out.put("segment_agreement", row.segmentAgreement());
        out.put("units", row.table().units());
        out.put("both", row.table().both());
        out.put("a_only", row.table().aOnly());
        out.put("b_only", row.table().bOnly());
        out.put("neither", row.table().neither());
        return out;
    }

    private void print(AgreementResult result) {
        int sources = result.sources().size();
        cli.out().printf(Locale.ROOT, "%s (A) and %s (B): %d source%s, %,d code points of speech, overlap %s%%%n",
                result.a().name(), result.b().name(), sources, sources == 1 ? "" : "s", result.units(),
                new java.text.DecimalFormat("0.#", java.text.DecimalFormatSymbols.getInstance(Locale.ROOT))
                        .format(result.overlapPercent()));
        String format = "%-40s %8s %7s %7s %6s %6s %8s%n";
        cli.out().printf(Locale.ROOT, format, "code", "agree%", "kappa", "alpha", "seg A", "seg B", "seg agr%");
        for (AgreementResult.Row row : result.codes()) {
            line(format, row.code(), row);
        }
        line(format, AgreementTable.OVERALL, result.overall());
        if (bySource) {
            cli.out().println();
            for (AgreementResult.Row row : result.bySource()) {
                line(format, row.source() + " · " + row.code(), row);
            }
        }
        cli.out().printf(Locale.ROOT, "%n%d disagreements%n", result.disagreements().size());
    }

    private void line(String format, String label, AgreementResult.Row row) {
        cli.out().printf(Locale.ROOT, format, label, String.format(Locale.ROOT, "%.1f", 100 * row.percent()),
                String.format(Locale.ROOT, "%.3f", row.kappa()), String.format(Locale.ROOT, "%.3f", row.alpha()),
                row.segmentsA(), row.segmentsB(), String.format(Locale.ROOT, "%.1f", 100 * row.segmentAgreement()));
    }
}
