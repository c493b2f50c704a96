package org.terrain.corpus.exchange;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A {@link Page} as CommonMark: every character Markdown would read as markup is escaped with a backslash, a
 * line break inside a paragraph is a hard break (a backslash at the end of the line), tables are GFM's.
 */
final class MarkdownPage implements Page {
    private static final String MARKUP = "\\`*_[]<>#|~&!";
    /** What starts a list or a heading underline at the beginning of a line. */
    private static final Pattern LINE_START = Pattern.compile("^(\\s*)([-+=]|\\d+(?=[.)]))");

    private final Writer out;

    MarkdownPage(OutputStream stream) {
        this.out = new OutputStreamWriter(stream, StandardCharsets.UTF_8);
    }

    @Override
    public void title(String text) throws IOException {
        out.write("# " + inline(text) + "\n\n");
    }

    @Override
    public void meta(String text) throws IOException {
        out.write("*" + inline(text) + "*\n\n");
    }

    @Override
    public void heading(int level, String text) throws IOException {
        out.write("#".repeat(Math.max(2, Math.min(level, 6))) + " " + inline(text) + "\n\n");
    }

    @Override
    public void text(String text) throws IOException {
        for (String paragraph : Page.paragraphs(text)) {
            out.write(String.join("\\\n", paragraph.lines().map(MarkdownPage::line).toList()) + "\n\n");
        }
    }

    @Override
    public void quote(String text) throws IOException {
        List<String> paragraphs = Page.paragraphs(text);
        for (int i = 0; i < paragraphs.size(); i++) {
            if (i > 0) {
                out.write(">\n");
            }
            List<String> lines = paragraphs.get(i).lines().map(MarkdownPage::line).toList();
            out.write("> " + String.join("\\\n> ", lines) + "\n");
        }
        if (!paragraphs.isEmpty()) {
            out.write("\n");
        }
    }

    @Override
    public void table(List<String> header, List<List<String>> rows) throws IOException {
        out.write(row(header));
        out.write("|" + "---|".repeat(header.size()) + "\n");
        for (List<String> row : rows) {
            out.write(row(row));
        }
        out.write("\n");
    }

    @Override
    public void finish() throws IOException {
        out.flush();
    }

    private static String row(List<String> cells) {
        StringBuilder row = new StringBuilder("|");
        for (String cell : cells) {
            row.append(' ').append(inline(cell)).append(" |");
        }
        return row.append('\n').toString();
    }

    /** One line of text, escaped, with what would start a list or heading escaped too. */
    private static String line(String text) {
        String escaped = escape(text.strip());
        return LINE_START.matcher(escaped).replaceFirst(m -> m.group(1)
                + (m.group(2).chars().allMatch(Character::isDigit) ? m.group(2) + "\\\\" : "\\\\" + m.group(2)));
    }

    /** Text on one line (a heading, a cell): line breaks become spaces. */
    private static String inline(String text) {
        return line(ExportFiles.oneLine(text));
    }

    static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints().forEach(c -> {
            if (c < 128 && MARKUP.indexOf(c) >= 0) {
                out.append('\\');
            }
            out.appendCodePoint(c);
        });
        return out.toString();
    }
}
