package org.terrain.app.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import javafx.scene.control.Button;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.BorderPane;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.fxmisc.richtext.StyledTextArea;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.terrain.app.project.ProjectChoice;
import org.terrain.app.ui.common.MainViewModel;
import org.terrain.app.ui.common.MainWindow;
import org.terrain.app.ui.document.RunStyle;
import org.terrain.app.ui.exchange.ExportFormat;
import org.terrain.app.ui.pseudonyms.CandidateRow;
import org.terrain.app.ui.pseudonyms.EntryRow;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * Publishing the demo without a name, in the window (JavaFX's headless platform): « Outils › Pseudonymisation… »
 * lists the names; one accepted with its proposal, its replacement edited, a replacement two names would share
 * refused in one sentence, one name ignored and Ctrl+Z bringing it back; the interview read pseudonymised with
 * its codings; a pseudonymised export; « Exporter les noms réels » warns before it is on.
 */
@ExtendWith(ApplicationExtension.class)
class PseudonymisationWindowTest {
    private static final String MARTINE = "entretien-martine-saint-fons.txt";
    @TempDir
    Path temp;

    private Stage stage;
    private MainViewModel viewModel;
    private MainWindow window;

    @Start
    void start(Stage stage) throws Exception {
        this.stage = stage;
        viewModel = new MainViewModel(new ProjectChoice(temp.resolve("demo"), true));
        window = FxTesting.show(stage, viewModel);
    }

    @AfterEach
    void closeProject() throws Exception {
        for (Window open : FxTesting.onFx(() -> List.copyOf(Window.getWindows()))) {
            if (open != stage) {
                FxTesting.runFx(open::hide);
            }
        }
        FxTesting.runFx(viewModel::close);
    }

    @Test
    void theTableIsBuiltFromTheSuggestionsThenTheTextIsReadAndExportedPseudonymised(FxRobot robot) throws Exception {
        FxTesting.waitFor(() -> viewModel.readyProperty().get());
        FxTesting.waitIdle(viewModel);
        FxTesting.runFx(() -> menuItem("menu-pseudonyms").fire());
        FxTesting.roomForTools(robot, 0.3);
        FxTesting.waitFor(() -> !viewModel.pseudonyms().candidates().isEmpty());
        FxTesting.waitIdle(viewModel);
        List<Path> shots = new ArrayList<>();

        // A suggestion accepted with the replacement it proposes.
        CandidateRow martine = candidate("Martine");
        select(martine);
        robot.clickOn("#pseudonyms-accept");
        FxTesting.waitIdle(viewModel);
        assertThat(entries()).extracting(EntryRow::original, EntryRow::replacement)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Martine", martine.proposal()));
        assertThat(names()).doesNotContain("Martine");

        // Its replacement edited.
        FxTesting.runFx(() -> table("#pseudonyms-table").getSelectionModel().select(0));
        replaceWith(robot, "Josiane");
        robot.clickOn("#pseudonyms-save");
        FxTesting.waitIdle(viewModel);
        assertThat(entries()).extracting(EntryRow::replacement).containsExactly("Josiane");

        // Karim may not take Josiane too: one sentence says why, the table is unchanged.
        CandidateRow karim = candidate("Karim");
        select(karim);
        replaceWith(robot, "Josiane");
        robot.clickOn("#pseudonyms-accept");
        FxTesting.waitIdle(viewModel);
        assertThat(FxTesting.onFx(() -> ((Label) stage.getScene().lookup("#pseudonyms-refusal")).getText()))
                .isEqualTo("« Josiane » remplace déjà « Martine » dans tout le projet : deux originaux ne peuvent "
                        + "partager un remplaçant (« Karim » en demande un autre).");
        assertThat(entries()).hasSize(1);
        replaceWith(robot, karim.proposal());
        robot.clickOn("#pseudonyms-accept");
        FxTesting.waitIdle(viewModel);
        CandidateRow place = candidate("Saint-Fons");
        select(place);
        robot.clickOn("#pseudonyms-accept");
        FxTesting.waitIdle(viewModel);
        assertThat(entries()).extracting(EntryRow::original).containsExactlyInAnyOrder("Martine", "Karim",
                "Saint-Fons");

        // One name ignored, and Ctrl+Z (the operation log's undo) brings it back.
        CandidateRow other = FxTesting.onFx(() -> viewModel.pseudonyms().candidates().getFirst());
        select(other);
        robot.clickOn("#pseudonyms-ignore");
        FxTesting.waitIdle(viewModel);
        assertThat(names()).doesNotContain(other.original());
        robot.clickOn("#pseudonyms-candidates");
        robot.press(KeyCode.CONTROL).press(KeyCode.Z).release(KeyCode.Z).release(KeyCode.CONTROL);
        FxTesting.waitIdle(viewModel);
        assertThat(names()).contains(other.original());
        assertThat(entries()).hasSize(3);
        select(candidate("Feyzin"));
        FxTesting.waitIdle(viewModel);
        shots.add(FxTesting.screenshot(stage.getScene(), "pseudonymisation"));

        // The interview read pseudonymised, its codings in place; coding waits for the real text.
        FxTesting.runFx(() -> viewModel.sources().select(MARTINE));
        FxTesting.waitIdle(viewModel);
        robot.clickOn("#toggle-pseudonymised");
        FxTesting.waitIdle(viewModel);
        StyledTextArea<Boolean, RunStyle> area = window.documentView().area();
        String shown = FxTesting.onFx(area::getText);
        assertThat(shown).doesNotContain("Martine", "MARTINE", "Saint-Fons").contains("JOSIANE : ", "Josiane");
        assertThat(FxTesting.onFx(() -> ((CheckMenuItem) menuItem("menu-view-pseudonymised")).isSelected())).isTrue();
        // the codings over the same words, now holding the replacements
        List<String> coded = FxTesting.onFx(() -> viewModel.document().layerProperty().get().codings().stream()
                .map(c -> shown.substring(c.range().start(), c.range().end())).toList());
        assertThat(coded).isNotEmpty().contains("Mon père était déjà sur la plateforme, à l’entretien, et à l’époque "
                + "on rentrait un peu comme ça, par la famille.");
        assertThat(String.join(" ", coded)).doesNotContain("Martine", "Saint-Fons");
        assertThat(FxTesting.onFx(() -> ((Label) stage.getScene().lookup("#pseudonym-note")).getText()))
                .contains("noms remplacés");
        int segments = FxTesting.onFx(() -> viewModel.document().layerProperty().get().codings().size());
        // what a code dropped on a selection does
        int at = shown.indexOf("Alors moi");
        FxTesting.runFx(() -> viewModel.document().code(new org.terrain.app.ui.document.TextRange(at, at + 20),
                org.terrain.codingschemes.CodePath.of("Patrimoine industriel")));
        FxTesting.waitIdle(viewModel);
        assertThat(FxTesting.onFx(() -> viewModel.status().messageProperty().get()))
                .startsWith("Le texte pseudonymisé se lit sans se coder");
        assertThat(FxTesting.onFx(() -> viewModel.document().layerProperty().get().codings().size()))
                .isEqualTo(segments);
        FxTesting.roomForTools(robot, 0.62);
        FxTesting.runFx(() -> {
            area.selectRange(0, 0);
            area.showParagraphAtTop(0);
        });
        assertThat(FxTesting.onFx(() -> area.lookupAll(".piece-coded"))).isNotEmpty();
        shots.add(FxTesting.screenshot(stage.getScene(), "document-pseudonymised"));

        // Fichier › Exporter: pseudonymised, checked, said so.
        Path out = temp.resolve("segments.csv");
        FxTesting.runFx(() -> viewModel.exchange().export(ExportFormat.SEGMENTS_CSV, out, null));
        FxTesting.waitIdle(viewModel);
        String csv = Files.readString(out);
        assertThat(csv).contains("Josiane").doesNotContain("Martine", "Saint-Fons", "martine", "saint-fons");
        assertThat(FxTesting.onFx(() -> viewModel.status().messageProperty().get()))
                .endsWith("Pseudonymisé (3 entrées de la table).");

        // « Exporter les noms réels » asks first; « Annuler » leaves it off.
        CheckMenuItem realNames = FxTesting.onFx(() -> (CheckMenuItem) menuItem("menu-export-real-names"));
        FxTesting.runFx(() -> {
            realNames.setSelected(true);
            realNames.fire();
        });
        FxTesting.waitFor(() -> dialog("export-real-names") != null);
        DialogPane warning = FxTesting.onFx(() -> dialog("export-real-names"));
        assertThat(FxTesting.onFx(warning::getContentText)).contains("noté dans le journal des opérations");
        shots.add(FxTesting.screenshot(warning.getScene(), "export-real-names"));
        robot.clickOn((Button) FxTesting.onFx(() -> warning.lookupButton(org.terrain.app.ui.common.DialogButtons.CANCEL)));
        FxTesting.waitIdle(viewModel);
        assertThat(FxTesting.onFx(() -> viewModel.exchange().realNamesProperty().get())).isFalse();

        // TERRAIN_DOC_SCREENSHOTS=1 refreshes the documentation's pictures; an ordinary run leaves docs/ alone.
        Path docs = Path.of(System.getProperty("user.dir")).resolveSibling("docs").resolve("screenshots");
        if ("1".equals(System.getenv("TERRAIN_DOC_SCREENSHOTS")) && Files.isDirectory(docs)) {
            for (Path shot : shots) {
                Files.copy(shot, docs.resolve(shot.getFileName()), StandardCopyOption.REPLACE_EXISTING);
            }
        }
    }

    /** Empties the replacement field and types {@code text}, as the researcher would. */
    private static void replaceWith(FxRobot robot, String text) throws Exception {
        TextField field = FxTesting.onFx(() -> (TextField) robot.lookup("#pseudonyms-replacement").query());
        // focused on the FX thread rather than clicked: a click asks the field's bounds from the test thread, which
        // raced the window's layout pulses here (a JavaFX IndexOutOfBounds in Parent.updateCachedBounds, 1 run in 4)
        FxTesting.runFx(() -> {
            field.clear();
            field.requestFocus();
        });
        robot.write(text);
    }

    private void select(CandidateRow row) throws Exception {
        FxTesting.runFx(() -> {
            TableView<CandidateRow> table = table("#pseudonyms-candidates");
            table.getSelectionModel().select(row);
            table.scrollTo(row);
        });
        FxTesting.waitIdle(viewModel);
    }

    @SuppressWarnings("unchecked")
    private <T> TableView<T> table(String id) {
        return (TableView<T>) stage.getScene().lookup(id);
    }

    private CandidateRow candidate(String name) throws Exception {
        return FxTesting.onFx(() -> viewModel.pseudonyms().candidates().stream()
                .filter(c -> c.original().equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError(name + " not among " + viewModel.pseudonyms().candidates())));
    }

    private Set<String> names() throws Exception {
        return FxTesting.onFx(() -> Set.copyOf(viewModel.pseudonyms().candidates().stream()
                .map(CandidateRow::original).toList()));
    }

    private List<EntryRow> entries() throws Exception {
        return FxTesting.onFx(() -> List.copyOf(viewModel.pseudonyms().entries()));
    }

    private MenuItem menuItem(String id) {
        MenuBar bar = (MenuBar) ((BorderPane) stage.getScene().getRoot()).getTop();
        return bar.getMenus().stream().map(Menu::getItems).flatMap(List::stream)
                .filter(item -> id.equals(item.getId())).findFirst().orElseThrow();
    }

    private static DialogPane dialog(String id) {
        return Window.getWindows().stream().filter(Window::isShowing)
                .map(w -> w.getScene() == null ? null : w.getScene().getRoot())
                .filter(root -> root instanceof DialogPane pane && id.equals(pane.getId()))
                .map(DialogPane.class::cast).findFirst().orElse(null);
    }
}
