package org.terrain.app.ui.exchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.terrain.corpus.errors.PseudonymLeakException;
import org.terrain.corpus.pseudonym.PseudonymCategory;
import org.terrain.corpus.store.ProjectStore;

/**
 * The app's exports of figures (contrast, code table, entities) once the table has an entry: names rewritten,
 * then the leak check on what was written — a writer that forgets a name leaves nothing behind.
 */
class NamedFileExportTest {
    @TempDir
    Path temp;
    private ProjectStore store;

    @BeforeEach
    void project() {
        store = ProjectStore.create(temp.resolve("p"), "Vallée de la chimie", "test");
        store.pseudonyms().put("Martine", "Odile", PseudonymCategory.PERSON, null);
    }

    @AfterEach
    void close() {
        store.close();
    }

    @Test
    void theNamesGoThroughTheTableAndTheFileIsKept() {
        Path out = temp.resolve("table.csv");

        boolean real = NamedFileExport.text(store, out, "test", false, names -> write(out, names.apply("d'Martine")));

        assertThat(real).isFalse();
        assertThat(out).hasContent("d'Odile");
    }

    @Test
    void aNameTheWriterForgotDeletesTheFileAndIsNamed() {
        Path out = temp.resolve("fuite.svg");

        assertThatThrownBy(() -> NamedFileExport.text(store, out, "test", false,
                names -> write(out, "<svg><text>Martine</text></svg>")))
                .isInstanceOf(PseudonymLeakException.class).hasMessageContaining("Martine");
        assertThat(out).doesNotExist();
    }

    @Test
    void aPictureDrawnWithANameIsNotWrittenAndOneDrawnThroughTheTableIs() {
        Path png = temp.resolve("graphique.png");

        assertThatThrownBy(() -> NamedFileExport.picture(store, png, "test", false, List.of("usine", "Martine"),
                () -> write(png, "pixels"))).isInstanceOf(PseudonymLeakException.class);
        assertThat(png).doesNotExist();

        var drawing = NamedFileExport.drawing(store, false);
        NamedFileExport.picture(store, png, "test", false, List.of(drawing.apply("Martine")), () -> write(png, "pixels"));
        assertThat(png).exists();
    }

    @Test
    void theRealNamesAreWrittenAsTheyAreAndLogged() {
        Path out = temp.resolve("reel.csv");

        boolean real = NamedFileExport.text(store, out, "test", true, names -> write(out, names.apply("Martine")));

        assertThat(real).isTrue();
        assertThat(out).hasContent("Martine");
        assertThat(NamedFileExport.drawing(store, true).apply("Martine")).isEqualTo("Martine");
        assertThat(store.log(1).getFirst().action()).isEqualTo("export.originals");
    }

    private static void write(Path file, String text) {
        try {
            Files.writeString(file, text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
