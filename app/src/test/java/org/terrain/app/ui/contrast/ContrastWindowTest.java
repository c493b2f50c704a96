package org.terrain.app.ui.contrast;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.control.ListView;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.fxmisc.richtext.StyledTextArea;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.terrain.app.project.ProjectChoice;
import org.terrain.app.ui.common.MainViewModel;
import org.terrain.app.ui.common.MainWindow;
import org.terrain.app.ui.common.Snapshots;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The « Contraste » tab on the demo project, in JavaFX's headless platform: interviews against discourse,
 * the table and the chart, then a term's occurrences on both sides, one of which opens its source.
 */
@ExtendWith(ApplicationExtension.class)
class ContrastWindowTest {
    private static final long TIMEOUT = 60;

    @TempDir
    Path temp;

    private Stage stage;
    private MainViewModel viewModel;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        viewModel = new MainViewModel(new ProjectChoice(temp.resolve("demo"), true));
        new MainWindow(viewModel).install(stage);
        stage.show();
        viewModel.open();
    }

    @AfterEach
    void closeProject() throws Exception {
        WaitForAsyncUtils.asyncFx(viewModel::close).get(TIMEOUT, TimeUnit.SECONDS);
    }

    @Test
    void interviewsAgainstDiscourseGiveTheTableTheChartAndTheOccurrencesOfATerm(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(TIMEOUT, TimeUnit.SECONDS, () -> onFx(() -> viewModel.readyProperty().get()));
        waitIdle();
        robot.clickOn("Contraste");
        // More room for the tools, as a researcher would drag the divider.
        runFx(() -> {
            javafx.scene.Parent up = robot.lookup(".tools").queryAs(Node.class).getParent();
            while (!(up instanceof SplitPane)) {
                up = up.getParent();
            }
            ((SplitPane) up).setDividerPositions(0.3);
        });
        robot.clickOn("#contrast-compare");
        waitIdle();

        TableView<?> table = robot.lookup("#contrast-table").queryAs(TableView.class);
        assertThat(onFx(() -> table.getItems().size())).isGreaterThan(10);
        assertThat(onFx(() -> viewModel.contrast().rows().getFirst().score())).isPositive();
        @SuppressWarnings("unchecked")
        javafx.scene.chart.BarChart<Number, String> chart = robot.lookup("#contrast-chart")
                .queryAs(javafx.scene.chart.BarChart.class);
        assertThat(onFx(() -> chart.getData().size())).isEqualTo(2);
        // Each term has one bar: to the right (A) or to the left (B), at most 15 on each side.
        assertThat(onFx(() -> chart.getData().get(0).getData().stream()
                .filter(d -> d.getXValue().doubleValue() > 0).count())).isBetween(1L, (long) ContrastViewModel.CHART_TERMS);
        assertThat(onFx(() -> chart.getData().get(1).getData().stream()
                .filter(d -> d.getXValue().doubleValue() < 0).count())).isBetween(1L, (long) ContrastViewModel.CHART_TERMS);
        assertThat(onFx(() -> chart.getData().get(0).getData().stream()
                .noneMatch(d -> d.getXValue().doubleValue() < 0))).isTrue();
        screenshot("contrast-table-chart");

        robot.clickOn(robot.lookup("#contrast-table .table-row-cell").nth(0).queryAs(Node.class));
        waitIdle();
        ListView<?> linesA = robot.lookup("#contrast-lines-a").queryAs(ListView.class);
        String term = onFx(() -> viewModel.contrast().rows().getFirst().term());
        assertThat(onFx(() -> linesA.getItems().size())).isPositive();
        assertThat(onFx(() -> robot.lookup("#contrast-concordance-title").queryLabeled().getText())).contains(term);
        screenshot("contrast-concordance");

        robot.clickOn(robot.lookup("#contrast-lines-a .list-cell").nth(0).queryAs(Node.class));
        waitIdle();
        ConcordanceEntry first = onFx(() -> (ConcordanceEntry) linesA.getItems().getFirst());
        assertThat(onFx(() -> viewModel.sources().selectedSourceProperty().get())).isEqualTo(first.source());
        assertThat(onFx(() -> robot.lookup("#document-text").queryAs(StyledTextArea.class).getSelectedText()))
                .isEqualToIgnoringCase(first.match());
        screenshot("contrast-opened");

        Path png = temp.resolve("chart.png");
        onFx(() -> {
            ((ContrastView) robot.lookup("#contrast-view").query()).saveChart(png);
            return null;
        });
        waitIdle();
        assertThat(png).isNotEmptyFile();
        assertThat(Files.readAllBytes(png)).startsWith((byte) 0x89, (byte) 'P', (byte) 'N', (byte) 'G');
    }

    @Test
    void aChartSavedAsPngIsDrawnThroughThePseudonymTableThenShownAsItWas(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(TIMEOUT, TimeUnit.SECONDS, () -> onFx(() -> viewModel.readyProperty().get()));
        waitIdle();
        robot.clickOn("Contraste");
        robot.clickOn("#contrast-compare");
        waitIdle();
        String term = onFx(() -> viewModel.contrast().mostA().getFirst().term()).toLowerCase(java.util.Locale.ROOT);
        onFx(() -> {
            viewModel.session().change("", store -> {
                store.pseudonyms().put(term, "Zorglub", org.terrain.corpus.pseudonym.PseudonymCategory.OTHER, null);
                return null;
            }, done -> "", done -> { });
            return null;
        });
        waitIdle();
        @SuppressWarnings("unchecked")
        javafx.scene.chart.BarChart<Number, String> chart = robot.lookup("#contrast-chart")
                .queryAs(javafx.scene.chart.BarChart.class);
        var bars = chart.getData().getFirst().getData();
        List<List<String>> drawn = new java.util.concurrent.CopyOnWriteArrayList<>();
        runFx(() -> bars.addListener((javafx.collections.ListChangeListener<javafx.scene.chart.XYChart.Data<Number,
                String>>) change -> drawn.add(bars.stream().map(javafx.scene.chart.XYChart.Data::getYValue).toList())));

        Path png = temp.resolve("chart-pseudo.png");
        runFx(() -> ((ContrastView) robot.lookup("#contrast-view").query()).saveChart(png));
        waitIdle();

        assertThat(png).isNotEmptyFile();
        assertThat(drawn).anySatisfy(labels -> assertThat(words(labels)).contains("zorglub").doesNotContain(term));
        assertThat(words(onFx(() -> bars.stream().map(javafx.scene.chart.XYChart.Data::getYValue).toList())))
                .contains(term).doesNotContain("zorglub");
    }

    @Test
    void theCodesByPartsHeatMapShowsOneCellPerCodeAndPart(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(TIMEOUT, TimeUnit.SECONDS, () -> onFx(() -> viewModel.readyProperty().get()));
        waitIdle();
        robot.clickOn("Contraste");
        runFx(() -> {
            javafx.scene.Parent up = robot.lookup(".tools").queryAs(Node.class).getParent();
            while (!(up instanceof SplitPane)) {
                up = up.getParent();
            }
            ((SplitPane) up).setDividerPositions(0.3);
        });
        robot.clickOn("#contrast-view-codetable");
        waitIdle();
        javafx.scene.layout.GridPane grid = robot.lookup("#codetable-heatmap").queryAs(javafx.scene.layout.GridPane.class);
        CodeTableViewModel.Shown shown = onFx(() -> viewModel.contrast().codeTable().shownProperty().get());
        assertThat(shown).isNotNull();
        assertThat(shown.table().parts()).isNotEmpty();
        assertThat(onFx(() -> grid.getChildren().stream().filter(n -> n.getStyleClass().contains("heatmap-cell")).count()))
                .isEqualTo((long) shown.table().rows().size() * shown.table().parts().size());
        assertThat(onFx(() -> robot.lookup("#codetable-heatmap").query().isVisible())).isTrue();
        assertThat(onFx(() -> robot.lookup("#contrast-pair").query().isVisible())).isFalse();
        screenshot("contrast-heatmap");

        Path heatmapPng = temp.resolve("heatmap.png");
        CodeTableView view = robot.lookup(n -> n instanceof CodeTableView).queryAs(CodeTableView.class);
        onFx(() -> {
            view.savePng(heatmapPng);
            return null;
        });
        waitIdle();
        java.awt.image.BufferedImage image = javax.imageio.ImageIO.read(heatmapPng.toFile());
        assertThat(image.getWidth()).isEqualTo((int) Math.ceil(onFx(() -> grid.getLayoutBounds().getWidth())));
        assertThat(image.getHeight()).isPositive();
    }

    @Test
    void aHeatMapSavedAsPngIsDrawnThroughThePseudonymTableThenShownAsItWas(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(TIMEOUT, TimeUnit.SECONDS, () -> onFx(() -> viewModel.readyProperty().get()));
        waitIdle();
        robot.clickOn("Contraste");
        robot.clickOn("#contrast-view-codetable");
        waitIdle();
        String code = onFx(() -> viewModel.contrast().codeTable().gridProperty().get().rows().getFirst().code());
        String name = code.substring(code.lastIndexOf('/') + 1);
        onFx(() -> {
            viewModel.session().change("", store -> {
                store.pseudonyms().put(name, "Zorglub", org.terrain.corpus.pseudonym.PseudonymCategory.OTHER, null);
                return null;
            }, done -> "", done -> { });
            return null;
        });
        waitIdle();
        javafx.scene.layout.GridPane grid = robot.lookup("#codetable-heatmap").queryAs(javafx.scene.layout.GridPane.class);
        List<String> drawn = new java.util.concurrent.CopyOnWriteArrayList<>();
        runFx(() -> grid.getChildren().addListener((javafx.collections.ListChangeListener<Node>) change -> {
            while (change.next()) {
                change.getAddedSubList().stream().filter(node -> node instanceof javafx.scene.control.Label)
                        .forEach(node -> drawn.add(((javafx.scene.control.Label) node).getText()));
            }
        }));

        Path png = temp.resolve("heatmap-pseudo.png");
        CodeTableView view = robot.lookup(n -> n instanceof CodeTableView).queryAs(CodeTableView.class);
        runFx(() -> view.savePng(png));
        waitIdle();

        assertThat(png).isNotEmptyFile();
        assertThat(drawn).anySatisfy(label -> assertThat(label).contains("Zorglub"));
        assertThat(onFx(() -> grid.getChildren().stream().filter(node -> node instanceof javafx.scene.control.Label)
                .map(node -> ((javafx.scene.control.Label) node).getText()).toList())).contains(code)
                .noneSatisfy(label -> assertThat(label).contains("Zorglub"));
    }

    @Test
    void fichierExporterLesNomsReelsIsOneSwitchForTheContrastCodeTableAndEntityExports() throws Exception {
        WaitForAsyncUtils.waitFor(TIMEOUT, TimeUnit.SECONDS, () -> onFx(() -> viewModel.readyProperty().get()));
        waitIdle();
        assertThat(onFx(() -> viewModel.contrast().realNamesProperty().get())).isFalse();
        runFx(() -> viewModel.exchange().realNamesProperty().set(true));

        assertThat(onFx(() -> viewModel.contrast().realNamesProperty().get())).isTrue();
        assertThat(onFx(() -> viewModel.contrast().codeTable().realNamesProperty().get())).isTrue();
        assertThat(onFx(() -> viewModel.entities().realNamesProperty().get())).isTrue();
        runFx(() -> viewModel.exchange().realNamesProperty().set(false));
        assertThat(onFx(() -> viewModel.entities().realNamesProperty().get())).isFalse();
    }

    private void screenshot(String name) throws Exception {
        Path png = Path.of(System.getProperty("terrain.screenshots", "target/screenshots")).resolve(name + ".png");
        WaitForAsyncUtils.waitForFxEvents();
        onFx(() -> {
            Snapshots.save(stage.getScene(), png);
            return null;
        });
    }

    /** The chart's labels as words (the axis pads repeated ones with spaces and zero-width spaces). */
    private static List<String> words(List<String> labels) {
        return labels.stream().map(label -> label.replace("\u200B", "").strip().toLowerCase(java.util.Locale.ROOT))
                .toList();
    }

    private void waitIdle() throws Exception {
        WaitForAsyncUtils.waitForFxEvents();
        WaitForAsyncUtils.waitFor(TIMEOUT, TimeUnit.SECONDS,
                () -> onFx(() -> viewModel.session().pendingProperty().get() == 0));
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static void runFx(Runnable action) throws Exception {
        WaitForAsyncUtils.asyncFx(action).get(TIMEOUT, TimeUnit.SECONDS);
    }

    private static <T> T onFx(Callable<T> read) throws Exception {
        return WaitForAsyncUtils.asyncFx(read).get(TIMEOUT, TimeUnit.SECONDS);
    }
}
