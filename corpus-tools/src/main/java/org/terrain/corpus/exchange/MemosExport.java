package org.terrain.corpus.exchange;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import org.terrain.corpus.errors.Messages;
import org.terrain.corpus.model.Memo.MemoTarget;
import org.terrain.corpus.store.MemoInfo;
import org.terrain.corpus.store.ProjectStore;

/**
 * Every memo but the journal's entries, grouped by what it is about: the project, then each source, each code
 * (in tree order), each coded segment (its code and source, then the words coded). Markdown or HTML.
 */
public final class MemosExport {
    private MemosExport() {
    }

    /** Writes the memos; returns how many it holds. */
    public static int export(ProjectStore store, Path out, Messages text) {
        return export(store, out, text, Instant.now(), ZoneId.systemDefault());
    }

    static int export(ProjectStore store, Path out, Messages text, Instant generated, ZoneId zone) {
        Page.format(out);
        ExportTarget target = ExportTarget.of(store.layout(), out);
        String project = store.info().name();
        List<MemoInfo> memos = store.memos().list().stream()
                .filter(info -> info.memo().target() != MemoTarget.JOURNAL).toList();
        String title = text.format("export.memos.title", project);
        Page.write(target, title, text.locale(), page -> {
            page.title(title);
            page.meta(text.format("export.memos.meta", memos.size(), ExportDates.day(generated, zone)));
            section(page, memos, MemoTarget.PROJECT, text.format("export.memos.project"), text, false);
            section(page, memos, MemoTarget.SOURCE, text.format("export.memos.sources"), text, true);
            section(page, memos, MemoTarget.CODE, text.format("export.memos.codes"), text, true);
            section(page, memos, MemoTarget.SEGMENT, text.format("export.memos.segments"), text, true);
        });
        return memos.size();
    }

    private static void section(Page page, List<MemoInfo> memos, MemoTarget target, String heading, Messages text,
                                boolean named) throws IOException {
        List<MemoInfo> own = memos.stream().filter(info -> info.memo().target() == target).toList();
        if (own.isEmpty()) {
            return;
        }
        page.heading(2, heading);
        for (MemoInfo info : own) {
            if (named) {
                page.heading(3, info.about());
            }
            if (info.quote() != null) {
                page.quote(info.quote());
            }
            if (!ExportFiles.blank(info.memo().author())) {
                page.meta(text.format("export.memo.by", info.memo().author()));
            }
            page.text(info.memo().body());
        }
    }
}
