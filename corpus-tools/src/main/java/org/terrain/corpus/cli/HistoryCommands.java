package org.terrain.corpus.cli;

import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.Function;
import org.terrain.corpus.model.Operation;
import org.terrain.corpus.store.ProjectStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/**
 * {@code undo} and {@code redo}: one step back or forward through the operation log; a step takes a whole action,
 * every file of a folder import.
 */
final class HistoryCommands {
    private HistoryCommands() {
    }

    private static int step(Cli cli, Path project, String name, Function<ProjectStore, Operation> move) {
        try (ProjectStore store = cli.open(project, name)) {
            Operation op = move.apply(store);
            if (cli.json()) {
                Map<String, Object> row = LogCommand.row(op, cli.messages());
                row.put("entries", op.entries());
                cli.printJson(row);
            }
            cli.say(name + "_done", LogCommand.summary(cli, op, op.entries()));
        }
        return 0;
    }

    @Command(name = "undo", description = "Undo the latest action (through the operation log).")
    static final class Undo implements Callable<Integer> {
        private final Cli cli;
        @Mixin CommonOptions common;
        @Parameters(index = "0", paramLabel = "PROJECT") Path project;

        Undo(Cli cli) {
            this.cli = cli;
        }

        @Override
        public Integer call() {
            return step(cli, project, "undo", ProjectStore::undo);
        }
    }

    @Command(name = "redo", description = "Redo the latest undone action, unless a new action came since.")
    static final class Redo implements Callable<Integer> {
        private final Cli cli;
        @Mixin CommonOptions common;
        @Parameters(index = "0", paramLabel = "PROJECT") Path project;

        Redo(Cli cli) {
            this.cli = cli;
        }

        @Override
        public Integer call() {
            return step(cli, project, "redo", ProjectStore::redo);
        }
    }
}
