package org.terrain.corpus.importing;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.terrain.corpus.errors.ImportException;
import org.terrain.corpus.text.CanonicalText;

/**
 * A saved web page: its main content only, as a reader sees the article, not the site's menus, header,
 * footer, share buttons or cookie banner ({@link MainContent}); paragraphs become lines
 * ({@link HtmlText}). The page's title, author and date become attributes. Charset from the BOM or the
 * page's meta tag, else UTF-8.
 */
public final class HtmlImporter implements Importer {
    @Override
    public Set<String> extensions() {
        return Set.of("html", "htm", "xhtml");
    }

    @Override
    public ImportedDocument read(Path file, byte[] bytes, ImportOptions options) {
        String fileName = file.getFileName().toString();
        if (bytes.length == 0) {
            throw new ImportException("empty_file", fileName);
        }
        Document page;
        try {
            page = Jsoup.parse(new ByteArrayInputStream(bytes), null, "");
        } catch (IOException e) {
            throw new ImportException("corrupt_file", e, fileName, e.getMessage());
        }
        Map<String, String> metadata = metadata(page);
        Element main = MainContent.of(page);
        String text = CanonicalText.of(HtmlText.render(main));
        if (text.isBlank()) {
            throw new ImportException("no_text", fileName);
        }
        return new ImportedDocument(text, List.of(), metadata);
    }

    private static Map<String, String> metadata(Document page) {
        Map<String, String> out = new LinkedHashMap<>();
        String title = first(page, "meta[property=og:title]", "meta[name=DC.title]", "meta[name=dcterms.title]");
        out.put("title", title != null ? title : page.title().strip());
        putIfPresent(out, "author", first(page, "meta[name=author]", "meta[name=DC.creator]",
                "meta[property=article:author]"));
        putIfPresent(out, "created", first(page, "meta[property=article:published_time]", "meta[name=DC.date]",
                "meta[name=dcterms.created]", "meta[name=date]"));
        putIfPresent(out, "modified", first(page, "meta[property=article:modified_time]",
                "meta[name=dcterms.modified]"));
        putIfPresent(out, "publisher", first(page, "meta[property=og:site_name]", "meta[name=DC.publisher]"));
        out.values().removeIf(v -> v == null || v.isBlank());
        return out;
    }

    private static String first(Document page, String... selectors) {
        for (String selector : selectors) {
            Element meta = page.selectFirst(selector);
            if (meta != null && !meta.attr("content").isBlank()) {
                return meta.attr("content").strip();
            }
        }
        return null;
    }

    private static void putIfPresent(Map<String, String> out, String key, String value) {
        if (value != null) {
            out.put(key, value);
        }
    }
}
