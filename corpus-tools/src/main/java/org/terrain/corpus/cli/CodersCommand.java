package org.terrain.corpus.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.terrain.corpus.store.CoderStore;
import org.terrain.corpus.store.ProjectStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code coders list} and {@code coders rename}: who coded in the project, under which name. */
@Command(name = "coders", description = "The coders of the project: list them with their codings, rename one.",
        subcommands = {CodersCommand.List.class, CodersCommand.Rename.class})
final class CodersCommand implements Callable<Integer> {
    private final Cli cli;
    @Mixin CommonOptions common;
    @picocli.CommandLine.Spec picocli.CommandLine.Model.CommandSpec spec;

    CodersCommand(Cli cli) {
        this.cli = cli;
    }

    @Override
    public Integer call() {
        throw new picocli.CommandLine.ParameterException(spec.commandLine(),
                cli.messages().format("missing_command"));
    }

    @Command(name = "list", description = "Each coder's id, name and number of codings.")
    static final class List implements Callable<Integer> {
        private final Cli cli;
        @Mixin CommonOptions common;
        @Parameters(index = "0", paramLabel = "PROJECT") Path project;

        List(Cli cli) {
            this.cli = cli;
        }

        @Override
        public Integer call() {
            try (ProjectStore store = cli.openForReading(project, "coders")) {
                java.util.List<CoderStore.CoderInfo> coders = CoderStore.of(store).list();
                if (cli.json()) {
                    java.util.List<Map<String, Object>> rows = new ArrayList<>();
                    for (CoderStore.CoderInfo coder : coders) {
                        Map<String, Object> row = new LinkedHashMap<>();
                        row.put("id", coder.id());
                        row.put("name", coder.name());
                        row.put("segments", coder.segments());
                        rows.add(row);
                    }
                    cli.printJson(rows);
                } else {
                    for (CoderStore.CoderInfo coder : coders) {
                        cli.out().println(coder.id() + "\t" + coder.name() + "\t" + coder.segments());
                    }
                }
            }
            return 0;
        }
    }

    @Command(name = "rename", description = "Give a coder another name; their codings, memos and log entries follow "
            + "(undo takes it back).")
    static final class Rename implements Callable<Integer> {
        private final Cli cli;
        @Mixin CommonOptions common;
        @Parameters(index = "0", paramLabel = "PROJECT") Path project;
        @Parameters(index = "1", paramLabel = "ID", description = "The coder's id (coders list), or their name.")
        String id;
        @Option(names = "--name", required = true, paramLabel = "NAME") String name;

        Rename(Cli cli) {
            this.cli = cli;
        }

        @Override
        public Integer call() {
            try (ProjectStore store = cli.open(project, "coders rename")) {
                CoderStore.of(store).rename(id, name);
                if (cli.json()) {
                    cli.printJson(Map.of("id", id, "name", name.strip()));
                }
                cli.say("coder_renamed", id, name.strip());
            }
            return 0;
        }
    }
}
