package org.terrain.app.ui.common;

import java.util.function.Function;
import javafx.util.StringConverter;

/** How a choice box or combo box shows its items: by the name each is given, never typed back. */
public final class Named {
    private Named() {
    }

    /** Shows each item as {@code name} says, a missing one as nothing. */
    public static <T> StringConverter<T> converter(Function<T, String> name) {
        return new StringConverter<>() {
            @Override
            public String toString(T value) {
                return value == null ? "" : name.apply(value);
            }

            @Override
            public T fromString(String text) {
                return null;
            }
        };
    }
}
