package org.terrain.corpus.exchange;

import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import org.terrain.corpus.errors.Messages;
import org.terrain.corpus.model.Memo;
import org.terrain.corpus.store.ProjectStore;

/** The project journal, oldest entry first, each under its date and title, with who wrote it. Markdown or HTML. */
public final class JournalExport {
    private JournalExport() {
    }

    /** Writes the journal; returns how many entries it holds. */
    public static int export(ProjectStore store, Path out, Messages text) {
        return export(store, out, text, Instant.now(), ZoneId.systemDefault());
    }

    static int export(ProjectStore store, Path out, Messages text, Instant generated, ZoneId zone) {
        Page.format(out);
        ExportTarget target = ExportTarget.of(store.layout(), out);
        String project = store.info().name();
        List<Memo> entries = store.memos().journal();
        String title = text.format("export.journal.title", project);
        Page.write(target, title, text.locale(), page -> {
            page.title(title);
            page.meta(text.format("export.journal.meta", entries.size(), ExportDates.day(generated, zone)));
            for (Memo entry : entries) {
                String day = ExportDates.longDay(entry.created(), zone, text.locale());
                page.heading(2, ExportFiles.blank(entry.title()) ? day : day + " — " + entry.title());
                if (!ExportFiles.blank(entry.author())) {
                    page.meta(text.format("export.memo.by", entry.author()));
                }
                page.text(entry.body());
            }
        });
        return entries.size();
    }
}
