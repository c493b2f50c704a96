package org.terrain.corpus.cli;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import org.terrain.corpus.store.Restore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "restore", description = "List the backups (each checked), or put one back in place of the "
        + "database; the current database is kept as a before-restore backup first.")
final class RestoreCommand implements Callable<Integer> {
    private final Cli cli;
    @Mixin CommonOptions common;

    @Parameters(index = "0", paramLabel = "PROJECT")
    Path project;

    @Parameters(index = "1", paramLabel = "BACKUP", arity = "0..1",
            description = "A file name from the list, or a path inside backups/.")
    String backup;

    @Option(names = "--list", description = "List the backups (the default without BACKUP).")
    boolean list;

    RestoreCommand(Cli cli) {
        this.cli = cli;
    }

    @Override
    public Integer call() {
        if (list || backup == null) {
            BackupListing.print(cli, project);
            return 0;
        }
        Restore.Restored done = Restore.run(project, backup, "terrain restore");
        String restored = done.restored().getFileName().toString();
        if (cli.json()) {
            Map<String, Object> out = new LinkedHashMap<>();
            out.put("restored", done.restored().toString());
            out.put("saved_as", done.savedAs() == null ? null : done.savedAs().toString());
            cli.printJson(out);
        }
        if (done.savedAs() == null) {
            cli.say("restore_done_nothing_saved", project, restored);
        } else {
            cli.say("restore_done", project, restored, done.savedAs().getFileName());
        }
        return 0;
    }
}
