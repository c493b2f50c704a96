package org.terrain.corpus.cli;

import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.Callable;
import org.terrain.corpus.store.ProjectStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "init", description = "Create a project folder.")
final class InitCommand implements Callable<Integer> {
    private final Cli cli;
    @Mixin CommonOptions common;

    @Parameters(index = "0", paramLabel = "PROJECT")
    Path project;

    @Option(names = "--name", description = "The project's name (default: the folder's name).")
    String name;

    InitCommand(Cli cli) {
        this.cli = cli;
    }

    @Override
    public Integer call() {
        String projectName = name != null ? name : project.toAbsolutePath().normalize().getFileName().toString();
        try (ProjectStore store = ProjectStore.create(project, projectName, "terrain init")) {
            if (cli.json()) {
                cli.printJson(Map.of("project", project.toString(), "name", store.info().name(),
                        "guid", store.info().guid()));
            }
            cli.say("project_created", project, projectName);
        }
        return 0;
    }
}
