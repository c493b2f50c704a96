package org.terrain.corpus.exchange;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.terrain.corpus.errors.Messages;
import org.terrain.corpus.store.CodebookChange;
import org.terrain.corpus.store.OperationKind;
import org.terrain.corpus.store.ProjectStore;

/**
 * The codebook's history for a methods chapter, from the operation log: the changes in force (numbered as in
 * {@code terrain log}, dated, with who made them, and whether they were undone then redone), then, apart, the
 * changes that were undone, with when and by whom. Markdown or HTML (see {@link Page}).
 */
public final class CodebookLogExport {
    private CodebookLogExport() {
    }

    /** Writes the history; returns how many changes it names. */
    public static int export(ProjectStore store, Path out, Messages text) {
        Page.format(out);
        ExportTarget target = ExportTarget.of(store.layout(), out);
        return write(store.info().name(), store.codebookHistory(), target, text, Instant.now(), ZoneId.systemDefault());
    }

    static int write(String project, List<CodebookChange> changes, ExportTarget out, Messages text, Instant generated,
                     ZoneId zone) {
        List<List<String>> inForce = new ArrayList<>();
        List<List<String>> undone = new ArrayList<>();
        for (CodebookChange change : changes) {
            String seq = String.valueOf(change.operation().seq());
            String when = CodebookLogText.when(change.operation().at(), zone);
            String what = CodebookLogText.describe(change, text);
            String fate = CodebookLogText.fate(change, text, zone);
            if (change.inForce()) {
                inForce.add(List.of(seq, when, change.operation().who(), fate.isEmpty() ? what : what + " (" + fate + ")"));
            } else {
                undone.add(List.of(seq, when, change.operation().who(), what, fate));
            }
        }
        List<String> header = List.of(text.format("export.log.seq"), text.format("export.log.date"),
                text.format("export.log.who"), text.format("export.log.change"));
        Page.write(out, text.format("export.codebook_log.title", project), text.locale(), page -> {
            page.title(text.format("export.codebook_log.title", project));
            page.meta(text.format("export.codebook_log.meta", inForce.size(), undone.size(),
                    ExportDates.day(generated, zone)));
            for (var reviewer : reviewed(changes).entrySet()) {
                page.meta(text.format("export.codebook_log.reviewed", reviewer.getKey(), reviewer.getValue()[0],
                        reviewer.getValue()[1]));
            }
            page.heading(2, text.format("export.codebook_log.in_force"));
            table(page, header, inForce, text);
            if (!undone.isEmpty()) {
                page.heading(2, text.format("export.codebook_log.undone"));
                List<String> withFate = new ArrayList<>(header);
                withFate.add(text.format("export.log.fate"));
                table(page, withFate, undone, text);
            }
        });
        return changes.size();
    }

    /**
     * Per reviewer, the codings recoded and removed on their verdicts and still so: what a methods chapter
     * reports (« 14 extraits recodés après relecture par … »).
     */
    static java.util.Map<String, int[]> reviewed(List<CodebookChange> changes) {
        java.util.Map<String, int[]> out = new java.util.TreeMap<>();
        for (CodebookChange change : changes) {
            var message = change.operation().message();
            if (!change.inForce() || message == null || message.args().isEmpty()) {
                continue;
            }
            int which = message.key().equals(OperationKind.REVIEW_ACCEPT_RECODE.key()) ? 0
                    : message.key().equals(OperationKind.REVIEW_ACCEPT_CONTEST.key()) ? 1 : -1;
            if (which >= 0) {
                out.computeIfAbsent(String.valueOf(message.args().getFirst()), k -> new int[2])[which]++;
            }
        }
        return out;
    }

    private static void table(Page page, List<String> header, List<List<String>> rows, Messages text)
            throws IOException {
        if (rows.isEmpty()) {
            page.meta(text.format("export.codebook_log.none"));
        } else {
            page.table(header, rows);
        }
    }
}
