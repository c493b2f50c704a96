package org.terrain.app.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.util.Locale;
import java.util.Properties;
import org.junit.jupiter.api.Test;

class UiTextTest {
    @Test
    void frenchUnlessEnglishIsAskedForThePropertyFirst() {
        assertThat(UiText.chosen(null, null)).isEqualTo(Locale.FRENCH);
        assertThat(UiText.chosen(null, "en")).isEqualTo(Locale.ENGLISH);
        assertThat(UiText.chosen("fr", "en")).isEqualTo(Locale.FRENCH);
        assertThat(UiText.chosen("EN_gb", null)).isEqualTo(Locale.ENGLISH);
        assertThat(UiText.chosen(" ", "de")).isEqualTo(Locale.FRENCH);
    }

    @Test
    void bothLanguagesHaveTheSameKeys() throws Exception {
        Properties french = load("ui.properties");
        Properties english = load("ui_en.properties");

        assertThat(english.stringPropertyNames()).containsExactlyInAnyOrderElementsOf(french.stringPropertyNames());
    }

    @Test
    void everyPatternFormats() throws Exception {
        for (String file : new String[] {"ui.properties", "ui_en.properties"}) {
            Properties texts = load(file);
            for (String key : texts.stringPropertyNames()) {
                String formatted = new java.text.MessageFormat(texts.getProperty(key), Locale.FRENCH)
                        .format(new Object[] {2, 3, 4, 5});
                assertThat(formatted).as("%s in %s", key, file).doesNotContain("{");
            }
        }
    }

    private static Properties load(String name) throws Exception {
        Properties properties = new Properties();
        try (InputStream in = UiText.class.getResourceAsStream("/org/terrain/app/ui/" + name)) {
            properties.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
        }
        return properties;
    }
}
