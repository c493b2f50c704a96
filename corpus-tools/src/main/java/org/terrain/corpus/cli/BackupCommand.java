package org.terrain.corpus.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.terrain.corpus.store.Backups;
import org.terrain.corpus.store.ProjectStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "backup", description = "Take a backup now (--list: list the backups kept).")
final class BackupCommand implements Callable<Integer> {
    private final Cli cli;
    @Mixin CommonOptions common;

    @Parameters(index = "0", paramLabel = "PROJECT")
    Path project;

    @Option(names = "--list")
    boolean list;

    BackupCommand(Cli cli) {
        this.cli = cli;
    }

    @Override
    public Integer call() {
        try (ProjectStore store = cli.open(project, "backup")) {
            if (!list) {
                store.backup(Backups.Reason.ON_REQUEST);
            }
            List<Map<String, Object>> rows = new ArrayList<>();
            for (Backups.Backup b : store.backups().list()) {
                Map<String, Object> row = new LinkedHashMap<>();
                row.put("file", b.file().toString());
                row.put("taken", b.taken().toString());
                row.put("seq", b.seq());
                row.put("reason", b.reason());
                rows.add(row);
                if (!cli.json()) {
                    cli.out().println(b.taken() + "\t" + b.reason() + "\t" + b.file());
                }
            }
            if (cli.json()) {
                cli.printJson(rows);
            }
        }
        return 0;
    }
}
