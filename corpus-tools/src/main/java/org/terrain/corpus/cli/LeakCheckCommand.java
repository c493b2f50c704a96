package org.terrain.corpus.cli;

import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import org.terrain.corpus.errors.TerrainException;
import org.terrain.corpus.exchange.LeakCheck;
import org.terrain.corpus.exchange.LeakCheck.Leak;
import org.terrain.corpus.store.ProjectStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "leak-check", description = "Search exported files or folders for any original of the pseudonym "
        + "table (text, XML/HTML/JSON, inside .docx/.odt/.xlsx/.qdpx and any zip, file and entry names); exit 1 when "
        + "one is found.")
final class LeakCheckCommand implements Callable<Integer> {
    private final Cli cli;
    @Mixin CommonOptions common;

    @Parameters(index = "0", paramLabel = "PROJECT")
    Path project;

    @Parameters(index = "1..*", arity = "1..*", paramLabel = "PATH")
    List<Path> paths;

    @Option(names = "--original", paramLabel = "NAME",
            description = "A name to look for besides those of the pseudonym table (repeatable).")
    List<String> extraOriginals = new ArrayList<>();

    LeakCheckCommand(Cli cli) {
        this.cli = cli;
    }

    @Override
    public Integer call() {
        Set<String> originals = new LinkedHashSet<>(extraOriginals);
        try (ProjectStore store = cli.openForReading(project, "leak-check")) {
            originals.addAll(store.pseudonyms().table().originalsThatMustNotRemain());
        }
        for (Path path : paths) {
            if (!Files.exists(path, LinkOption.NOFOLLOW_LINKS)) {
                throw new TerrainException("no_such_file", TerrainException.Category.ACTION_NEEDED, path);
            }
        }
        if (originals.isEmpty()) {
            cli.say("leak_check.no_originals", project);
        }
        List<Leak> leaks = new ArrayList<>();
        for (Path path : paths) {
            leaks.addAll(LeakCheck.scan(path, originals));
        }
        if (cli.json()) {
            List<Map<String, Object>> rows = new ArrayList<>();
            for (Leak leak : leaks) {
                Map<String, Object> row = new LinkedHashMap<>();
                row.put("file", leak.file());
                row.put("entry", leak.entry());
                row.put("original", leak.original());
                row.put("context", leak.context());
                row.put("unchecked", leak.unchecked());
                rows.add(row);
            }
            cli.printJson(Map.of("leaks", rows));
        } else {
            for (Leak leak : leaks) {
                cli.out().println(leak.file() + "\t" + (leak.entry() == null ? "" : leak.entry()) + "\t"
                        + (leak.unchecked() ? "?" : leak.original()) + "\t" + leak.context());
            }
        }
        long unchecked = leaks.stream().filter(Leak::unchecked).count();
        if (leaks.isEmpty()) {
            cli.say("leak_check.none", paths.size());
            return 0;
        }
        cli.say("leak_check.found", leaks.size() - unchecked, unchecked);
        return 1;
    }
}
