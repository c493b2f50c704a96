package org.terrain.corpus.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.terrain.corpus.exchange.CopyMerge;
import org.terrain.corpus.importing.ImportService;
import org.terrain.corpus.store.ProjectMerge;
import org.terrain.corpus.store.ProjectStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code merge PROJECT OTHER}: another copy's codings brought in under their own coders, as one action of the
 * log; {@code --dry-run} says what would come and changes nothing. {@code --coder} is both who merges and the
 * coder of the copy's codings that name none (a REFI-QDA file from a tool that does not record coders).
 */
@Command(name = "merge", description = "Bring in another copy's codings (a project folder or a .qdpx), each under "
        + "its own coder; nothing of PROJECT is overwritten, and merging twice adds nothing.")
final class MergeCommand implements Callable<Integer> {
    private final Cli cli;
    @Mixin CommonOptions common;

    @Parameters(index = "0", paramLabel = "PROJECT")
    Path project;

    @Parameters(index = "1", paramLabel = "OTHER", description = "The other copy: a project folder, a .qdpx or a .qde.")
    Path other;

    @Option(names = "--dry-run", description = "Say what would be merged; change nothing.")
    boolean dryRun;

    MergeCommand(Cli cli) {
        this.cli = cli;
    }

    @Override
    public Integer call() {
        long maxBytes = Long.getLong("terrain.import.maxBytes", ImportService.DEFAULT_MAX_BYTES);
        ProjectMerge.Report report;
        if (dryRun) {
            try (ProjectStore store = cli.openForReading(project, "merge")) {
                report = CopyMerge.preview(store, other, common.coder, maxBytes);
            }
        } else {
            try (ProjectStore store = cli.open(project, "merge")) {
                report = CopyMerge.merge(store, other, common.coder, maxBytes);
            }
        }
        if (cli.json()) {
            cli.printJson(json(report));
        } else {
            for (ProjectMerge.Conflict conflict : report.conflicts()) {
                cli.out().println(conflict.kind() + "\t" + conflict.subject() + "\t" + conflict.detail());
            }
            for (String source : report.sourcesUnmatched()) {
                cli.out().println("source_unmatched\t" + source);
            }
        }
        cli.say("merge_done", report.codingsAdded(), report.codesAdded(), report.sourcesMatched(),
                report.sourcesUnmatched().size());
        if (dryRun) {
            cli.say("merge_dry_run");
        }
        return 0;
    }

    static Map<String, Object> json(ProjectMerge.Report report) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("codings_added", report.codingsAdded());
        out.put("codes_added", report.codesAdded());
        out.put("sources_matched", report.sourcesMatched());
        out.put("sources_unmatched", report.sourcesUnmatched());
        List<Map<String, Object>> conflicts = new ArrayList<>();
        for (ProjectMerge.Conflict conflict : report.conflicts()) {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("kind", conflict.kind());
            row.put("subject", conflict.subject());
            row.put("detail", conflict.detail());
            conflicts.add(row);
        }
        out.put("conflicts", conflicts);
        out.put("sources_reanchored", report.sourcesReanchored());
        out.put("coders_added", report.codersAdded());
        out.put("memos_added", report.memosAdded());
        out.put("codings_present", report.codingsPresent());
        out.put("codings_left_out", report.codingsLeftOut());
        out.put("dry_run", report.dryRun());
        return out;
    }
}
