package org.terrain.app.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.terrain.app.ui.FxTesting.onFx;
import static org.terrain.app.ui.FxTesting.runFx;
import static org.terrain.app.ui.FxTesting.screenshot;
import static org.terrain.app.ui.FxTesting.waitFor;
import static org.terrain.app.ui.FxTesting.waitIdle;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import javafx.scene.control.Button;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.DialogPane;
import javafx.scene.control.ListView;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.terrain.app.project.ProjectChoice;
import org.terrain.app.ui.common.MainViewModel;
import org.terrain.app.ui.common.MainWindow;
import org.terrain.app.ui.document.Coding;
import org.terrain.app.ui.document.DocumentViewModel;
import org.terrain.codingschemes.CodePath;
import org.terrain.corpus.model.Identity;
import org.terrain.corpus.model.Span;
import org.terrain.corpus.store.ProjectStore;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * A second coder's copy merged in the window: « Fusionner une copie… » first says what would come and changes
 * nothing, « Fusionner » brings it as one action (one Ctrl+Z); then the document shows each coding's coder,
 * filters them by coder, and blind mode (Affichage › Mode aveugle) hides everyone's codings but the user's.
 */
@ExtendWith(ApplicationExtension.class)
class TeamMergeWindowTest {
    private static final String SOURCE = "entretien-martine.txt";
    private static final String TEXT = "[00:00:01] MARTINE : Par mon père, il était à l’atelier de la chimie.\n";
    private static final CodePath CODE = CodePath.of("Travail");

    @TempDir
    Path temp;

    private Stage stage;
    private MainViewModel viewModel;
    private MainWindow window;
    private Path copy;

    @Start
    void start(Stage stage) throws Exception {
        this.stage = stage;
        Path project = temp.resolve("chimie");
        try (ProjectStore store = FxTesting.projectWithInterview(project, temp, SOURCE, TEXT)) {
            store.codes().add(CODE, null, null);
            store.segments().code(SOURCE, CODE, List.of(new Span(21, 33)), null); // « Par mon père », as the login
        }
        copy = temp.resolve("copie-karim");
        copyFolder(project, copy);
        try (ProjectStore store = ProjectStore.open(copy, "test")) {
            store.actAs(Identity.named("Karim"));
            store.segments().code(SOURCE, CODE, List.of(new Span(21, 33), new Span(48, 55)), null);
        }
        viewModel = new MainViewModel(new ProjectChoice(project, false));
        window = FxTesting.show(stage, viewModel);
    }

    @AfterEach
    void closeProject() throws Exception {
        runFx(viewModel::close);
    }

    @Test
    void theDryRunReportComesFirstThenOneMergeOneUndoAndBlindModeHidesTheOtherCoder() throws Exception {
        waitFor(() -> viewModel.readyProperty().get());
        waitIdle(viewModel);
        runFx(() -> viewModel.sources().select(SOURCE));
        waitFor(() -> SOURCE.equals(viewModel.document().shownSourceProperty().get()));
        waitIdle(viewModel);
        String me = System.getProperty("user.name");
        assertThat(onFx(this::coders)).containsExactly(me);

        runFx(() -> window.mergeView().previewThenMerge(copy));
        waitFor(() -> dialog("merge-preview") != null);
        waitIdle(viewModel);
        @SuppressWarnings("unchecked")
        ListView<String> lines = (ListView<String>) dialog("merge-preview").lookup("#merge-preview-lines");
        assertThat(onFx(() -> List.copyOf(lines.getItems())).getFirst())
                .isEqualTo("2 codages à ajouter (un déjà présent)");
        assertThat(onFx(this::coders)).as("the report changes nothing").containsExactly(me);
        screenshot(dialog("merge-preview").getScene(), "merge-preview");

        runFx(() -> ((Button) dialog("merge-preview").lookupButton(
                dialog("merge-preview").getButtonTypes().getFirst())).fire());
        waitIdle(viewModel);
        waitFor(() -> coders().size() == 3);

        assertThat(onFx(this::coders)).containsExactlyInAnyOrder(me, "Karim", "Karim");
        assertThat(onFx(() -> viewModel.status().messageProperty().get()))
                .isEqualTo("2 codages et aucun code ajoutés depuis « copie-karim ».");
        assertThat(onFx(() -> viewModel.document().codingsAt(22)))
                .extracting(Coding::description).contains("Travail — Karim", "Travail — " + me);
        assertThat(onFx(() -> viewModel.undo().undoTextProperty().get())).contains("fusion de la copie « copie-karim »");

        runFx(() -> viewModel.document().coderShownProperty().set("Karim"));
        waitFor(() -> coders().equals(List.of("Karim", "Karim")));
        runFx(() -> viewModel.document().coderShownProperty().set(DocumentViewModel.MY_CODINGS));
        waitFor(() -> coders().equals(List.of(me)));
        runFx(() -> viewModel.document().coderShownProperty().set(DocumentViewModel.ALL_CODERS));
        waitFor(() -> coders().size() == 3);

        CheckMenuItem blind = (CheckMenuItem) onFx(() -> menuItem("menu-view", "menu-blind"));
        runFx(() -> blind.setSelected(true)); // what a click on the menu item does
        waitIdle(viewModel);
        assertThat(onFx(() -> viewModel.document().blindProperty().get())).isTrue();
        waitFor(() -> coders().equals(List.of(me)));
        assertThat(onFx(() -> stage.getScene().lookup("#document-coders").isDisabled())).isTrue();
        screenshot(stage.getScene(), "blind-mode");
        runFx(() -> blind.setSelected(false));
        waitFor(() -> coders().size() == 3);

        runFx(() -> viewModel.undo().undo());
        waitIdle(viewModel);
        waitFor(() -> coders().equals(List.of(me)));
    }

    @Test
    void aCopyWithNothingNewSaysSoAndOffersOnlyToClose() throws Exception {
        waitFor(() -> viewModel.readyProperty().get());
        waitIdle(viewModel);
        Path same = temp.resolve("meme-copie");
        copyFolder(temp.resolve("chimie"), same);

        runFx(() -> window.mergeView().previewThenMerge(same));
        waitFor(() -> dialog("merge-preview") != null);

        DialogPane pane = dialog("merge-preview");
        assertThat(onFx(pane::getHeaderText)).contains("n’apporte rien de nouveau");
        assertThat(onFx(() -> pane.lookup("#merge-confirm"))).isNull();
    }

    /** The coder of each coding the document shows. */
    private List<String> coders() {
        return viewModel.document().layerProperty().get().codings().stream().map(Coding::coder).sorted().toList();
    }

    private MenuItem menuItem(String menuId, String itemId) {
        MenuBar bar = (MenuBar) stage.getScene().lookup(".menu-bar");
        Menu menu = bar.getMenus().stream().filter(m -> menuId.equals(m.getId())).findFirst().orElseThrow();
        return menu.getItems().stream().filter(i -> itemId.equals(i.getId())).findFirst().orElseThrow();
    }

    private static DialogPane dialog(String id) {
        return Window.getWindows().stream().filter(Window::isShowing)
                .map(w -> w.getScene() == null ? null : w.getScene().getRoot())
                .filter(root -> root instanceof DialogPane pane && id.equals(pane.getId()))
                .map(DialogPane.class::cast).findFirst().orElse(null);
    }

    private static void copyFolder(Path from, Path to) throws Exception {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path file : files.toList()) {
                Path target = to.resolve(from.relativize(file).toString());
                if (Files.isDirectory(file)) {
                    Files.createDirectories(target);
                } else if (!file.getFileName().toString().equals("terrain.lock")) {
                    Files.copy(file, target);
                }
            }
        }
    }
}
