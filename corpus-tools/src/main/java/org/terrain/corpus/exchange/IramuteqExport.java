package org.terrain.corpus.exchange;

import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.terrain.corpus.text.TranscriberNotes;
import org.terrain.corpus.model.Source;
import org.terrain.corpus.model.SourceKind;
import org.terrain.corpus.store.ProjectStore;
import org.terrain.corpus.store.SourceStore;

/**
 * The corpus as an Iramuteq text file (UTF-8, {@code \n}): each source, in name order, starts with a line
 * {@code **** *kind_interview *case_martine *age_52 …} and is followed by its speech, one turn per line without its
 * label; the interviewers' turns of an interview are left out. Prose is written line by line (blank lines
 * dropped). A blank line separates sources.
 *
 * <p>Variables are sanitised for Iramuteq ({@link #variable}): accents removed, lower case, every run of
 * characters other than a–z and 0–9 becomes {@code -} (so no space, no {@code _} and no {@code *} inside), leading
 * and trailing {@code -} dropped; an empty result is {@code na}. In the text, {@code *} (which starts a variable
 * line) becomes a space.
 */
public final class IramuteqExport {
    private IramuteqExport() {
    }

    /** Writes the corpus; returns the number of sources. */
    public static int export(ProjectStore store, Path out) {
        ExportTarget target = ExportTarget.of(store.layout(), out);
        List<String> names = store.sources().names();
        target.write(stream -> {
            Writer writer = new java.io.OutputStreamWriter(stream, StandardCharsets.UTF_8);
            boolean first = true;
            for (String name : names) {
                Source source = store.sources().get(name);
                if (!first) {
                    writer.write('\n');
                }
                first = false;
                writer.write(starLine(source));
                writer.write('\n');
                for (String line : lines(source)) {
                    writer.write(line);
                    writer.write('\n');
                }
            }
            writer.flush();
        });
        return names.size();
    }

    /** {@code **** *kind_x *case_y *attribute_value…}, attributes in name order. */
    static String starLine(Source source) {
        StringBuilder line = new StringBuilder("**** *kind_").append(variable(source.kind().id()));
        if (!ExportFiles.blank(source.caseName())) {
            line.append(" *case_").append(variable(source.caseName()));
        }
        for (Map.Entry<String, String> attribute : new java.util.TreeMap<>(source.attributes()).entrySet()) {
            if (!ExportFiles.blank(attribute.getValue())) {
                line.append(" *").append(variable(attribute.getKey())).append('_')
                        .append(variable(attribute.getValue()));
            }
        }
        return line.toString();
    }

    /** The lines of text of a source: participants' turns (interviews), every turn (other transcripts), or prose. */
    static List<String> lines(Source source) {
        String text = source.text();
        if (source.turns().isEmpty()) {
            return text.lines().map(IramuteqExport::clean).filter(l -> !l.isEmpty()).toList();
        }
        Set<String> interviewers = source.kind() == SourceKind.INTERVIEW
                ? Set.copyOf(SourceStore.interviewers(source)) : Set.of();
        return source.turns().stream().filter(t -> !interviewers.contains(t.speaker()))
                .map(t -> clean(TranscriberNotes.withoutNotes(ExportFiles.cut(text, t.speech()))))
                .filter(l -> !l.isEmpty()).toList();
    }

    private static String clean(String text) {
        return ExportFiles.oneLine(text.replace('*', ' '));
    }

    /** A variable name or value as Iramuteq takes it (see the class comment). */
    static String variable(String text) {
        String plain = Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}+", "")
                .replace("æ", "ae").replace("Æ", "ae").replace("œ", "oe").replace("Œ", "oe").replace("ß", "ss")
                .toLowerCase(Locale.ROOT);
        String out = plain.replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
        return out.isEmpty() ? "na" : out;
    }

}
