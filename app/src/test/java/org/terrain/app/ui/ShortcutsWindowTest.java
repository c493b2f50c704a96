package org.terrain.app.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.terrain.app.ui.FxTesting.onFx;
import static org.terrain.app.ui.FxTesting.runFx;
import static org.terrain.app.ui.FxTesting.screenshot;
import static org.terrain.app.ui.FxTesting.waitFor;
import static org.terrain.app.ui.FxTesting.waitIdle;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.BorderPane;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.terrain.app.project.ProjectChoice;
import org.terrain.app.ui.common.MainViewModel;
import org.terrain.app.ui.common.Shortcut;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * « Aide › Raccourcis clavier » : F1 opens the page, which lists the {@link Shortcut} table; every accelerator
 * of the menus is in that table, and every shortcut of the table is in a menu (or acts in the code tree).
 */
@ExtendWith(ApplicationExtension.class)
class ShortcutsWindowTest {
    /** Shortcuts that act inside a pane (the code tree), not from a menu. */
    private static final Set<Shortcut> IN_A_PANE = EnumSet.of(Shortcut.RENAME_CODE, Shortcut.DELETE_CODE,
            Shortcut.REDO_Y);

    @TempDir
    Path temp;
    private Stage stage;
    private MainViewModel viewModel;

    @Start
    void start(Stage stage) throws Exception {
        this.stage = stage;
        FxTesting.projectWithInterview(temp.resolve("p"), temp, "e.txt", "ENQ : Bonjour.\nPAUL : Bonjour.\n").close();
        viewModel = new MainViewModel(new ProjectChoice(temp.resolve("p"), false));
        FxTesting.show(stage, viewModel);
    }

    @AfterEach
    void closeProject() throws Exception {
        runFx(viewModel::close);
    }

    @Test
    void f1ShowsEveryShortcutOfTheTableInFrench(FxRobot robot) throws Exception {
        waitFor(() -> viewModel.readyProperty().get());
        waitIdle(viewModel);
        robot.clickOn("#document-text");
        robot.push(KeyCode.F1);
        waitFor(() -> page() != null);

        @SuppressWarnings("unchecked") TableView<Shortcut.Line> table = onFx(() -> (TableView<Shortcut.Line>) page().lookup("#shortcuts-table"));
        assertThat(onFx(() -> table.getItems().size())).isEqualTo(Shortcut.values().length);
        assertThat(onFx(() -> List.copyOf(table.getItems()))).contains(
                new Shortcut.Line("Codage", "Ctrl+Maj+Entrée", "coder la sélection avec un code à chercher"),
                new Shortcut.Line("Document", "Ctrl+Maj+E", "corriger le texte de la source affichée"),
                new Shortcut.Line("Arbre des codes", "Suppr", "supprimer le code choisi"),
                new Shortcut.Line("Document", "Ctrl+F", "rechercher dans le document affiché"),
                new Shortcut.Line("Document", "Ctrl+H", "rechercher et remplacer dans le texte"));
        screenshot(onFx(() -> page().getScene()), "shortcuts-page");
        runFx(() -> page().getScene().getWindow().hide());
    }

    @Test
    void theMenusAcceleratorsAreExactlyTheTablesMenuShortcuts() throws Exception {
        waitFor(() -> viewModel.readyProperty().get());
        List<KeyCombination> accelerators = onFx(() -> {
            List<KeyCombination> found = new ArrayList<>();
            MenuBar bar = (MenuBar) ((BorderPane) stage.getScene().getRoot()).getTop();
            bar.getMenus().forEach(menu -> collect(menu, found));
            return found;
        });
        List<KeyCombination> table = EnumSet.complementOf(EnumSet.copyOf(IN_A_PANE)).stream()
                .map(Shortcut::combination).toList();

        assertThat(accelerators).containsExactlyInAnyOrderElementsOf(table);
    }

    @Test
    void everyShortcutHasItsWordsInBothLanguages() {
        for (Shortcut shortcut : Shortcut.values()) {
            assertThat(shortcut.action()).isNotBlank();
            assertThat(shortcut.keys()).isNotBlank();
        }
        assertThat(Shortcut.CODE_WITH.keys()).isEqualTo("Ctrl+Maj+Entrée");
    }

    private static void collect(Menu menu, List<KeyCombination> found) {
        for (MenuItem item : menu.getItems()) {
            if (item instanceof Menu sub) {
                collect(sub, found);
            } else if (item.getAccelerator() != null) {
                found.add(item.getAccelerator());
            }
        }
    }

    private static DialogPane page() {
        return Window.getWindows().stream().filter(Window::isShowing)
                .map(w -> w.getScene() == null ? null : w.getScene().getRoot())
                .filter(root -> root instanceof DialogPane pane && "shortcuts-page".equals(pane.getId()))
                .map(DialogPane.class::cast).findFirst().orElse(null);
    }
}
