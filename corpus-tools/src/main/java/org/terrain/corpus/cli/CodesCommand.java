package org.terrain.corpus.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.terrain.codingschemes.CodeColors;
import org.terrain.codingschemes.CodePath;
import org.terrain.corpus.errors.UsageException;
import org.terrain.corpus.model.Code;
import org.terrain.corpus.store.CodeInfo;
import org.terrain.corpus.store.ProjectStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "codes", description = "The codebook: add, list, rename, delete codes.", mixinStandardHelpOptions = true,
        subcommands = {CodesCommand.Add.class, CodesCommand.ListCodes.class, CodesCommand.Rename.class,
                CodesCommand.Delete.class, CodesCommand.Load.class})
final class CodesCommand implements Runnable {
    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new picocli.CommandLine.ParameterException(spec.commandLine(), "missing subcommand: add, list, rename, delete");
    }

    static CodePath path(String written) {
        try {
            return CodePath.parse(written);
        } catch (IllegalArgumentException e) {
            throw new UsageException("bad_code_path", written);
        }
    }

    @Command(name = "add", description = "Add a code; missing parents are created.")
    static final class Add implements Callable<Integer> {
        private final Cli cli;
        @Mixin CommonOptions common;
        @Parameters(index = "0", paramLabel = "PROJECT") Path project;
        @Parameters(index = "1", paramLabel = "PATH") String path;
        @Option(names = "--color", paramLabel = "#RRGGBB") String color;
        @Option(names = "--description", paramLabel = "TEXT") String description;

        Add(Cli cli) {
            this.cli = cli;
        }

        @Override
        public Integer call() {
            CodePath codePath = path(path);
            if (color != null && !CodeColors.isValid(color) && !color.strip().matches("#[0-9A-Fa-f]{3}")) {
                throw new UsageException("bad_color", color);
            }
            try (ProjectStore store = cli.open(project, "codes add")) {
                Code code = store.codes().add(codePath, color, description);
                if (cli.json()) {
                    cli.printJson(row(new CodeInfo(code, codePath, 0)));
                }
                cli.say("code_added", codePath, code.color());
            }
            return 0;
        }
    }

    @Command(name = "list", description = "List the codes with their segment counts.")
    static final class ListCodes implements Callable<Integer> {
        private final Cli cli;
        @Mixin CommonOptions common;
        @Parameters(index = "0", paramLabel = "PROJECT") Path project;

        ListCodes(Cli cli) {
            this.cli = cli;
        }

        @Override
        public Integer call() {
            try (ProjectStore store = cli.openForReading(project, "codes list")) {
                List<CodeInfo> codes = store.codes().list();
                if (cli.json()) {
                    List<Map<String, Object>> rows = new ArrayList<>();
                    codes.forEach(c -> rows.add(row(c)));
                    cli.printJson(rows);
                } else {
                    for (CodeInfo c : codes) {
                        cli.out().println(c.path() + "\t" + c.code().color() + "\t" + c.segments());
                    }
                }
            }
            return 0;
        }
    }

    @Command(name = "rename", description = "Rename a code (its segments follow).")
    static final class Rename implements Callable<Integer> {
        private final Cli cli;
        @Mixin CommonOptions common;
        @Parameters(index = "0", paramLabel = "PROJECT") Path project;
        @Parameters(index = "1", paramLabel = "PATH") String path;
        @Parameters(index = "2", paramLabel = "NEW_NAME") String newName;

        Rename(Cli cli) {
            this.cli = cli;
        }

        @Override
        public Integer call() {
            try (ProjectStore store = cli.open(project, "codes rename")) {
                store.codes().rename(path(path), newName);
                cli.say("code_renamed", path, newName);
            }
            return 0;
        }
    }

    @Command(name = "delete", description = "Delete a code, its sub-codes and their segments (after a backup).")
    static final class Delete implements Callable<Integer> {
        private final Cli cli;
        @Mixin CommonOptions common;
        @Parameters(index = "0", paramLabel = "PROJECT") Path project;
        @Parameters(index = "1", paramLabel = "PATH") String path;

        Delete(Cli cli) {
            this.cli = cli;
        }

        @Override
        public Integer call() {
            try (ProjectStore store = cli.open(project, "codes delete")) {
                CodePath codePath = path(path);
                int segments = store.segments().list(codePath, null).size();
                store.codes().delete(codePath);
                cli.say("code_deleted", codePath, segments);
            }
            return 0;
        }
    }

    @Command(name = "load", description = "Install a codebook (YAML: see coding-schemes/README.md), or --starter.")
    static final class Load implements Callable<Integer> {
        private final Cli cli;
        @Mixin CommonOptions common;
        @Parameters(index = "0", paramLabel = "PROJECT") Path project;
        @Parameters(index = "1", arity = "0..1", paramLabel = "FILE.yaml") Path file;
        @Option(names = "--starter", description = "The starter codebook of the médiation industrielle thesis.")
        boolean starter;

        Load(Cli cli) {
            this.cli = cli;
        }

        @Override
        public Integer call() {
            if (starter == (file != null)) {
                throw new UsageException("codebook_file_or_starter");
            }
            org.terrain.codingschemes.CodebookLoadResult loaded = starter
                    ? org.terrain.codingschemes.CodebookLoader.parse(
                            org.terrain.codingschemes.StarterCodebooks.mediationIndustrielleYaml(), "starter")
                    : org.terrain.codingschemes.CodebookLoader.load(file);
            for (org.terrain.codingschemes.Diagnostic diagnostic : loaded.diagnostics()) {
                cli.err().println(diagnostic);
            }
            if (loaded.hasErrors() || loaded.codebook().isEmpty()) {
                throw new org.terrain.corpus.errors.TerrainException("codebook_invalid",
                        org.terrain.corpus.errors.TerrainException.Category.ACTION_NEEDED,
                        starter ? "starter" : file.toString(), loaded.errors().size());
            }
            try (ProjectStore store = cli.open(project, "codes load")) {
                int codes = store.codes().install(loaded.codebook().get());
                if (cli.json()) {
                    Map<String, Object> out = new LinkedHashMap<>();
                    out.put("codes", codes);
                    out.put("warnings", loaded.warnings().stream().map(Object::toString).toList());
                    cli.printJson(out);
                }
                cli.say("codebook_installed", codes, loaded.warnings().size());
            }
            return 0;
        }
    }

    static Map<String, Object> row(CodeInfo c) {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("path", c.path().toString());
        row.put("color", c.code().color());
        row.put("description", c.code().description());
        row.put("segments", c.segments());
        row.put("guid", c.code().guid());
        return row;
    }
}
