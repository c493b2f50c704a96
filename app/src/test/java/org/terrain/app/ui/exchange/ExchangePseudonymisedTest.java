package org.terrain.app.ui.exchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.terrain.app.ui.FxSession.onFx;
import static org.terrain.app.ui.FxSession.runFx;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.terrain.app.ui.FxSession;
import org.terrain.codingschemes.CodePath;
import org.terrain.corpus.model.Span;
import org.terrain.corpus.pseudonym.PseudonymCategory;
import org.terrain.corpus.store.ProjectStore;

/**
 * « Fichier › Exporter » once the pseudonym table has an entry: pseudonymised through the engine's one path,
 * the real names only when « Exporter les noms réels » is on (and the operation log says so), and an export that
 * still held a name leaves nothing written and lists the leak.
 */
class ExchangePseudonymisedTest {
    private static final String SOURCE = "entretien-martine.txt";
    private static final String TEXT = "[00:00:01] ENQ : Et à Saint-Fons ?\n"
            + "[00:00:04] MARTINE : À Saint-Fons, la sécurité passait avant tout.\n";
    @TempDir
    Path temp;
    private ProjectStore store;
    private FxSession fx;
    private ExchangeViewModel viewModel;

    @BeforeEach
    void project() throws Exception {
        store = ProjectStore.create(temp.resolve("p"), "Vallée de la chimie", "test");
        FxSession.importInterview(store, temp, SOURCE, TEXT);
        store.codes().add(CodePath.of("Sécurité"), null, null);
        int at = TEXT.indexOf("À Saint-Fons");
        store.segments().code(SOURCE, CodePath.of("Sécurité"), List.of(new Span(at,
                TEXT.indexOf("tout.") + 4)), null);
        store.pseudonyms().put("Martine", "Odile", PseudonymCategory.PERSON, null);
        store.pseudonyms().put("Saint-Fons", "Commune A", PseudonymCategory.PLACE, null);
        fx = FxSession.on(store);
        viewModel = onFx(() -> new ExchangeViewModel(fx.session));
    }

    @AfterEach
    void close() throws Exception {
        fx.waitIdle();
        store.close();
    }

    @Test
    void anExportIsPseudonymisedOnceTheTableHasAnEntry() throws Exception {
        Path out = temp.resolve("segments.csv");
        runFx(() -> viewModel.export(ExportFormat.SEGMENTS_CSV, out, null));
        fx.waitIdle();

        String csv = Files.readString(out);
        assertThat(csv).contains("entretien-odile.txt", "À Commune A, la sécurité passait avant tout;")
                .doesNotContain("Saint-Fons", "martine");
        assertThat(fx.statusText()).endsWith("Pseudonymisé (2 entrées de la table).");
        assertThat(store.sources().get(SOURCE).text()).isEqualTo(TEXT);
        assertThat(fx.failures).isEmpty();
    }

    @Test
    void theRealNamesOnlyWhenAskedAndTheOperationLogSaysSo() throws Exception {
        Path out = temp.resolve("segments-reels.csv");
        runFx(() -> viewModel.realNamesProperty().set(true));
        runFx(() -> viewModel.export(ExportFormat.SEGMENTS_CSV, out, null));
        fx.waitIdle();

        assertThat(Files.readString(out)).contains("À Saint-Fons, la sécurité");
        assertThat(fx.statusText()).endsWith("Avec les vrais noms (noté dans le journal des opérations).");
        assertThat(store.log(1).getFirst().action()).isEqualTo("export.originals");
    }

    @Test
    void anExportThatStillHoldsANameIsDeletedAndTheLeakListed() throws Exception {
        Path out = temp.resolve("fuite.txt");
        // a writer that forgets the table, as a faulty exporter would
        ExportOutcome outcome = ExchangeViewModel.exportChecked(store, "test", out, false, from -> {
            try {
                Files.writeString(out, "Entretien de Martine à Saint-Fons");
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
            return 1;
        });

        assertThat(outcome.leaked()).isTrue();
        assertThat(outcome.leaks()).containsExactlyInAnyOrder("fuite.txt: Martine", "fuite.txt: Saint-Fons");
        assertThat(out).doesNotExist();
    }
}
