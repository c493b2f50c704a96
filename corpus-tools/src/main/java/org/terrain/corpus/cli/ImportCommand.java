package org.terrain.corpus.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.terrain.corpus.errors.UsageException;
import org.terrain.corpus.importing.ImportOptions;
import org.terrain.corpus.importing.ImportReport;
import org.terrain.corpus.importing.ImportService;
import org.terrain.corpus.importing.TurnMode;
import org.terrain.corpus.model.SourceKind;
import org.terrain.corpus.search.SearchIndex;
import org.terrain.corpus.store.ProjectStore;
import org.terrain.corpus.task.Cancellation;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "import", description = "Import files or folders (recursive); each file is atomic.")
final class ImportCommand implements Callable<Integer> {
    private final Cli cli;
    @Mixin CommonOptions common;

    @Parameters(index = "0", paramLabel = "PROJECT")
    Path project;

    @Parameters(index = "1..*", arity = "1..*", paramLabel = "PATH")
    List<Path> paths = new ArrayList<>();

    @Option(names = "--kind", paramLabel = "interview|observation|discourse|other")
    String kind;

    @Option(names = "--case", paramLabel = "NAME")
    String caseName;

    @Option(names = "--attr", paramLabel = "KEY=VALUE")
    List<String> attributes = new ArrayList<>();

    @Option(names = "--turns", paramLabel = "auto|on|off", defaultValue = "auto")
    String turns;

    ImportCommand(Cli cli) {
        this.cli = cli;
    }

    @Override
    public Integer call() {
        SourceKind sourceKind = kind == null ? null
                : SourceKind.parse(kind).orElseThrow(() -> new UsageException("bad_kind", kind));
        TurnMode mode = TurnMode.parse(turns).orElseThrow(() -> new UsageException("bad_turns", turns));
        ImportOptions options = new ImportOptions(sourceKind, caseName, Options.attributes(attributes), mode);

        Cancellation cancellation = new Cancellation();
        ImportReport report;
        // Ctrl-C: let the file being stored finish (each file is atomic), then stop.
        try (CtrlC interrupt = CtrlC.cancels(cancellation, "terrain-import-interrupt");
             ProjectStore store = cli.open(project, "import")) {
            report = new ImportService(store).importPaths(paths, options,
                    (done, total, file) -> {
                        if (!file.isEmpty()) {
                            cli.err().println("[" + (done + 1) + "/" + total + "] " + file);
                        }
                    }, cancellation);
            // The search index follows in the same command: one commit for the whole batch.
            SearchIndex.open(store, Progress.on(cli, "indexing")).close();
        }
        print(report);
        return report.failed().isEmpty() && !report.cancelled() ? 0 : 1;
    }

    private void print(ImportReport report) {
        for (ImportReport.Failed f : report.failed()) {
            cli.err().println(cli.messages().format("import_failed_line", f.path(),
                    cli.messages().format(f.error(), f.args())));
        }
        for (ImportReport.Skipped s : report.skipped()) {
            cli.err().println(cli.messages().format("import_skipped_line", s.path(),
                    cli.messages().format("skip_" + s.reason(), s.detail())));
        }
        for (ImportReport.Imported i : report.imported()) {
            for (ImportReport.Warning w : i.warnings()) {
                cli.err().println(cli.messages().format("import_warning_line", i.path(),
                        cli.messages().format(w.code(), w.args())));
            }
        }
        cli.say("import_summary", report.imported().size(), report.skipped().size(), report.failed().size());
        if (report.cancelled()) {
            cli.say("import_cancelled");
        }
        if (!cli.json()) {
            return;
        }
        List<Map<String, Object>> imported = new ArrayList<>();
        for (ImportReport.Imported i : report.imported()) {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("path", i.path());
            row.put("source", i.source());
            row.put("kind", i.kind());
            row.put("chars", i.chars());
            row.put("words", i.words());
            row.put("turns", i.turns());
            row.put("speakers", i.speakers());
            List<Map<String, Object>> warnings = new ArrayList<>();
            for (ImportReport.Warning w : i.warnings()) {
                Map<String, Object> warning = new LinkedHashMap<>();
                warning.put("code", w.code());
                warning.put("message", cli.messages().format(w.code(), w.args()));
                warnings.add(warning);
            }
            row.put("warnings", warnings);
            imported.add(row);
        }
        List<Map<String, Object>> skipped = new ArrayList<>();
        for (ImportReport.Skipped s : report.skipped()) {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("path", s.path());
            row.put("reason", cli.messages().format("skip_" + s.reason(), s.detail()));
            row.put("code", s.reason());
            skipped.add(row);
        }
        List<Map<String, Object>> failed = new ArrayList<>();
        for (ImportReport.Failed f : report.failed()) {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("path", f.path());
            row.put("error", cli.messages().format(f.error(), f.args()));
            row.put("code", f.error());
            failed.add(row);
        }
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("imported", imported);
        out.put("skipped", skipped);
        out.put("failed", failed);
        if (report.cancelled()) {
            out.put("cancelled", true);
        }
        cli.printJson(out);
    }
}
