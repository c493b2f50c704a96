package org.terrain.corpus.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.terrain.corpus.errors.UsageException;
import org.terrain.corpus.exchange.Occurrences;
import org.terrain.corpus.pseudonym.PseudonymCategory;
import org.terrain.corpus.pseudonym.PseudonymEntry;
import org.terrain.corpus.pseudonym.PseudonymTable;
import org.terrain.corpus.store.ProjectStore;
import org.terrain.corpus.store.PseudonymStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code pseudonyms}: the table that replaces every real name in the exports. */
@Command(name = "pseudonyms", mixinStandardHelpOptions = true, description = "The pseudonym table: every export "
        + "replaces each original by its replacement (originals are never changed).",
        subcommands = {PseudonymsCommand.Add.class, PseudonymsCommand.ListEntries.class, PseudonymsCommand.Remove.class,
                PseudonymsCommand.Ignore.class, PseudonymsCommand.Unignore.class, PseudonymsSuggestCommand.class})
final class PseudonymsCommand implements Runnable {
    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new picocli.CommandLine.ParameterException(spec.commandLine(),
                "missing subcommand: add, list, remove, ignore, unignore, suggest");
    }

    @Command(name = "add", description = "One entry: ORIGINAL becomes REPLACEMENT in every export, project-wide or "
            + "in one case's sources; adding an original again changes its replacement. Undoable.")
    static final class Add implements Callable<Integer> {
        private final Cli cli;
        @Mixin CommonOptions common;
        @Parameters(index = "0", paramLabel = "PROJECT") Path project;
        @Parameters(index = "1", paramLabel = "ORIGINAL") String original;
        @Option(names = "--as", required = true, paramLabel = "REPLACEMENT") String replacement;
        @Option(names = "--category", paramLabel = "person|place|organisation|other", defaultValue = "person",
                description = "Default: ${DEFAULT-VALUE}.")
        String category;
        @Option(names = "--case", paramLabel = "NAME", description = "Only in the sources of this case.")
        String caseName;

        Add(Cli cli) {
            this.cli = cli;
        }

        @Override
        public Integer call() {
            PseudonymCategory chosen = PseudonymCategory.parse(category)
                    .orElseThrow(() -> new UsageException("pseudonym_bad_category", category));
            PseudonymStore.Outcome outcome;
            try (ProjectStore store = cli.open(project, "pseudonyms add")) {
                outcome = store.pseudonyms().put(original, replacement, chosen, caseName);
            }
            cli.say(outcome == PseudonymStore.Outcome.ADDED ? "pseudonym_added" : "pseudonym_edited",
                    original.strip(), replacement.strip());
            if (cli.json()) {
                Map<String, Object> json = new LinkedHashMap<>();
                json.put("original", original.strip());
                json.put("replacement", replacement.strip());
                json.put("category", chosen.id());
                json.put("case", caseName);
                json.put("outcome", outcome.name().toLowerCase(java.util.Locale.ROOT));
                cli.printJson(json);
            }
            return 0;
        }
    }

    @Command(name = "list", description = "The table: original, replacement, category, case, occurrences in the "
            + "sources.")
    static final class ListEntries implements Callable<Integer> {
        private final Cli cli;
        @Mixin CommonOptions common;
        @Parameters(index = "0", paramLabel = "PROJECT") Path project;

        ListEntries(Cli cli) {
            this.cli = cli;
        }

        @Override
        public Integer call() {
            PseudonymTable table;
            Map<PseudonymEntry, Integer> counts;
            try (ProjectStore store = cli.openForReading(project, "pseudonyms list")) {
                table = store.pseudonyms().table();
                counts = Occurrences.count(store, table);
            }
            if (cli.json()) {
                List<Map<String, Object>> rows = new ArrayList<>();
                for (PseudonymEntry entry : table.entries()) {
                    Map<String, Object> row = new LinkedHashMap<>();
                    row.put("original", entry.original());
                    row.put("replacement", entry.replacement());
                    row.put("category", entry.category().id());
                    row.put("case", entry.caseName());
                    row.put("occurrences", counts.getOrDefault(entry, 0));
                    rows.add(row);
                }
                cli.printJson(rows);
            } else {
                for (PseudonymEntry entry : table.entries()) {
                    cli.out().println(entry.original() + "\t" + entry.replacement() + "\t" + entry.category().id()
                            + "\t" + (entry.caseName() == null ? "" : entry.caseName()) + "\t"
                            + counts.getOrDefault(entry, 0));
                }
            }
            return 0;
        }
    }

    @Command(name = "remove", description = "Removes the entry of ORIGINAL (project-wide, or of one case). Undoable.")
    static final class Remove implements Callable<Integer> {
        private final Cli cli;
        @Mixin CommonOptions common;
        @Parameters(index = "0", paramLabel = "PROJECT") Path project;
        @Parameters(index = "1", paramLabel = "ORIGINAL") String original;
        @Option(names = "--case", paramLabel = "NAME", description = "The entry of this case.")
        String caseName;

        Remove(Cli cli) {
            this.cli = cli;
        }

        @Override
        public Integer call() {
            try (ProjectStore store = cli.open(project, "pseudonyms remove")) {
                store.pseudonyms().remove(original, caseName);
            }
            cli.say("pseudonym_removed", original.strip());
            if (cli.json()) {
                Map<String, Object> json = new LinkedHashMap<>();
                json.put("original", original.strip());
                json.put("case", caseName);
                json.put("removed", true);
                cli.printJson(json);
            }
            return 0;
        }
    }

    @Command(name = "ignore", description = "Leaves ORIGINAL out of the suggestions (not a name, or nothing to "
            + "hide). Undoable.")
    static final class Ignore implements Callable<Integer> {
        private final Cli cli;
        @Mixin CommonOptions common;
        @Parameters(index = "0", paramLabel = "PROJECT") Path project;
        @Parameters(index = "1", paramLabel = "ORIGINAL") String original;

        Ignore(Cli cli) {
            this.cli = cli;
        }

        @Override
        public Integer call() {
            boolean changed;
            try (ProjectStore store = cli.open(project, "pseudonyms ignore")) {
                changed = store.pseudonyms().ignore(original);
            }
            cli.say("pseudonym_ignored", original.strip());
            if (cli.json()) {
                cli.printJson(Map.of("original", original.strip(), "ignored", true, "changed", changed));
            }
            return 0;
        }
    }

    @Command(name = "unignore", description = "Brings ORIGINAL back among the suggestions. Undoable.")
    static final class Unignore implements Callable<Integer> {
        private final Cli cli;
        @Mixin CommonOptions common;
        @Parameters(index = "0", paramLabel = "PROJECT") Path project;
        @Parameters(index = "1", paramLabel = "ORIGINAL") String original;

        Unignore(Cli cli) {
            this.cli = cli;
        }

        @Override
        public Integer call() {
            boolean changed;
            try (ProjectStore store = cli.open(project, "pseudonyms unignore")) {
                changed = store.pseudonyms().unignore(original);
            }
            cli.say(changed ? "pseudonym_unignored" : "pseudonym_not_ignored", original.strip());
            if (cli.json()) {
                cli.printJson(Map.of("original", original.strip(), "ignored", false, "changed", changed));
            }
            return 0;
        }
    }
}
