package org.terrain.corpus.model;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;

/** Types of REFI-QDA variables, so attributes survive an exchange with NVivo or ATLAS.ti. */
public enum AttributeType {
    TEXT, INTEGER, FLOAT, DATE, BOOLEAN;

    private static final DateTimeFormatter FRENCH_DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    /**
     * Whether a value as a spreadsheet writes it fits this type: {@code 42}; {@code 3,5} or {@code 3.5};
     * {@code 2024-03-01} or {@code 01/03/2024}; oui/non, vrai/faux, true/false, yes/no; any text.
     */
    public boolean accepts(String value) {
        return switch (this) {
            case TEXT -> true;
            case INTEGER -> value.matches("[-+]?\\d{1,18}");
            case FLOAT -> value.matches("[-+]?\\d+([.,]\\d+)?");
            case DATE -> isDate(value);
            case BOOLEAN -> value.toLowerCase(Locale.ROOT).matches("oui|non|true|false|vrai|faux|yes|no");
        };
    }

    /** The lower-case name used in the database and in JSON. */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static AttributeType parse(String text) {
        return valueOf(text.strip().toUpperCase(Locale.ROOT));
    }

    private static boolean isDate(String value) {
        for (DateTimeFormatter format : new DateTimeFormatter[] {DateTimeFormatter.ISO_LOCAL_DATE, FRENCH_DATE}) {
            try {
                LocalDate.parse(value, format);
                return true;
            } catch (DateTimeParseException e) {
                // try the next form
            }
        }
        return false;
    }
}
