package org.terrain.app.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.terrain.app.ui.FxTesting.onFx;
import static org.terrain.app.ui.FxTesting.runFx;
import static org.terrain.app.ui.FxTesting.screenshot;
import static org.terrain.app.ui.FxTesting.waitFor;
import static org.terrain.app.ui.FxTesting.waitIdle;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.DialogPane;
import javafx.scene.control.ListView;
import javafx.scene.control.MenuItem;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.fxmisc.richtext.StyledTextArea;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.terrain.app.project.ProjectChoice;
import org.terrain.app.ui.common.MainViewModel;
import org.terrain.app.ui.common.MainWindow;
import org.terrain.app.ui.document.MarginMark;
import org.terrain.app.ui.document.TextRange;
import org.terrain.app.ui.segments.SegmentRow;
import org.terrain.codingschemes.CodePath;
import org.terrain.corpus.model.Span;
import org.terrain.corpus.store.ProjectStore;
import org.terrain.corpus.text.CodePointIndex;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Coding in the window, as a researcher does it, in JavaFX's headless platform: select words, code them (key,
 * context menu), see the stripes, undo, and change the codebook (delete, merge, create). The interview has an
 * emoji and accents before the coded words, so a position counted in UTF-16 rather than code points would
 * code the wrong letters.
 */
@ExtendWith(ApplicationExtension.class)
class CodingWorkflowTest {
    private static final String SOURCE = "entretien-martine.txt";
    private static final String TEXT = """
            [00:00:02] ENQ : Comment êtes-vous arrivée à l’usine ?
            [00:00:06] MARTINE : Par mon père 👷, il était à l’entretien. La sécurité, c’était sa hantise : les consignes, les masques, tout.
            [00:00:15] ENQ : Et vous ?
            [00:00:18] MARTINE : Moi j’ai appris sur le tas, avec les anciens. La transmission se faisait à l’atelier, pas à l’école.
            """;
    private static final CodePath SECURITE = CodePath.of("Pratiques", "Sécurité");
    private static final CodePath TRANSMISSION = CodePath.of("Pratiques", "Transmission");
    private static final CodePath RAPPORT = CodePath.of("Rapport au travail");

    @TempDir
    Path temp;

    private Stage stage;
    private MainViewModel viewModel;
    private MainWindow window;

    @Start
    void start(Stage stage) throws Exception {
        this.stage = stage;
        Path project = temp.resolve("projet");
        try (ProjectStore store = FxTesting.projectWithInterview(project, temp, SOURCE, TEXT)) {
            store.codes().add(SECURITE, "#E15759", "Consignes, équipements, peur de l’accident.");
            store.codes().add(TRANSMISSION, "#4E79A7", null);
            store.codes().add(RAPPORT, "#59A14F", null);
        }
        viewModel = new MainViewModel(new ProjectChoice(project, false));
        window = FxTesting.show(stage, viewModel);
    }

    @AfterEach
    void closeProject() throws Exception {
        WaitForAsyncUtils.asyncFx(viewModel::close).get(30, TimeUnit.SECONDS);
    }

    @Test
    void ctrlEnterCodesTheSelectionWithTheSelectedCode(FxRobot robot) throws Exception {
        ready();
        select("La sécurité, c’était sa hantise");
        robot.clickOn("Sécurité");
        robot.push(KeyCode.CONTROL, KeyCode.ENTER);
        waitIdle(viewModel);

        assertThat(stripes()).hasSize(1);
        assertThat(rows()).extracting(SegmentRow::text, SegmentRow::speaker)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("La sécurité, c’était sa hantise", "MARTINE"));
        assertThat(onFx(() -> viewModel.status().messageProperty().get()))
                .isEqualTo("Codé avec « Pratiques/Sécurité » dans « " + SOURCE + " ».");
        screenshot(stage.getScene(), "coding-ctrl-enter");
    }

    @Test
    void theContextMenuCodesTheSelectionWithTheSelectedCode(FxRobot robot) throws Exception {
        ready();
        robot.clickOn("Transmission");
        select("La transmission se faisait à l’atelier");
        robot.rightClickOn(centreOf("La transmission se faisait à l’atelier"));
        waitFor(() -> robot.lookup("Coder avec « Transmission »").tryQuery().isPresent());
        screenshot(robot.lookup("Coder avec « Transmission »").queryAs(Node.class).getScene(), "coding-context-menu");
        robot.clickOn("Coder avec « Transmission »");
        waitIdle(viewModel);

        assertThat(stripes()).hasSize(1);
        assertThat(rows()).extracting(SegmentRow::text).containsExactly("La transmission se faisait à l’atelier");
        screenshot(stage.getScene(), "coding-context-menu-done");
    }

    @Test
    void codingWithTheSearchableListTakesTheCodeTyped(FxRobot robot) throws Exception {
        ready();
        select("sur le tas");
        runFx(() -> window.documentView().area().requestFocus());
        robot.push(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.ENTER);
        waitFor(() -> robot.lookup("#code-chooser-search").tryQuery().isPresent());
        robot.clickOn("#code-chooser-search").write("rapport");
        screenshot(robot.lookup("#code-chooser-search").queryAs(Node.class).getScene(), "coding-chooser");
        robot.push(KeyCode.ENTER);
        waitIdle(viewModel);

        runFx(() -> viewModel.codes().select(List.of(RAPPORT)));
        waitIdle(viewModel);
        assertThat(rows()).extracting(SegmentRow::text).containsExactly("sur le tas");
    }

    @Test
    void threeOverlappingCodingsTakeThreeLanes(FxRobot robot) throws Exception {
        ready();
        code("La sécurité, c’était sa hantise : les consignes", SECURITE);
        code("c’était sa hantise", RAPPORT);
        code("sa hantise : les consignes, les masques", TRANSMISSION);
        waitIdle(viewModel);

        List<Node> stripes = stripes();
        assertThat(stripes).hasSize(3);
        Set<Integer> lanes = stripes.stream().map(s -> ((MarginMark) s.getUserData()).lane()).collect(Collectors.toSet());
        assertThat(lanes).containsExactlyInAnyOrder(0, 1, 2);
        Set<Double> columns = onFx(() -> stripes.stream().map(Node::getLayoutX).collect(Collectors.toSet()));
        assertThat(columns).hasSize(3);
        assertThat(onFx(() -> viewModel.document().layerProperty().get().laneCount())).isEqualTo(3);
        screenshot(stage.getScene(), "coding-three-lanes");
    }

    @Test
    void undoAndRedoFollowTheOperationLogAndNameTheAction(FxRobot robot) throws Exception {
        ready();
        robot.clickOn("Sécurité");
        select("les consignes");
        robot.push(KeyCode.CONTROL, KeyCode.ENTER);
        waitIdle(viewModel);
        assertThat(stripes()).hasSize(1);
        assertThat(menuText("#menu-undo")).isEqualTo(
                "Annuler : codage avec « Pratiques/Sécurité » dans « " + SOURCE + " »");

        robot.push(KeyCode.CONTROL, KeyCode.Z);
        waitIdle(viewModel);
        assertThat(stripes()).isEmpty();
        assertThat(onFx(() -> viewModel.status().messageProperty().get()))
                .startsWith("Annulé : codage avec « Pratiques/Sécurité »");
        assertThat(menuText("#menu-redo")).startsWith("Rétablir : codage avec « Pratiques/Sécurité »");
        screenshot(stage.getScene(), "undo-done");

        robot.push(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.Z);
        waitIdle(viewModel);
        assertThat(stripes()).hasSize(1);

        robot.push(KeyCode.CONTROL, KeyCode.Z);
        waitIdle(viewModel);
        robot.push(KeyCode.CONTROL, KeyCode.Y);
        waitIdle(viewModel);
        assertThat(stripes()).hasSize(1);
        screenshot(stage.getScene(), "redo-done");
    }

    @Test
    void withCodingsDeletingACodeSaysHowManySegmentsGo(FxRobot robot) throws Exception {
        readyWithCodings();
        robot.clickOn("Pratiques");
        robot.push(KeyCode.DELETE);
        waitFor(() -> robot.lookup("#code-delete-confirmation").tryQuery().isPresent());
        DialogPane confirmation = robot.lookup("#code-delete-confirmation").queryAs(DialogPane.class);

        assertThat(onFx(confirmation::getHeaderText)).isEqualTo("Supprimer le code « Pratiques » ?");
        assertThat(onFx(confirmation::getContentText))
                .startsWith("3 segments codés seront retirés, ainsi que 2 sous-codes.");
        screenshot(confirmation.getScene(), "code-delete-confirmation");
        robot.clickOn(robot.lookup(".dialog-pane .button").match(n -> "Supprimer".equals(((Button) n).getText()))
                .queryAs(Button.class));
        waitIdle(viewModel);

        assertThat(codes()).containsExactly(RAPPORT);
        assertThat(stripes()).isEmpty();
        screenshot(stage.getScene(), "code-deleted");
    }

    @Test
    void withCodingsMergingACodeMovesItsSegmentsToTheOther(FxRobot robot) throws Exception {
        readyWithCodings();
        robot.rightClickOn("Transmission");
        robot.clickOn("Fusionner dans…");
        waitFor(() -> robot.lookup("#code-chooser-search").tryQuery().isPresent());
        robot.clickOn("#code-chooser-search").write("secu");
        robot.push(KeyCode.ENTER);
        waitIdle(viewModel);

        assertThat(codes()).containsExactly(CodePath.of("Pratiques"), SECURITE, RAPPORT);
        assertThat(onFx(() -> viewModel.codes().find(SECURITE).orElseThrow().segments())).isEqualTo(3);
        assertThat(rows()).extracting(SegmentRow::text)
                .containsExactly("La sécurité", "les masques", "La transmission");
        screenshot(stage.getScene(), "code-merged");
    }

    @Test
    void withCodingsASegmentChosenInTheListIsSelectedInItsSource(FxRobot robot) throws Exception {
        readyWithCodings();
        robot.clickOn("Transmission");
        waitIdle(viewModel);
        assertThat(rows()).extracting(SegmentRow::text, SegmentRow::memo)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("La transmission", "au travail"));

        robot.clickOn(robot.lookup("#segments-list .list-cell").nth(0).queryAs(Node.class));
        waitIdle(viewModel);

        assertThat(onFx(() -> area().getSelectedText())).isEqualTo("La transmission");
        screenshot(stage.getScene(), "segments-jump");
    }

    @Test
    void withCodingsTheStripesShowTheCodingsAndAClickSelectsOne(FxRobot robot) throws Exception {
        readyWithCodings();
        List<Node> stripes = stripes();
        assertThat(stripes).hasSize(3);
        Node transmission = stripes.stream()
                .filter(s -> ((MarginMark) s.getUserData()).coding().code().equals(TRANSMISSION)).findFirst().orElseThrow();
        robot.clickOn(transmission);
        waitIdle(viewModel);
        assertThat(onFx(() -> area().getSelectedText())).isEqualTo("La transmission");

        robot.rightClickOn(transmission);
        robot.clickOn("Retirer le codage « Transmission »");
        waitIdle(viewModel);
        assertThat(stripes()).hasSize(2);
    }

    @Test
    void withCodingsHoveringACodedPassageTellsItsCodeAndMemo(FxRobot robot) throws Exception {
        readyWithCodings();
        robot.moveTo(centreOf("La transmission"));
        waitFor(() -> hoverText(robot) != null);

        // the code, who coded it (the fixture's coder, « test »), then the memo
        assertThat(onFx(() -> hoverText(robot))).isEqualTo("Pratiques › Transmission — test\n\nau travail");
        screenshot(stage.getScene(), "coding-hover");
    }

    @Test
    void withCodingsTheListedSegmentsExportAsCsvForExcel(FxRobot robot) throws Exception {
        readyWithCodings();
        robot.clickOn("Pratiques");
        waitIdle(viewModel);
        Path csv = temp.resolve("segments.csv");

        runFx(() -> viewModel.segments().exportCsv(csv));
        waitIdle(viewModel);

        List<String> lines = java.nio.file.Files.readAllLines(csv);
        assertThat(lines.getFirst())
                .isEqualTo("\uFEFFsource;type;cas;code;début;fin;texte;codeur;mémo;création;modification");
        assertThat(lines).hasSize(4);
        assertThat(lines.get(3)).startsWith(SOURCE + ";interview;Martine;Pratiques/Transmission;")
                .contains(";La transmission;test;au travail;");
        assertThat(onFx(() -> viewModel.status().messageProperty().get())).startsWith("3 segments exportés vers ");
    }

    @Test
    void withCodingsRenamingRecolouringAndDescribingACodeShowEverywhere(FxRobot robot) throws Exception {
        readyWithCodings();
        robot.clickOn("Transmission");
        robot.push(KeyCode.F2);
        waitFor(() -> robot.lookup("#code-name").tryQuery().isPresent());
        robot.clickOn("#code-name").push(KeyCode.CONTROL, KeyCode.A).write("Apprentissage").push(KeyCode.ENTER);
        waitIdle(viewModel);
        CodePath renamed = CodePath.of("Pratiques", "Apprentissage");
        runFx(() -> {
            viewModel.codes().recolor(renamed, "#76B7B2");
            viewModel.codes().describe(renamed, "Apprendre le métier auprès des anciens.");
        });
        waitIdle(viewModel);

        assertThat(codes()).containsExactly(CodePath.of("Pratiques"), renamed, SECURITE, RAPPORT);
        assertThat(onFx(() -> viewModel.codes().find(renamed).orElseThrow()))
                .extracting(e -> e.color(), e -> e.description())
                .containsExactly("#76B7B2", "Apprendre le métier auprès des anciens.");
        assertThat(rows()).extracting(SegmentRow::code).containsExactly(renamed);
        assertThat(stripes()).extracting(s -> ((MarginMark) s.getUserData()).coding())
                .filteredOn(c -> c.code().equals(renamed)).singleElement()
                .extracting(c -> c.color()).isEqualTo("#76B7B2");
        assertThat(menuText("#menu-undo")).isEqualTo("Annuler : modification du code « Pratiques/Apprentissage »");
        screenshot(stage.getScene(), "code-renamed");
    }

    @Test
    void theFilterKeepsTheMatchingCodesWithTheCodesAboveThem(FxRobot robot) throws Exception {
        ready();
        robot.clickOn("#codes-filter").write("secu");
        WaitForAsyncUtils.waitForFxEvents();

        List<String> shown = onFx(() -> {
            var tree = (javafx.scene.control.TreeView<?>) stage.getScene().lookup("#codes-tree");
            List<String> names = new java.util.ArrayList<>();
            for (int row = 0; row < tree.getExpandedItemCount(); row++) {
                names.add(((org.terrain.app.ui.codes.CodeEntry) tree.getTreeItem(row).getValue()).name());
            }
            return names;
        });
        assertThat(shown).containsExactly("Pratiques", "Sécurité");
        screenshot(stage.getScene(), "codes-filtered");
    }

    @Test
    void aNewCodeGoesUnderTheSelectedOne(FxRobot robot) throws Exception {
        ready();
        robot.clickOn("Pratiques");
        robot.clickOn("#codes-add");
        waitFor(() -> robot.lookup("#code-name").tryQuery().isPresent());
        robot.clickOn("#code-name").write("Horaires");
        robot.push(KeyCode.ENTER);
        waitIdle(viewModel);

        assertThat(codes()).contains(CodePath.of("Pratiques", "Horaires"));
        assertThat(onFx(() -> viewModel.codes().currentProperty().get())).isEqualTo(CodePath.of("Pratiques", "Horaires"));
    }

    private void ready() throws Exception {
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> onFx(() -> viewModel.readyProperty().get()));
        waitIdle(viewModel);
    }

    /** Three codings made through the engine, as another session would have left them. */
    private void readyWithCodings() throws Exception {
        ready();
        runFx(() -> viewModel.session().change("", store -> {
            String text = store.sources().get(SOURCE).text();
            store.segments().code(SOURCE, SECURITE, List.of(span(text, "La sécurité"), span(text, "les masques")),
                    null, "test");
            store.segments().code(SOURCE, TRANSMISSION, List.of(span(text, "La transmission")), "au travail", "test");
            return null;
        }, done -> ""));
        waitIdle(viewModel);
    }

    @SuppressWarnings("unchecked")
    private StyledTextArea<Boolean, ?> area() {
        return window.documentView().area();
    }

    /** Selects the first occurrence of {@code words} in the document, as a mouse sweep would. */
    private void select(String words) throws Exception {
        runFx(() -> {
            int start = area().getText().indexOf(words);
            assertThat(start).isNotNegative();
            area().selectRange(start, start + words.length());
        });
        waitIdle(viewModel);
    }

    private void code(String words, CodePath code) throws Exception {
        runFx(() -> {
            int start = area().getText().indexOf(words);
            viewModel.document().code(new TextRange(start, start + words.length()), code);
        });
        waitIdle(viewModel);
    }

    private javafx.geometry.Point2D centreOf(String words) throws Exception {
        return onFx(() -> {
            int start = area().getText().indexOf(words);
            Bounds bounds = area().getCharacterBoundsOnScreen(start, start + 4).orElseThrow();
            return new javafx.geometry.Point2D(bounds.getCenterX(), bounds.getCenterY());
        });
    }

    /** The text of the tooltip showing over the document, or null. */
    private static String hoverText(FxRobot robot) {
        return robot.listWindows().stream()
                .filter(w -> w instanceof javafx.scene.control.Tooltip tip && tip.isShowing())
                .map(w -> ((javafx.scene.control.Tooltip) w).getText()).findFirst().orElse(null);
    }

    private List<Node> stripes() throws Exception {
        WaitForAsyncUtils.waitForFxEvents();
        return onFx(() -> List.copyOf(stage.getScene().getRoot().lookupAll(".coding-stripe")));
    }

    @SuppressWarnings("unchecked")
    private List<SegmentRow> rows() throws Exception {
        return onFx(() -> List.copyOf(((ListView<SegmentRow>) stage.getScene().lookup("#segments-list")).getItems()));
    }

    private List<CodePath> codes() throws Exception {
        return onFx(() -> viewModel.codes().entries().stream().map(e -> e.path()).toList());
    }

    private String menuText(String id) throws Exception {
        return onFx(() -> {
            var bar = (javafx.scene.control.MenuBar) ((javafx.scene.layout.BorderPane) stage.getScene().getRoot()).getTop();
            return bar.getMenus().stream().flatMap(m -> m.getItems().stream())
                    .filter(item -> id.substring(1).equals(item.getId())).map(MenuItem::getText).findFirst()
                    .orElseThrow();
        });
    }

    private static Span span(String text, String words) {
        CodePointIndex index = new CodePointIndex(text);
        int at = text.indexOf(words);
        return new Span(index.toCodePoint(at), index.toCodePoint(at + words.length()));
    }
}
