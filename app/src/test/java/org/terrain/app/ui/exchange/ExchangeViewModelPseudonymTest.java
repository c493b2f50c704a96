package org.terrain.app.ui.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.terrain.corpus.model.SourceKind;
import org.terrain.corpus.pseudonym.PseudonymCategory;
import org.terrain.corpus.store.NewSource;
import org.terrain.corpus.store.ProjectStore;

/** The app's exports go through the pseudonym table as the command line's do. */
class ExchangeViewModelPseudonymTest {
    @TempDir
    Path temp;

    @Test
    void anExportFromTheAppIsPseudonymised() throws Exception {
        try (ProjectStore store = ProjectStore.create(temp.resolve("projet"), "Vallée", "test")) {
            String text = "Martine travaille chez SNCF depuis 1998.";
            store.sources().add(new NewSource("entretien-martine.txt", SourceKind.OTHER, null, Map.of(), text,
                    List.of(), 6, null, null, "test"));
            store.pseudonyms().put("Martine", "Odile", PseudonymCategory.PERSON, null);
            store.pseudonyms().put("SNCF", "Entreprise A", PseudonymCategory.ORGANISATION, null);
            Path out = temp.resolve("corpus.xml");
            ExchangeViewModel.exportTo(store, ExportFormat.TEI, out, null);
            String tei = Files.readString(out);
            assertThat(tei).contains("Odile travaille chez Entreprise A depuis 1998.").contains("entretien-odile.txt")
                    .doesNotContain("Martine").doesNotContain("martine").doesNotContain("SNCF");
        }
    }
}
