package org.terrain.corpus.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.terrain.corpus.store.ProjectStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

@Command(name = "text", description = "Print exactly the canonical text of one source.")
final class TextCommand implements Callable<Integer> {
    private final Cli cli;
    @Mixin CommonOptions common;

    @Parameters(index = "0", paramLabel = "PROJECT")
    Path project;

    @Parameters(index = "1", paramLabel = "SOURCE")
    String source;

    TextCommand(Cli cli) {
        this.cli = cli;
    }

    @Override
    public Integer call() {
        try (ProjectStore store = cli.openForReading(project, "text")) {
            String text = store.sources().get(source).text();
            if (cli.json()) {
                cli.printJson(java.util.Map.of("source", source, "text", text));
            } else {
                // Exactly the text: positions computed on it by scripts must hold, so no newline is added.
                cli.out().print(text);
                cli.out().flush();
            }
        }
        return 0;
    }
}
