package org.terrain.corpus.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.terrain.corpus.errors.NotAProjectException;
import org.terrain.corpus.store.Backups;
import org.terrain.corpus.store.ProjectLayout;

/**
 * The backups of a project, each checked, as {@code backup --list} and {@code restore --list} print them: one
 * line each (date, size, reason, intact or DAMAGED, file) or JSON {@code [{"file","name","taken","size","seq",
 * "reason","ok"}]}, then on stderr which ones are damaged. Reads the folder without opening the project, so it
 * works when the database is damaged or gone.
 */
final class BackupListing {
    private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss")
            .withZone(ZoneId.systemDefault());

    private BackupListing() {
    }

    static void print(Cli cli, Path project) {
        ProjectLayout layout = new ProjectLayout(project);
        if (!Files.isDirectory(layout.backups()) && !Files.exists(layout.database())) {
            throw new NotAProjectException(project.toString());
        }
        List<Backups.Checked> all = Backups.in(layout).checked();
        List<Map<String, Object>> rows = new ArrayList<>();
        List<String> damaged = new ArrayList<>();
        for (Backups.Checked c : all) {
            Backups.Backup b = c.backup();
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("file", b.file().toString());
            row.put("name", b.name());
            row.put("taken", b.taken().toString());
            row.put("size", c.size());
            row.put("seq", b.seq());
            row.put("reason", b.reason());
            row.put("ok", c.ok());
            rows.add(row);
            if (!c.ok()) {
                damaged.add(b.name());
            }
            if (!cli.json()) {
                cli.out().println(LOCAL.format(b.taken()) + "\t" + size(c.size()) + "\t" + b.reason() + "\t"
                        + cli.messages().format(c.ok() ? "backup_ok" : "backup_damaged_mark") + "\t" + b.name());
            }
        }
        if (cli.json()) {
            cli.printJson(rows);
        }
        if (all.isEmpty()) {
            cli.say("backups_none", project);
        }
        if (!damaged.isEmpty()) {
            cli.say("backups_damaged", damaged.size(), String.join(", ", damaged));
        }
    }

    private static String size(long bytes) {
        if (bytes < 1024 * 1024) {
            return Math.max(1, (bytes + 1023) / 1024) + " KiB";
        }
        return String.format(java.util.Locale.ROOT, "%.1f MiB", bytes / (1024.0 * 1024.0));
    }
}
