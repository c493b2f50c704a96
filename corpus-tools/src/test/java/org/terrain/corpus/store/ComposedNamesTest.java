package org.terrain.corpus.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.text.Normalizer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.terrain.codingschemes.CodePath;
import org.terrain.corpus.model.SourceKind;
import org.terrain.corpus.testing.Fixtures;

/** A name typed or exported decomposed (macOS, ATLAS.ti on macOS) is the same name as the composed one. */
class ComposedNamesTest {
    @TempDir
    Path dir;

    private static String decomposed(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFD);
    }

    @Test
    void namesAreStoredComposedAndFoundEitherWay() {
        try (ProjectStore store = ProjectStore.create(dir.resolve("p"), "t", "test")) {
            store.codes().add(CodePath.of(decomposed("Sécurité")), "#4E79A7", null);
            assertThat(store.codes().get(CodePath.of("Sécurité")).name()).isEqualTo("Sécurité")
                    .isNotEqualTo(decomposed("Sécurité"));
            Fixtures.importText(store, dir, "note.txt", "Visite de l’atelier.", SourceKind.OBSERVATION,
                    decomposed("Usine Vénissieux"), java.util.Map.of(), org.terrain.corpus.importing.TurnMode.AUTO);
            assertThat(store.sources().get("note.txt").caseName()).isEqualTo("Usine Vénissieux");
        }
    }
}
