package org.terrain.corpus.importing;

import java.util.Set;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * HTML as a reader sees it: each block (paragraph, heading, list item, table row…) on its own line, as
 * paragraphs of a Word document are; inline text joined, runs of white space collapsed.
 */
final class HtmlText {
    private static final Set<String> BLOCKS = Set.of("p", "div", "section", "article", "main", "header", "h1", "h2",
            "h3", "h4", "h5", "h6", "ul", "ol", "li", "dl", "dt", "dd", "table", "thead", "tbody", "tr", "blockquote",
            "pre", "figure", "figcaption", "address", "hr", "details", "summary", "caption", "body", "center");

    private HtmlText() {
    }

    static String render(Element root) {
        StringBuilder out = new StringBuilder();
        walk(root, out);
        StringBuilder lines = new StringBuilder(out.length());
        for (String line : out.toString().split("\n", -1)) {
            lines.append(TikaDocumentImporter.stripEdges(line, true).replaceAll(" {2,}", " ")).append('\n');
        }
        return TikaDocumentImporter.tidy(lines.toString(), false);
    }

    private static void walk(Node node, StringBuilder out) {
        if (node instanceof TextNode text) {
            String value = text.getWholeText().replaceAll("[ \\t\\r\\n\\f]+", " ");
            if (!value.isBlank() || !out.isEmpty() && out.charAt(out.length() - 1) != ' '
                    && out.charAt(out.length() - 1) != '\n') {
                out.append(value);
            }
            return;
        }
        if (!(node instanceof Element element)) {
            return;
        }
        String tag = element.normalName();
        if (tag.equals("br")) {
            out.append('\n');
            return;
        }
        if (tag.equals("td") || tag.equals("th")) {
            out.append(' ');
        }
        boolean block = BLOCKS.contains(tag);
        if (block) {
            out.append('\n');
        }
        for (Node child : element.childNodes()) {
            walk(child, out);
        }
        if (block) {
            out.append('\n');
        }
    }
}
