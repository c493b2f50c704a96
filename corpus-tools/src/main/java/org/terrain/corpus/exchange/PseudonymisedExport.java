package org.terrain.corpus.exchange;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.terrain.corpus.errors.PseudonymLeakException;
import org.terrain.corpus.pseudonym.PseudonymTable;
import org.terrain.corpus.store.ProjectStore;
import org.terrain.corpus.store.PseudonymisedCopy;

/**
 * The one way every export is pseudonymised: when the project's pseudonym table has an entry, the export runs
 * unchanged on a pseudonymised copy of the project ({@link PseudonymisedCopy}), then what it wrote is searched for
 * every original; on a leak the output is deleted and the export fails naming the leaks. The command line's
 * {@code export} subcommands and the app call {@link #run}; {@code --originals} calls the export directly.
 */
public final class PseudonymisedExport {
    /** An export as the exchange classes write one: from a store, returning how many items it wrote. */
    @FunctionalInterface
    public interface Export {
        int write(ProjectStore store);
    }

    /** What was written: the export's count and how many table entries it was pseudonymised with (0: none). */
    public record Result(int count, int entries) {
        public boolean pseudonymised() {
            return entries > 0;
        }
    }

    private static final int LEAKS_SAID = 10;

    private PseudonymisedExport() {
    }

    /**
     * Runs {@code export} pseudonymised when the table has an entry (else as it is); {@code out} is the file or
     * folder it writes, searched afterwards.
     */
    public static Result run(ProjectStore store, Path out, Export export) {
        PseudonymTable table = store.pseudonyms().table();
        if (table.isEmpty()) {
            return new Result(export.write(store), 0);
        }
        int count;
        try (PseudonymisedCopy copy = PseudonymisedCopy.of(store, table)) {
            count = export.write(copy.store());
        }
        check(out, table);
        return new Result(count, table.entries().size());
    }

    /**
     * For an export of figures computed on the real project (an agreement table: its units are the real text's),
     * which holds no text of it but names: {@code write} gets the names' rewriting through the table (identity
     * when it is empty), then what it wrote is checked for leaks like every export.
     */
    public static void names(ProjectStore store, Path out, java.util.function.Consumer<UnaryOperator<String>> write) {
        PseudonymTable table = store.pseudonyms().table();
        if (table.isEmpty()) {
            write.accept(UnaryOperator.identity());
            return;
        }
        var matcher = table.matcherFor(null);
        write.accept(name -> name == null ? null : matcher.replace(name));
        check(out, table);
    }

    /**
     * Searches what was written at {@code out} (a file or a folder) for the table's originals; on a leak deletes
     * it and throws {@link PseudonymLeakException} naming the leaks. For an export written some other way (a
     * review package) that must leave nothing behind.
     */
    public static void check(Path out, PseudonymTable table) {
        List<String> leaks = leaks(out, table.originalsThatMustNotRemain());
        if (!leaks.isEmpty()) {
            delete(out);
            List<String> said = leaks.size() > LEAKS_SAID ? leaks.subList(0, LEAKS_SAID) : leaks;
            throw new PseudonymLeakException(out.toString(), String.join("; ", said)
                    + (leaks.size() > LEAKS_SAID ? "; …" : ""));
        }
    }

    /**
     * Every original found in what was written ({@link LeakCheck}), as {@code file [entry]: original}; a part the
     * check could not read counts as a leak: nothing unread leaves as pseudonymised.
     */
    static List<String> leaks(Path out, Collection<String> originals) {
        List<String> found = new ArrayList<>();
        for (LeakCheck.Leak leak : LeakCheck.scan(out, originals)) {
            String where = Path.of(leak.file()).getFileName() + (leak.entry() == null ? "" : " [" + leak.entry() + "]");
            found.add(where + ": " + (leak.unchecked() ? "? (" + leak.context() + ")" : leak.original()));
        }
        return found.stream().distinct().toList();
    }

    private static void delete(Path out) {
        try {
            if (Files.isDirectory(out)) {
                try (Stream<Path> walk = Files.walk(out)) {
                    for (Path path : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
                        Files.deleteIfExists(path);
                    }
                }
            } else {
                Files.deleteIfExists(out);
            }
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
