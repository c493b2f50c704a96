package org.terrain.corpus.exchange;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.terrain.corpus.errors.UsageException;

/**
 * A simple document written once for two formats: Markdown (for the thesis' text editor, or Pandoc) and a
 * self-contained HTML page (for a browser, or a supervisor). The journal, memo and codebook-history exports say
 * what they hold through it; each format escapes every text it is given, so a researcher's {@code <} or
 * {@code *} stays a character. Opened by {@link #write}, which also closes it.
 */
interface Page {
    /** What the export writes on a page it was handed. */
    @FunctionalInterface
    interface Body {
        void write(Page page) throws IOException;
    }

    enum Format { MARKDOWN, HTML }

    /** The page's heading (the HTML head repeats it). */
    void title(String text) throws IOException;

    /** A muted line: what the document holds, when it was made, who wrote an entry. */
    void meta(String text) throws IOException;

    /** A section heading, level 2 or 3. */
    void heading(int level, String text) throws IOException;

    /** The researcher's writing: blank lines part paragraphs, single line breaks are kept. */
    void text(String text) throws IOException;

    /** Words quoted from a source. */
    void quote(String text) throws IOException;

    void table(List<String> header, List<List<String>> rows) throws IOException;

    void finish() throws IOException;

    /** Markdown for {@code .md} / {@code .markdown}, HTML for {@code .html} / {@code .htm}; else a usage error. */
    static Format format(Path out) {
        return switch (ExportFiles.extension(out)) {
            case "md", "markdown" -> Format.MARKDOWN;
            case "html", "htm" -> Format.HTML;
            default -> throw new UsageException("export_bad_extension", out.getFileName().toString(), ".md, .html");
        };
    }

    /** Writes {@code out} in the format its path's extension names, atomically (a failure leaves no half file). */
    static void write(ExportTarget out, String title, Locale language, Body body) {
        Format format = format(out.path());
        out.write(stream -> {
            Page page = open(format, stream, title, language);
            body.write(page);
            page.finish();
        });
    }

    private static Page open(Format format, OutputStream stream, String title, Locale language) throws IOException {
        return format == Format.HTML ? new HtmlPage(stream, title, language) : new MarkdownPage(stream);
    }

    /** The paragraphs of a researcher's text: parted by blank lines, stripped, empty ones left out. */
    static List<String> paragraphs(String text) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        return java.util.Arrays.stream(text.replace("\r\n", "\n").strip().split("\n\\s*\n"))
                .map(String::strip).filter(p -> !p.isEmpty()).toList();
    }
}
