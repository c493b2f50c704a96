package org.terrain.app.ui.common;

import java.text.MessageFormat;
import java.text.NumberFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/** The interface's words, from {@code org/terrain/app/ui/ui.properties} (French first; English comes later). */
public final class UiText {
    private static final Locale LOCALE = Locale.FRENCH;
    private static final ResourceBundle BUNDLE = ResourceBundle.getBundle("org.terrain.app.ui.ui", LOCALE);

    private UiText() {
    }

    /**
     * A count in French style, "1 303": grouped with a no-break space rather than the narrow one the JDK
     * uses, which common fonts lack (it drew as nothing).
     */
    public static String number(long value) {
        return NumberFormat.getIntegerInstance(LOCALE).format(value).replace('\u202F', '\u00A0');
    }

    public static String get(String key, Object... args) {
        String pattern = BUNDLE.getString(key);
        return args.length == 0 ? pattern : new MessageFormat(pattern, LOCALE).format(args);
    }
}
