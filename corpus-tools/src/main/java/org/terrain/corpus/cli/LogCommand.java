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

/**
 * {@code terrain log}: one line per user action, an action of several entries (a folder import, one entry per
 * file) on one line with its range of numbers; {@code --json} gives every entry, each with its batch.
 */
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
            List<Operation> entries = store.log(limit);
            if (cli.json()) {
                cli.printJson(entries.stream().map(op -> row(op, cli.messages())).toList());
                return 0;
            }
            for (List<Operation> action : actions(entries)) {
                Operation op = action.getFirst();
                Operation last = action.getLast();
                cli.out().println((action.size() == 1 ? String.valueOf(op.seq()) : op.seq() + "-" + last.seq())
                        + "\t" + op.at() + "\t" + op.who() + "\t" + op.action()
                        + (action.stream().allMatch(Operation::undone) ? cli.messages().format("log.undone_mark") : "")
                        + "\t" + summary(cli, op, action.size()));
            }
        }
        return 0;
    }

    /** The entries in runs of one action: those of one batch that follow each other, or an entry alone. */
    private static List<List<Operation>> actions(List<Operation> entries) {
        List<List<Operation>> out = new ArrayList<>();
        for (Operation op : entries) {
            List<Operation> current = out.isEmpty() ? null : out.getLast();
            if (current != null && op.batch() != 0 && current.getLast().batch() == op.batch()) {
                current.add(op);
            } else {
                out.add(new ArrayList<>(List.of(op)));
            }
        }
        return out;
    }

    /**
     * What an action's first entry did, in the reader's language, and how many more entries it holds when it
     * holds several.
     */
    static String summary(Cli cli, Operation first, int entries) {
        String words = OperationWords.describe(first, cli.messages());
        return entries <= 1 ? words : cli.messages().format("log_batch", words, entries - 1);
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
        row.put("batch", op.batch());
        return row;
    }
}
