package org.terrain.app.ui.contrast;

import java.util.List;
import org.terrain.app.ui.common.UiText;

/**
 * A contrast side as the researcher reads it (« Entretiens », « Cas : Usine A », « Code : Pratiques ») and back to the
 * selector the engine takes ({@code kind=interview}, {@code case=Usine A}, {@code code=Pratiques}). What is typed and
 * matches no label stays a selector as written, so that {@code kind=interview&case=Usine A} still works.
 */
final class SideLabels {
    private SideLabels() {
    }

    static String label(String selector) {
        if (selector == null) {
            return "";
        }
        return switch (selector) {
            case "kind=interview" -> UiText.get("contrast.side.kind.interview");
            case "kind=discourse" -> UiText.get("contrast.side.kind.discourse");
            case "kind=observation" -> UiText.get("contrast.side.kind.observation");
            case "rest" -> UiText.get("contrast.side.rest");
            default -> prefixed(selector);
        };
    }

    /** The selector of a shown label among the offered ones, else the text itself. */
    static String selector(String shown, List<String> offered) {
        if (shown == null) {
            return null;
        }
        String text = shown.strip();
        for (String selector : offered) {
            if (label(selector).equals(text)) {
                return selector;
            }
        }
        return text;
    }

    private static String prefixed(String selector) {
        for (String prefix : List.of("case=", "code=", "set=", "speaker=")) {
            if (selector.startsWith(prefix)) {
                return UiText.get("contrast.side." + prefix.substring(0, prefix.length() - 1),
                        selector.substring(prefix.length()));
            }
        }
        if (selector.startsWith("attr:") && selector.contains("=")) {
            int equals = selector.indexOf('=');
            return UiText.get("contrast.side.attr", selector.substring(5, equals), selector.substring(equals + 1));
        }
        return selector;
    }
}
