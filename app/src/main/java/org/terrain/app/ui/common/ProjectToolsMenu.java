package org.terrain.app.ui.common;

import java.util.function.Supplier;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.stage.Window;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;
import org.terrain.app.ui.backups.RestoreView;
import org.terrain.app.ui.cases.CasesView;
import org.terrain.app.ui.document.DocumentView;
import org.terrain.app.ui.speakers.SpeakersView;

/**
 * The « Projet » menu: correct the text of the source shown, mark the interviewers (« Locuteurs… »), edit the
 * cases × attributes table (« Cas et attributs… ») and put a backup back (« Restaurer une sauvegarde… »); the
 * dialogs are not modal and follow every change.
 */
final class ProjectToolsMenu {
    private static final String UNDO_INSTALLED = "terrain.undo-keys";
    private final MainViewModel viewModel;
    private final DocumentView document;
    private final Supplier<Window> owner;
    private final SpeakersView speakers;
    private final CasesView cases;
    private final RestoreView restore;

    ProjectToolsMenu(MainViewModel viewModel, DocumentView document, Supplier<Window> owner) {
        this.viewModel = viewModel;
        this.document = document;
        this.owner = owner;
        this.speakers = new SpeakersView(viewModel.speakers());
        this.cases = new CasesView(viewModel.cases());
        this.restore = new RestoreView(viewModel.restore());
    }

    Menu menu() {
        MenuItem correct = item("menu-correct", "menu.project.correct", Feather.EDIT_3, Shortcut.CORRECT_TEXT);
        correct.setOnAction(event -> document.startCorrection());
        correct.disableProperty().bind(viewModel.document().correctingProperty());
        MenuItem apply = item("menu-apply-correction", "correction.apply", Feather.CHECK, Shortcut.APPLY_CORRECTION);
        apply.setOnAction(event -> document.applyCorrection());
        apply.disableProperty().bind(viewModel.document().correctingProperty().not());
        MenuItem speakersItem = item("menu-speakers", "menu.project.speakers", Feather.USERS, Shortcut.SPEAKERS);
        speakersItem.setOnAction(event -> showSpeakers());
        MenuItem casesItem = item("menu-cases", "menu.project.cases", Feather.GRID, Shortcut.CASES);
        casesItem.setOnAction(event -> showCases());
        // Not tied to an open project: it is how one opens again a project whose database is damaged.
        MenuItem restoreItem = new MenuItem(UiText.get("menu.project.restore"), new FontIcon(Feather.ROTATE_CCW));
        restoreItem.setId("menu-restore");
        restoreItem.setOnAction(event -> showRestore());
        restoreItem.disableProperty().bind(viewModel.switchingProperty());
        Menu menu = new Menu(UiText.get("menu.project"), null, correct, apply,
                new javafx.scene.control.SeparatorMenuItem(), speakersItem, casesItem,
                new javafx.scene.control.SeparatorMenuItem(), restoreItem);
        menu.setId("menu-project");
        return menu;
    }

    private static MenuItem item(String id, String key, Feather icon, Shortcut shortcut) {
        MenuItem item = new MenuItem(UiText.get(key), new FontIcon(icon));
        item.setId(id);
        item.setAccelerator(shortcut.combination());
        return item;
    }

    /** The speakers of the source shown (or of the project when none is). */
    void showSpeakers() {
        undoFrom(speakers.show(owner.get(), viewModel.document().shownSourceProperty().get()));
    }

    void showCases() {
        undoFrom(cases.show(owner.get()));
    }

    void showRestore() {
        restore.show(owner.get());
    }

    /**
     * Ctrl+Z and Ctrl+Maj+Z (or Ctrl+Y) in a dialog that stays open beside the window undo and redo the
     * project's last action, as in the window; a cell being typed in keeps them for its typing.
     */
    private void undoFrom(javafx.scene.control.Dialog<?> dialog) {
        javafx.scene.Scene scene = dialog.getDialogPane().getScene();
        if (scene == null || Boolean.TRUE.equals(scene.getProperties().get(UNDO_INSTALLED))) {
            return;
        }
        scene.getProperties().put(UNDO_INSTALLED, true);
        scene.addEventFilter(javafx.scene.input.KeyEvent.KEY_PRESSED, event -> {
            if (scene.getFocusOwner() instanceof javafx.scene.control.TextInputControl) {
                return;
            }
            if (Shortcut.REDO.matches(event) || Shortcut.REDO_Y.matches(event)) {
                viewModel.undo().redo();
                event.consume();
            } else if (Shortcut.UNDO.matches(event)) {
                viewModel.undo().undo();
                event.consume();
            }
        });
    }
}
