package org.terrain.app.ui.exchange;

import java.nio.file.Path;
import java.util.Collection;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;
import org.terrain.corpus.errors.PseudonymLeakException;
import org.terrain.corpus.exchange.PseudonymisedExport;
import org.terrain.corpus.pseudonym.PseudonymMatcher;
import org.terrain.corpus.pseudonym.PseudonymTable;
import org.terrain.corpus.store.OperationKind;
import org.terrain.corpus.store.ProjectStore;

/**
 * The app's exports of figures computed on the real project (contrast tables and charts, « Codes × parties »,
 * the entity list): they hold no text of it, but words, labels and names that may be names. Once the pseudonym
 * table has an entry those go through the table's matcher and the file is leak-checked as every export is; with
 * « Exporter les noms réels » they are written as they are and the operation log says so.
 */
public final class NamedFileExport {
    /**
     * How the names are written: through the table's {@code matcher}, or as they are when it is null (an empty
     * table, the real names asked for).
     */
    public record Names(PseudonymMatcher matcher) {
        public String apply(String name) {
            return name == null || matcher == null ? name : matcher.replace(name);
        }

        public boolean pseudonymised() {
            return matcher != null;
        }

        /** Whether {@code text} is, whole, one original of the table (« Jean », not « Jean Dupont »). */
        public boolean isOriginal(String text) {
            if (matcher == null || text == null) {
                return false;
            }
            List<PseudonymMatcher.Hit> hits = matcher.find(text);
            return hits.size() == 1 && hits.getFirst().start() == 0
                    && (hits.getFirst().end() == text.length()
                    || hits.getFirst().end() == text.codePointCount(0, text.length()));
        }
    }

    private NamedFileExport() {
    }

    /**
     * Writes {@code out} with {@code write}, its names through the table when it has an entry (then the leak
     * check: a leak deletes {@code out} and throws {@link PseudonymLeakException}). Returns true when the real
     * names were written although the table has entries (recorded in the operation log).
     */
    public static boolean text(ProjectStore store, Path out, String formatId, boolean realNames,
                               Consumer<Names> write) {
        if (realNames) {
            return real(store, out, formatId, () -> write.accept(new Names(null)));
        }
        PseudonymTable table = store.pseudonyms().table();
        if (table.isEmpty()) {
            write.accept(new Names(null));
            return false;
        }
        write.accept(new Names(table.matcherFor(null)));
        PseudonymisedExport.check(out, table);
        return false;
    }

    /**
     * A picture (PNG) already drawn, which no leak check can read: written only when none of the {@code labels}
     * it was drawn with holds an original of the table (else refused, nothing written, the labels named), or
     * with the real names when asked (logged).
     */
    public static boolean picture(ProjectStore store, Path out, String formatId, boolean realNames,
                                  Collection<String> labels, Runnable write) {
        if (realNames) {
            return real(store, out, formatId, write);
        }
        PseudonymTable table = store.pseudonyms().table();
        if (!table.isEmpty()) {
            var matcher = table.matcherFor(null);
            List<String> named = labels.stream()
                    .filter(label -> label != null && !matcher.replace(label).equals(label)).distinct().toList();
            if (!named.isEmpty()) {
                throw new PseudonymLeakException(out.toString(), String.join("; ", named));
            }
        }
        write.run();
        return false;
    }

    /**
     * How a picture's labels are to be drawn before it is written: through the table once it has an entry (a
     * PNG cannot be searched afterwards), as they are with the real names asked for.
     */
    public static UnaryOperator<String> drawing(ProjectStore store, boolean realNames) {
        PseudonymTable table = store.pseudonyms().table();
        if (realNames || table.isEmpty()) {
            return UnaryOperator.identity();
        }
        PseudonymMatcher matcher = table.matcherFor(null);
        return label -> label == null ? null : matcher.replace(label);
    }

    /** The status bar's sentence, and that the real names were written when they were. */
    public static String said(String written, boolean realNames) {
        return realNames ? written + " " + org.terrain.app.ui.common.UiText.get("export.real_names.done") : written;
    }

    private static boolean real(ProjectStore store, Path out, String formatId, Runnable write) {
        write.run();
        if (!store.pseudonyms().any()) {
            return false;
        }
        store.record(OperationKind.EXPORT_ORIGINALS.with(formatId, out.toAbsolutePath().toString()));
        return true;
    }
}
