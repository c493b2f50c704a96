package org.terrain.corpus.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.terrain.corpus.model.Operation;
import org.terrain.corpus.store.ProjectStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

@Command(name = "redo", description = "Redo the latest action (through the operation log).")
final class RedoCommand implements Callable<Integer> {
    private final Cli cli;
    @Mixin CommonOptions common;

    @Parameters(index = "0", paramLabel = "PROJECT")
    Path project;

    RedoCommand(Cli cli) {
        this.cli = cli;
    }

    @Override
    public Integer call() {
        try (ProjectStore store = cli.open(project, "redo")) {
            Operation op = store.redo();
            if (cli.json()) {
                cli.printJson(LogCommand.row(op));
            }
            cli.say("redo_done", op.summary());
        }
        return 0;
    }
}
