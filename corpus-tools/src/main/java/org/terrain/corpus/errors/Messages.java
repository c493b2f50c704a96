package org.terrain.corpus.errors;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/** User-facing messages in French (the default) or English, keyed by stable codes. */
public final class Messages {
    private static final String BUNDLE = "org.terrain.corpus.errors.messages";
    private final ResourceBundle bundle;
    private final Locale locale;

    private Messages(Locale locale) {
        this.locale = locale;
        this.bundle = ResourceBundle.getBundle(BUNDLE, locale, ResourceBundle.Control.getNoFallbackControl(
                ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    public static Messages french() {
        return new Messages(Locale.FRENCH);
    }

    public static Messages english() {
        return Holder.ENGLISH;
    }

    /**
     * English when asked with {@code --lang en} or when {@code LANG}/{@code LC_ALL}/{@code LC_MESSAGES} start
     * with {@code en}; French otherwise, since the product speaks French first.
     */
    public static Messages forUser(String langOption) {
        if (langOption != null && !langOption.isBlank()) {
            return langOption.toLowerCase(Locale.ROOT).startsWith("en") ? english() : french();
        }
        // The launcher runs Java under a UTF-8 locale when the user's could not read UTF-8 (cron, ssh); the
        // user's own setting, which tells the language, is then in TERRAIN_USER_LOCALE.
        String before = System.getenv("TERRAIN_USER_LOCALE");
        if (before != null) {
            return fromLocale(before);
        }
        for (String variable : new String[] {"LC_ALL", "LC_MESSAGES", "LANG"}) {
            String value = System.getenv(variable);
            if (value != null && !value.isBlank()) {
                return fromLocale(value);
            }
        }
        return french();
    }

    private static Messages fromLocale(String value) {
        return value.strip().toLowerCase(Locale.ROOT).startsWith("en") ? english() : french();
    }

    public Locale locale() {
        return locale;
    }

    /** Whether this language has words for {@code key}. */
    public boolean has(String key) {
        return bundle.containsKey(key);
    }

    public String format(String key, Object... args) {
        String pattern;
        try {
            pattern = bundle.getString(key);
        } catch (MissingResourceException e) {
            return key + (args.length == 0 ? "" : " " + java.util.Arrays.toString(args));
        }
        return new MessageFormat(pattern, locale).format(args);
    }

    private static final class Holder {
        static final Messages ENGLISH = new Messages(Locale.ENGLISH);
    }
}
