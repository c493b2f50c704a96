package org.terrain.app.ui.common;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import javafx.collections.ListChangeListener;
import javafx.scene.control.Alert;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TextInputDialog;
import javafx.stage.DirectoryChooser;
import javafx.stage.Window;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;
import org.terrain.app.project.ProjectChoice;
import org.terrain.app.project.TerrainHome;

/**
 * The Fichier menu's project items: « Nouveau projet… » (a name, then the folder to create it in), « Ouvrir un
 * projet… », « Projets récents » and « Ouvrir la démo ». Each hands a {@link ProjectChoice} to
 * {@link MainViewModel#switchTo}; a project that cannot be opened is explained in a dialog.
 */
final class ProjectMenu {
    private final MainViewModel viewModel;
    private final Window[] owner;
    private final Menu recent = new Menu(UiText.get("menu.file.recent"), new FontIcon(Feather.CLOCK));

    ProjectMenu(MainViewModel viewModel, Window[] owner) {
        this.viewModel = viewModel;
        this.owner = owner;
        recent.setId("menu-recent");
        viewModel.recentProjects().addListener((ListChangeListener<Path>) change -> fillRecent());
        fillRecent();
        viewModel.setOnSwitchFailed(this::explain);
    }

    MenuItem[] items() {
        MenuItem create = new MenuItem(UiText.get("menu.file.new"), new FontIcon(Feather.FOLDER_PLUS));
        create.setId("menu-new-project");
        create.setOnAction(event -> create());
        MenuItem open = new MenuItem(UiText.get("menu.file.open"), new FontIcon(Feather.FOLDER));
        open.setId("menu-open-project");
        open.setAccelerator(Shortcut.OPEN_PROJECT.combination());
        open.setOnAction(event -> open());
        MenuItem demo = new MenuItem(UiText.get("menu.file.demo"), new FontIcon(Feather.BOOK_OPEN));
        demo.setId("menu-demo");
        demo.setOnAction(event -> viewModel.switchTo(new ProjectChoice(TerrainHome.resolve().resolve("demo"), true)));
        for (MenuItem item : new MenuItem[] {create, open, demo}) {
            item.disableProperty().bind(viewModel.switchingProperty());
        }
        recent.disableProperty().bind(viewModel.switchingProperty());
        return new MenuItem[] {create, open, recent, demo};
    }

    Menu recentMenu() {
        return recent;
    }

    private void fillRecent() {
        recent.getItems().clear();
        for (Path folder : viewModel.recentProjects()) {
            MenuItem item = new MenuItem(folder.getFileName() + " — " + folder.getParent());
            item.setMnemonicParsing(false); // a folder's name, whose underscores are its own
            item.setUserData(folder);
            item.setOnAction(event -> viewModel.switchTo(new ProjectChoice(folder, isDemo(folder))));
            recent.getItems().add(item);
        }
        if (recent.getItems().isEmpty()) {
            MenuItem none = new MenuItem(UiText.get("menu.file.recent_none"));
            none.setDisable(true);
            recent.getItems().add(none);
        }
    }

    private static boolean isDemo(Path folder) {
        return folder.equals(TerrainHome.resolve().resolve("demo").toAbsolutePath().normalize());
    }

    private void create() {
        TextInputDialog ask = new TextInputDialog();
        ask.initOwner(owner[0]);
        ask.setTitle(UiText.get("project.new.title"));
        ask.setHeaderText(UiText.get("project.new.header"));
        ask.setContentText(UiText.get("project.new.label"));
        Theme.apply(ask.getDialogPane());
        Optional<String> name = ask.showAndWait().map(String::strip).filter(n -> !n.isEmpty());
        if (name.isEmpty()) {
            return;
        }
        DirectoryChooser where = new DirectoryChooser();
        where.setTitle(UiText.get("project.new.parent", name.get()));
        Path parent = FileDialogs.folder(where, owner[0]).orElse(null);
        if (parent == null) {
            return;
        }
        Path folder = parent.resolve(folderName(name.get()));
        if (Files.exists(folder) && !isEmptyFolder(folder)) {
            explain(UiText.get("project.new.exists", folder));
            return;
        }
        viewModel.switchTo(new ProjectChoice(folder, false));
    }

    /** A folder name from a project name: path separators and characters Windows refuses become "-". */
    static String folderName(String projectName) {
        String cleaned = projectName.replaceAll("[\\\\/:*?\"<>|]", "-").strip();
        return cleaned.isEmpty() || cleaned.equals(".") || cleaned.equals("..") ? "projet" : cleaned;
    }

    private static boolean isEmptyFolder(Path folder) {
        try (var entries = Files.list(folder)) {
            return entries.findAny().isEmpty();
        } catch (java.io.IOException e) {
            return false;
        }
    }

    private void open() {
        DirectoryChooser which = new DirectoryChooser();
        which.setTitle(UiText.get("project.open.title"));
        FileDialogs.folder(which, owner[0]).ifPresent(chosen ->
                viewModel.switchTo(new ProjectChoice(chosen.toAbsolutePath(), isDemo(chosen))));
    }

    private void explain(String text) {
        Alert alert = new Alert(Alert.AlertType.WARNING);
        alert.initOwner(owner[0]);
        alert.setTitle(UiText.get("project.open_failed.title"));
        alert.setHeaderText(UiText.get("project.open_failed.header"));
        alert.setContentText(text);
        alert.getDialogPane().setId("project-open-failed");
        Theme.apply(alert.getDialogPane());
        alert.show();
    }
}
