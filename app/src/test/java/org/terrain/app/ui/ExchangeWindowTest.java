package org.terrain.app.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TableView;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeView;
import javafx.scene.layout.BorderPane;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.terrain.app.project.ProjectChoice;
import org.terrain.app.ui.common.MainViewModel;
import org.terrain.app.ui.common.MainWindow;
import org.terrain.app.ui.sources.SourceTreeEntry;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** Fichier › Importer and Fichier › Exporter in the window: the items, then an import ending with its report. */
@ExtendWith(ApplicationExtension.class)
class ExchangeWindowTest {
    @TempDir
    Path temp;

    private Stage stage;
    private MainViewModel viewModel;

    @Start
    void start(Stage stage) throws Exception {
        this.stage = stage;
        FxTesting.projectWithInterview(temp.resolve("chimie"), temp, "entretien-martine.txt",
                "[00:00:01] MARTINE : Par mon père, il était à l’entretien.\n").close();
        viewModel = new MainViewModel(new ProjectChoice(temp.resolve("chimie"), false));
        new MainWindow(viewModel).install(stage);
        stage.show();
        viewModel.open();
    }

    @AfterEach
    void closeProject() throws Exception {
        FxTesting.runFx(viewModel::close);
    }

    @Test
    void theFileMenuOffersImportAndEveryExportThenAnImportEndsWithItsReport() throws Exception {
        FxTesting.waitFor(() -> viewModel.readyProperty().get());
        FxTesting.waitIdle(viewModel);
        Menu file = FxTesting.onFx(() -> ((MenuBar) ((BorderPane) stage.getScene().getRoot()).getTop())
                .getMenus().getFirst());
        List<String> labels = FxTesting.onFx(() -> file.getItems().stream().map(MenuItem::getText).toList());
        assertThat(labels).contains("Importer…", "Importer un dossier…", "Exporter");
        Menu export = FxTesting.onFx(() -> (Menu) file.getItems().stream()
                .filter(item -> "menu-export".equals(item.getId())).findFirst().orElseThrow());
        assertThat(FxTesting.onFx(() -> export.getItems().stream().map(MenuItem::getText).toList())).containsExactly(
                "Projet REFI-QDA (.qdpx)…", "Livre de codes (.qdc)…", "Segments (CSV)…", "Segments (XLSX)…",
                "Citations pour la thèse (DOCX)…", "Citations pour la thèse (ODT)…",
                "Rapport pour les directeurs (HTML)…", "Corpus pour Iramuteq (.txt)…", "Corpus XML-TEI pour TXM…",
                "Journal de bord (Markdown)…", "Journal de bord (HTML)…", "Mémos (Markdown)…", "Mémos (HTML)…",
                "Historique du livre de codes (Markdown)…", "Historique du livre de codes (HTML)…");

        Path folder = Files.createDirectories(temp.resolve("terrain"));
        Files.writeString(folder.resolve("note-atelier.txt"), "Atelier de maintenance, 8 h. Café, consignes.");
        Files.writeString(folder.resolve("vide.txt"), "");
        // The file chooser is native: the folder is handed to the ViewModel as the chooser would.
        FxTesting.runFx(() -> viewModel.exchange().importPaths(List.of(folder)));
        FxTesting.waitFor(() -> report() != null);
        FxTesting.waitIdle(viewModel);

        DialogPane pane = FxTesting.onFx(this::report);
        assertThat(FxTesting.onFx(pane::getHeaderText))
                .isEqualTo("Import terminé : un fichier importé, aucun ignoré, un échec.");
        TableView<?> table = FxTesting.onFx(() -> (TableView<?>) pane.lookup("#import-report-table"));
        assertThat(FxTesting.onFx(() -> table.getItems().size())).isEqualTo(2);
        assertThat(FxTesting.onFx(this::sourceNames)).contains("note-atelier.txt").doesNotContain("vide.txt");
        assertThat(FxTesting.onFx(() -> viewModel.status().messageProperty().get())).startsWith("Import terminé");
        FxTesting.screenshot(pane.getScene(), "import-report-window");
        FxTesting.runFx(() -> pane.getScene().getWindow().hide());
    }

    private DialogPane report() {
        return Window.getWindows().stream().filter(Window::isShowing)
                .map(w -> w.getScene() == null ? null : w.getScene().getRoot())
                .filter(root -> root instanceof DialogPane pane && "import-report".equals(pane.getId()))
                .map(DialogPane.class::cast).findFirst().orElse(null);
    }

    private List<String> sourceNames() {
        TreeView<?> tree = (TreeView<?>) stage.getScene().lookup("#sources-tree");
        List<String> names = new java.util.ArrayList<>();
        collect(tree.getRoot(), names);
        return names;
    }

    private static void collect(TreeItem<?> parent, List<String> names) {
        for (TreeItem<?> child : parent.getChildren()) {
            names.add(((SourceTreeEntry) child.getValue()).label());
            collect(child, names);
        }
    }
}
