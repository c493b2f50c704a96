package org.terrain.app.ui.common;

import java.text.MessageFormat;
import java.text.NumberFormat;
import java.util.Locale;
import java.util.ResourceBundle;
import org.terrain.corpus.errors.Messages;
import org.terrain.corpus.exchange.CsvDialect;

/**
 * The interface's words, from {@code org/terrain/app/ui/ui.properties}: French, unless English is asked for
 * with {@code TERRAIN_LANG=en} or {@code -Dterrain.lang=en} ({@code ui_en.properties}). Explicit on purpose: a
 * French researcher's machine often runs in English, and the tests read French.
 */
public final class UiText {
    private static final Locale LOCALE = chosen(System.getProperty("terrain.lang"), System.getenv("TERRAIN_LANG"));
    private static final ResourceBundle BUNDLE = ResourceBundle.getBundle("org.terrain.app.ui.ui", LOCALE,
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));

    private UiText() {
    }

    static Locale chosen(String property, String environment) {
        String asked = property != null && !property.isBlank() ? property : environment;
        return asked != null && asked.strip().toLowerCase(Locale.ROOT).startsWith("en") ? Locale.ENGLISH : Locale.FRENCH;
    }

    public static Locale locale() {
        return LOCALE;
    }

    /**
     * The CSV files the app writes: for a French Excel (semicolons, byte-order mark, French headers) in a French
     * interface, RFC 4180 (commas, English headers) in an English one; the save dialogs say which.
     */
    public static CsvDialect csvDialect() {
        return CsvDialect.forLanguage(LOCALE);
    }

    /** The engine's messages (errors the user can act on) in the interface's language. */
    public static Messages engineMessages() {
        return LOCALE == Locale.ENGLISH ? Messages.english() : Messages.french();
    }

    /**
     * A count in the interface's style, "1 303" in French: grouped with a no-break space rather than the narrow
     * one the JDK uses, which common fonts lack (it drew as nothing).
     */
    public static String number(long value) {
        return NumberFormat.getIntegerInstance(LOCALE).format(value).replace('\u202F', '\u00A0');
    }

    /** Whether the interface has words for {@code key} (an engine code it words its own way, a backup reason). */
    public static boolean has(String key) {
        return BUNDLE.containsKey(key);
    }

    public static String get(String key, Object... args) {
        String pattern = BUNDLE.getString(key);
        return args.length == 0 ? pattern : new MessageFormat(pattern, LOCALE).format(args);
    }
}
