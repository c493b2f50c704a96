package org.terrain.app.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
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
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** Fichier › Importer and Fichier › Exporter in the window: the items, then an import ending with its report. */
@ExtendWith(ApplicationExtension.class)
class ExchangeWindowTest {
    @TempDir
    Path temp;

    private Stage stage;
    private MainViewModel viewModel;
    private MainWindow window;

    @Start
    void start(Stage stage) throws Exception {
        this.stage = stage;
        FxTesting.projectWithInterview(temp.resolve("chimie"), temp, "entretien-martine.txt",
                "[00:00:01] MARTINE : Par mon père, il était à l’entretien.\n").close();
        viewModel = new MainViewModel(new ProjectChoice(temp.resolve("chimie"), false));
        window = FxTesting.show(stage, viewModel);
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

    @Test
    void aFolderWithOneBadFileIsImportedWithTheChosenKindAndCasesThenTheReportSaysWhy(FxRobot robot)
            throws Exception {
        FxTesting.waitFor(() -> viewModel.readyProperty().get());
        FxTesting.waitIdle(viewModel);
        Path folder = Files.createDirectories(temp.resolve("terrain"));
        Files.createDirectories(folder.resolve("Usine A"));
        Files.writeString(folder.resolve("Usine A/atelier.txt"), "Atelier de maintenance, 8 h. Café, consignes.");
        Files.writeString(folder.resolve("Usine A/vide.txt"), "");

        // What « Importer un dossier… » does once the (native) chooser returns the folder.
        FxTesting.runFx(() -> window.exchangeView().askThenImport(List.of(folder)));
        FxTesting.waitFor(() -> dialog("import-options") != null);
        robot.clickOn("#import-kind").clickOn("observation");
        robot.clickOn("#import-case-folder");
        FxTesting.screenshot(FxTesting.onFx(() -> dialog("import-options").getScene()), "import-options");
        robot.clickOn("#import-go");
        FxTesting.waitFor(() -> dialog("import-report") != null);
        FxTesting.waitIdle(viewModel);

        DialogPane pane = FxTesting.onFx(() -> dialog("import-report"));
        assertThat(FxTesting.onFx(pane::getHeaderText))
                .isEqualTo("Import terminé : un fichier importé, aucun ignoré, un échec.");
        TableView<?> table = FxTesting.onFx(() -> (TableView<?>) pane.lookup("#import-report-table"));
        assertThat(FxTesting.onFx(() -> cellTexts(table))).containsExactly(
                "échec | vide.txt | vide.txt est vide.",
                "importé | atelier.txt | source « atelier.txt » (7 mots)");
        // The sources pane groups by kind then case: the observation sits in « Usine A ».
        assertThat(FxTesting.onFx(this::sourceNames)).containsSubsequence("Observations (1)", "Usine A (1)",
                "atelier.txt");
        FxTesting.screenshot(pane.getScene(), "import-folder-report");
        FxTesting.runFx(() -> pane.getScene().getWindow().hide());
    }

    @Test
    void anImportCancelledFromItsProgressDialogImportsNothingAndSaysSo(FxRobot robot) throws Exception {
        FxTesting.waitFor(() -> viewModel.readyProperty().get());
        FxTesting.waitIdle(viewModel);
        Path folder = Files.createDirectories(temp.resolve("notes"));
        for (int i = 1; i <= 3; i++) {
            Files.writeString(folder.resolve("note-" + i + ".txt"), "Note de terrain numéro " + i + ".");
        }
        // The background runs one task at a time: held, it keeps the import waiting while « Annuler » is pressed.
        CountDownLatch hold = new CountDownLatch(1);
        FxTesting.runFx(() -> viewModel.session().read(store -> hold.await(30, TimeUnit.SECONDS), held -> { }));

        FxTesting.runFx(() -> window.exchangeView().askThenImport(List.of(folder)));
        FxTesting.waitFor(() -> dialog("import-options") != null);
        robot.clickOn("#import-go");
        FxTesting.waitFor(() -> dialog("import-progress") != null);
        FxTesting.screenshot(FxTesting.onFx(() -> dialog("import-progress").getScene()), "import-progress");
        robot.clickOn("#import-cancel");
        hold.countDown();
        FxTesting.waitFor(() -> dialog("import-report") != null);
        FxTesting.waitIdle(viewModel);

        DialogPane pane = FxTesting.onFx(() -> dialog("import-report"));
        assertThat(FxTesting.onFx(pane::getHeaderText))
                .isEqualTo("Import interrompu : aucun fichier importé, aucun ignoré, aucun échec.");
        assertThat(FxTesting.onFx(() -> dialog("import-progress"))).isNull();
        assertThat(FxTesting.onFx(this::sourceNames)).noneMatch(name -> name.startsWith("note-"));
        FxTesting.screenshot(pane.getScene(), "import-cancelled-report");
        FxTesting.runFx(() -> pane.getScene().getWindow().hide());
    }

    private static List<String> cellTexts(TableView<?> table) {
        List<String> rows = new java.util.ArrayList<>();
        for (int row = 0; row < table.getItems().size(); row++) {
            List<String> cells = new java.util.ArrayList<>();
            for (var column : table.getColumns()) {
                cells.add(String.valueOf(column.getCellData(row)));
            }
            rows.add(String.join(" | ", cells));
        }
        return rows;
    }

    private DialogPane report() {
        return dialog("import-report");
    }

    private static DialogPane dialog(String id) {
        return Window.getWindows().stream().filter(Window::isShowing)
                .map(w -> w.getScene() == null ? null : w.getScene().getRoot())
                .filter(root -> root instanceof DialogPane pane && id.equals(pane.getId()))
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
