package org.terrain.corpus.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.terrain.corpus.store.Backups;
import org.terrain.corpus.store.ProjectStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "backup", description = "Take a backup now (--list: list the backups kept, each checked).")
final class BackupCommand implements Callable<Integer> {
    private final Cli cli;
    @Mixin CommonOptions common;

    @Parameters(index = "0", paramLabel = "PROJECT")
    Path project;

    @Option(names = "--list", description = "List the backups, saying which fail SQLite's check.")
    boolean list;

    BackupCommand(Cli cli) {
        this.cli = cli;
    }

    @Override
    public Integer call() {
        if (!list) {
            try (ProjectStore store = cli.open(project, "backup")) {
                store.backup(Backups.Reason.ON_REQUEST);
            }
        }
        // Listing does not open the project: it is how one chooses what to restore when it cannot be opened.
        BackupListing.print(cli, project);
        return 0;
    }
}
