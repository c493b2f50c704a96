package org.terrain.app.ui.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Alert;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableView;
import javafx.scene.layout.StackPane;
import javafx.scene.Scene;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.terrain.app.ui.common.Snapshots;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The import report in JavaFX's headless platform: the counts in the header, then one line per file. */
@ExtendWith(ApplicationExtension.class)
class ImportReportWindowTest {
    private static final long TIMEOUT = 30;

    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        stage.setScene(new Scene(new StackPane(new Label("Terrain")), 800, 500));
        stage.show();
    }

    @Test
    void theReportListsTheFailedTheSkippedAndTheImportedFilesWithTheirReasons(FxRobot robot) throws Exception {
        ImportResult result = new ImportResult(
                List.of(new ImportResult.Line("entretien-paul.txt", "/terrain/entretien-paul.txt",
                                "source « entretien-paul » (7 mots)"),
                        new ImportResult.Line("observation-atelier.txt", "/terrain/observation-atelier.txt",
                                "source « observation-atelier » (6 mots)")),
                List.of(new ImportResult.Line("photo.png", "/terrain/photo.png", "format non pris en charge (.png)")),
                List.of(new ImportResult.Line("vide.txt", "/terrain/vide.txt", "vide.txt est vide.")),
                false, List.of(new ImportResult.Line("entretien-paul.txt", "/terrain/entretien-paul.txt",
                        "entretien-paul.txt : un caractère illisible a été remplacé par « \uFFFD » (position 12 dans le "
                                + "texte)")));

        Alert alert = WaitForAsyncUtils.asyncFx(() -> ExchangeView.showReport(stage, result))
                .get(TIMEOUT, TimeUnit.SECONDS);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(alert.getHeaderText()).isEqualTo("Import terminé : 2 fichiers importés, un ignoré, un échec.");
        TableView<?> table = robot.lookup("#import-report-table").queryAs(TableView.class);
        assertThat(table.getItems()).hasSize(5);
        assertThat(robot.lookup("attention").tryQuery()).isPresent();
        assertThat(robot.lookup("vide.txt est vide.").tryQuery()).isPresent();
        assertThat(robot.lookup("échec").tryQuery()).isPresent();
        assertThat(robot.lookup("format non pris en charge (.png)").tryQuery()).isPresent();
        assertThat(robot.lookup("source « entretien-paul » (7 mots)").tryQuery()).isPresent();
        Path png = Path.of(System.getProperty("terrain.screenshots", "target/screenshots"))
                .resolve("import-report.png");
        WaitForAsyncUtils.asyncFx(() -> {
            Snapshots.save(alert.getDialogPane().getScene(), png);
            return null;
        }).get(TIMEOUT, TimeUnit.SECONDS);
        assertThat(png).exists();
        WaitForAsyncUtils.asyncFx(alert::close).get(TIMEOUT, TimeUnit.SECONDS);
    }

    /** A reason longer than the column: wrapped on several lines, never cut, and whole in its tooltip. */
    @Test
    void aLongReasonWrapsInItsCellAndIsWholeOnHover(FxRobot robot) throws Exception {
        String reason = "caché (« .DS_Store » commence par un point : fichier ou dossier du système ou d’un logiciel, "
                + "pas du terrain) — et une seconde phrase encore pour dépasser largement la largeur de la colonne";
        String shortReason = "source « entretien-paul » (7 mots)";
        ImportResult result = new ImportResult(
                List.of(new ImportResult.Line("entretien-paul.txt", "/terrain/entretien-paul.txt", shortReason)),
                List.of(new ImportResult.Line(".DS_Store", "/terrain/.DS_Store", reason)), List.of(), false);

        Alert alert = WaitForAsyncUtils.asyncFx(() -> ExchangeView.showReport(stage, result))
                .get(TIMEOUT, TimeUnit.SECONDS);
        WaitForAsyncUtils.waitForFxEvents();

        TableCell<?, ?> longCell = detailCell(robot, reason);
        TableCell<?, ?> shortCell = detailCell(robot, shortReason);
        String shown = WaitForAsyncUtils.asyncFx(() -> shownText(longCell)).get(TIMEOUT, TimeUnit.SECONDS);
        assertThat(shown).as("the reason is not cut").isEqualTo(reason);
        assertThat(longCell.getHeight()).as("it wraps on several lines").isGreaterThan(shortCell.getHeight() * 1.8);
        assertThat(longCell.getTooltip()).as("hovering shows it whole").isNotNull();
        assertThat(longCell.getTooltip().getText()).isEqualTo(reason);
        WaitForAsyncUtils.asyncFx(() -> {
            Snapshots.save(alert.getDialogPane().getScene(), Path.of(System.getProperty("terrain.screenshots",
                    "target/screenshots")).resolve("import-report-long-reason.png"));
            return null;
        }).get(TIMEOUT, TimeUnit.SECONDS);
        WaitForAsyncUtils.asyncFx(alert::close).get(TIMEOUT, TimeUnit.SECONDS);
    }

    private static TableCell<?, ?> detailCell(FxRobot robot, String text) {
        return robot.lookup(".table-cell").queryAllAs(TableCell.class).stream()
                .filter(cell -> text.equals(cell.getItem())).findFirst()
                .orElseThrow(() -> new AssertionError("no cell holds " + text));
    }

    /** What the cell draws: its text nodes put together (a cut text ends with « … »). */
    private static String shownText(TableCell<?, ?> cell) {
        return cell.lookupAll(".text").stream().map(node -> ((Text) node).getText())
                .reduce("", String::concat);
    }
}
