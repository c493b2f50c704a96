package org.terrain.corpus.importing;

import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;

/**
 * Finds a page's main content and strips what is not the text: the element the page itself marks as main
 * ({@code <main>}, {@code role=main}, its single {@code <article>}), else the body; then navigation, forms,
 * scripts, share and cookie blocks, and link lists (a block that is mostly links is a menu, whatever its
 * tag) are removed.
 */
final class MainContent {
    private static final String NOISE_TAGS = "script, style, noscript, template, svg, iframe, object, embed, "
            + "canvas, form, button, input, select, textarea, label, dialog, nav, aside, footer, "
            + "header[role=banner], [role=navigation], [role=banner], [role=contentinfo], [role=search], "
            + "[role=dialog], [aria-hidden=true], [hidden]";
    /** Class or id words of site furniture, as the big CMSs (Drupal, WordPress, DSFR) name it. */
    private static final Pattern NOISE_NAMES = Pattern.compile("(?i)(^|[-_ ])(cookies?|consent|gdpr|tarteaucitron"
            + "|breadcrumbs?|share|sharing|socialsharingblock|social|skiplinks?|newsletter|popup|modal|menu"
            + "|sidebar|summary|sommaire|toc|pagination|pager|related|linked|cards?|see-also|voir-aussi|comments?|print|hidden|sr-only"
            + "|visually-hidden|fr-sr-only)($|[-_ ])");
    /** Share of a block's text that is link text beyond which the block is a menu. */
    private static final double LINK_DENSITY = 0.6;

    private MainContent() {
    }

    static Element of(Document page) {
        Element root = candidate(page);
        root = root.clone();
        root.select(NOISE_TAGS).remove();
        for (Element element : root.select("[class], [id]")) {
            if (element != root && element.parent() != null
                    && (NOISE_NAMES.matcher(element.className()).find() || NOISE_NAMES.matcher(element.id()).find())) {
                element.remove();
            }
        }
        removeLinkLists(root);
        return root;
    }

    private static Element candidate(Document page) {
        Element body = page.body();
        for (String selector : new String[] {"main", "[role=main]", "#main", "#content", ".main-content"}) {
            Element found = page.selectFirst(selector);
            if (found != null && found.text().length() > 200) {
                Elements articles = found.select("article");
                if (articles.size() == 1 && articles.first().text().length() > found.text().length() / 2) {
                    return articles.first();
                }
                return found;
            }
        }
        Elements articles = page.select("article");
        if (articles.size() == 1) {
            return articles.first();
        }
        return body != null ? body : page;
    }

    private static void removeLinkLists(Element root) {
        for (Element block : root.select("ul, ol, div, section, p, table")) {
            if (block == root || block.parent() == null) {
                continue;
            }
            int textLength = block.text().length();
            if (textLength == 0) {
                continue;
            }
            int linkText = 0;
            for (Element link : block.select("a")) {
                linkText += link.text().length();
            }
            if (block.select("a").size() >= 2 && linkText > LINK_DENSITY * textLength) {
                block.remove();
            }
        }
    }
}
