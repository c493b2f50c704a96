package org.terrain.app.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Set;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TableView;
import javafx.scene.layout.BorderPane;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.fxmisc.richtext.StyledTextArea;
import org.fxmisc.richtext.model.TwoDimensional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.terrain.app.project.ProjectChoice;
import org.terrain.app.ui.common.MainViewModel;
import org.terrain.app.ui.common.MainWindow;
import org.terrain.app.ui.document.RunStyle;
import org.terrain.app.ui.language.EntityRow;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * « Outils › Analyse linguistique… » on the demo project in the window, in JavaFX's headless platform: the
 * count and the start, the closing report, then the named entities underlined in the document (over the
 * codings' tints) and listed in the « Entités » tab, one of them opened in its source.
 */
@ExtendWith(ApplicationExtension.class)
class LanguageWindowTest {
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
    void theAnalysisRunsFromTheMenuThenEntitiesAreUnderlinedAndListed(FxRobot robot) throws Exception {
        FxTesting.waitFor(() -> viewModel.readyProperty().get());
        FxTesting.waitIdle(viewModel);
        assertThat(FxTesting.onFx(() -> stage.getScene().getRoot().lookupAll(".entity"))).isEmpty();

        FxTesting.runFx(() -> menuItem("menu-language").fire());
        FxTesting.waitFor(() -> dialog("language-plan") != null);
        DialogPane plan = FxTesting.onFx(() -> dialog("language-plan"));
        assertThat(FxTesting.onFx(plan::getHeaderText)).isEqualTo("4 sources à analyser sur 4.");
        FxTesting.screenshot(plan.getScene(), "language-plan");
        Button start = FxTesting.onFx(() -> plan.getButtonTypes().stream().map(plan::lookupButton)
                .map(Button.class::cast).filter(b -> b.getText().equals("Lancer l’analyse")).findFirst()
                .orElseThrow());
        robot.clickOn(start);

        FxTesting.waitFor(() -> dialog("language-outcome") != null);
        FxTesting.waitIdle(viewModel);
        DialogPane outcome = FxTesting.onFx(() -> dialog("language-outcome"));
        assertThat(FxTesting.onFx(outcome::getContentText))
                .startsWith("Analyse linguistique terminée : 4 sources, ").contains("entités nommées dans le projet");
        assertThat(FxTesting.onFx(() -> dialog("language-progress"))).isNull();
        FxTesting.screenshot(outcome.getScene(), "language-outcome");
        FxTesting.runFx(() -> outcome.getScene().getWindow().hide());

        robot.clickOn("#toggle-entities");
        FxTesting.waitIdle(viewModel);

        StyledTextArea<Boolean, RunStyle> area = window.documentView().area();
        Set<Node> underlined = FxTesting.onFx(() -> area.lookupAll(".entity"));
        assertThat(underlined).isNotEmpty();
        assertThat(FxTesting.onFx(() -> entityStyles(area))).isPositive();
        // The codings are still drawn: tints and margin stripes.
        assertThat(FxTesting.onFx(() -> area.lookupAll(".piece-coded"))).isNotEmpty();
        assertThat(FxTesting.onFx(() -> area.lookupAll(".coding-stripe"))).isNotEmpty();
        assertThat(FxTesting.onFx(() -> ((Label) stage.getScene().lookup("#entity-note")).getText()))
                .matches("\\d+ mentions\\.");
        // The field note names the most people: it makes the picture.
        FxTesting.runFx(() -> viewModel.sources().select("observation-atelier-feyzin.txt"));
        FxTesting.waitIdle(viewModel);
        FxTesting.runFx(() -> area.showParagraphAtTop(8));
        assertThat(FxTesting.onFx(() -> entityStyles(area))).isGreaterThan(10);
        Path shot = FxTesting.screenshot(stage.getScene(), "entities");

        robot.clickOn("Entités");
        FxTesting.waitIdle(viewModel);
        TableView<?> table = FxTesting.onFx(() -> (TableView<?>) stage.getScene().lookup("#entities-table"));
        List<?> rows = FxTesting.onFx(() -> List.copyOf(table.getItems()));
        assertThat(rows).isNotEmpty();
        assertThat(FxTesting.onFx(() -> ((Label) stage.getScene().lookup("#entities-count")).getText()))
                .matches("\\d+ entités, \\d+ mentions");
        EntityRow first = (EntityRow) rows.getFirst();
        robot.clickOn(robot.lookup("#entities-table .entity-row").nth(0).queryAs(Node.class));
        FxTesting.waitIdle(viewModel);

        assertThat(FxTesting.onFx(area::getSelectedText)).isEqualTo(first.text());
        assertThat(FxTesting.onFx(() -> viewModel.document().shownSourceProperty().get())).isIn(first.sources());
        Thread.sleep(300); // the area scrolls to the mention on its next layout pass
        // Scrolled to it: the entities come with the text, not after, which would undo the scroll.
        int paragraph = FxTesting.onFx(() -> area.offsetToPosition(area.getSelection().getStart(),
                TwoDimensional.Bias.Forward).getMajor());
        assertThat(paragraph).isPositive();
        assertThat(FxTesting.onFx(area::firstVisibleParToAllParIndex)).isLessThanOrEqualTo(paragraph);
        assertThat(FxTesting.onFx(area::lastVisibleParToAllParIndex)).isGreaterThanOrEqualTo(paragraph);
        Path list = FxTesting.screenshot(stage.getScene(), "entities-list");

        // TERRAIN_DOC_SCREENSHOTS=1 refreshes the documentation's pictures; an ordinary run leaves docs/ alone.
        Path docs = Path.of(System.getProperty("user.dir")).resolveSibling("docs").resolve("screenshots");
        if ("1".equals(System.getenv("TERRAIN_DOC_SCREENSHOTS")) && Files.isDirectory(docs)) {
            Files.copy(shot, docs.resolve("entities.png"), StandardCopyOption.REPLACE_EXISTING);
            Files.copy(list, docs.resolve("entities-list.png"), StandardCopyOption.REPLACE_EXISTING);
        }
    }

    /** How many runs of the whole text carry an entity (not only those drawn on screen). */
    private static int entityStyles(StyledTextArea<Boolean, RunStyle> area) {
        int count = 0;
        for (var span : area.getStyleSpans(0, area.getLength())) {
            if (span.getStyle().isEntity()) {
                count++;
            }
        }
        return count;
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
