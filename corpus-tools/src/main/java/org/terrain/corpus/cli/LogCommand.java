package org.terrain.corpus.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.terrain.corpus.errors.Messages;
import org.terrain.corpus.model.Operation;
import org.terrain.corpus.store.OperationWords;
import org.terrain.corpus.store.ProjectStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "log", description = "The operation log: who changed what, when (the audit trail).")
final class LogCommand implements Callable<Integer> {
    private final Cli cli;
    @Mixin CommonOptions common;

    @Parameters(index = "0", paramLabel = "PROJECT")
    Path project;

    @Option(names = "--limit", defaultValue = "100")
    int limit;

    LogCommand(Cli cli) {
        this.cli = cli;
    }

    @Override
    public Integer call() {
        try (ProjectStore store = cli.openForReading(project, "log")) {
            List<Map<String, Object>> rows = new ArrayList<>();
            for (Operation op : store.log(limit)) {
                if (cli.json()) {
                    rows.add(row(op, cli.messages()));
                } else {
                    cli.out().println(op.seq() + "\t" + op.at() + "\t" + op.who() + "\t" + op.action()
                            + (op.undone() ? cli.messages().format("log.undone_mark") : "") + "\t"
                            + OperationWords.describe(op, cli.messages()));
                }
            }
            if (cli.json()) {
                cli.printJson(rows);
            }
        }
        return 0;
    }

    /**
     * One entry: {@code message} is what it did in the reader's language, from {@code message_key} and
     * {@code message_args} (null for entries older than message keys, which have their English summary only).
     */
    static Map<String, Object> row(Operation op, Messages words) {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("seq", op.seq());
        row.put("at", op.at().toString());
        row.put("who", op.who());
        row.put("action", op.action());
        row.put("summary", op.summary());
        row.put("message", OperationWords.describe(op, words));
        row.put("message_key", op.message() == null ? null : op.message().key());
        row.put("message_args", op.message() == null ? null : op.message().args());
        row.put("undo_of", op.undoOf());
        row.put("undone", op.undone());
        return row;
    }
}
