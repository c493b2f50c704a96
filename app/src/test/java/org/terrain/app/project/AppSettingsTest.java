package org.terrain.app.project;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AppSettingsTest {
    @TempDir
    Path temp;

    @Test
    void aSettingNeverWrittenHasItsDefault() {
        AppSettings settings = AppSettings.in(temp.resolve("home"));

        assertThat(settings.flag("coding.snap_to_words", true)).isTrue();
        assertThat(settings.flag("coding.snap_to_words", false)).isFalse();
        assertThat(temp.resolve("home").resolve(AppSettings.FILE)).doesNotExist();
    }

    @Test
    void aSettingWrittenIsReadBackByTheNextSession() {
        AppSettings.in(temp.resolve("home")).setFlag("coding.snap_to_words", false);

        assertThat(AppSettings.in(temp.resolve("home")).flag("coding.snap_to_words", true)).isFalse();
        assertThat(temp.resolve("home").resolve(AppSettings.FILE)).isRegularFile();
    }

    @Test
    void otherSettingsAreKeptWhenOneIsWritten() {
        AppSettings settings = AppSettings.in(temp);
        settings.setFlag("a", false);
        settings.setFlag("b", true);

        AppSettings again = AppSettings.in(temp);
        assertThat(again.flag("a", true)).isFalse();
        assertThat(again.flag("b", false)).isTrue();
    }

    @Test
    void anUnreadableFileCostsTheSettingsNeverTheApp() throws Exception {
        Files.createDirectories(temp.resolve(AppSettings.FILE)); // a folder where the file should be

        AppSettings settings = AppSettings.in(temp);
        assertThat(settings.flag("coding.snap_to_words", true)).isTrue();
        settings.setFlag("coding.snap_to_words", false); // logged, not thrown
        assertThat(settings.flag("coding.snap_to_words", true)).isFalse(); // kept for this session
    }
}
