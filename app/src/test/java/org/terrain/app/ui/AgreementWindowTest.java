package org.terrain.app.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.terrain.app.ui.FxTesting.onFx;
import static org.terrain.app.ui.FxTesting.runFx;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.fxmisc.richtext.StyledTextArea;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.terrain.app.project.ProjectChoice;
import org.terrain.app.ui.agreement.AgreementViewModel;
import org.terrain.app.ui.common.MainViewModel;
import org.terrain.codingschemes.CodePath;
import org.terrain.corpus.model.Span;
import org.terrain.corpus.store.ProjectStore;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * « Accord inter-codeurs » on an interview coded by Anne and by Bruno: the two coders chosen, the table per code
 * with the overall line, the disagreements side by side, one of which opens the interview at its place; then the
 * exports and the methods paragraph.
 */
@ExtendWith(ApplicationExtension.class)
class AgreementWindowTest {
    private static final String INTERVIEW = "entretien-martine.txt";
    private static final String TEXT = """
            [00:00:02] ENQ : Comment êtes-vous arrivée à l’usine ?
            [00:00:06] MARTINE : Par mon père, il était à l’entretien des fours, on habitait la cité juste à côté.
            [00:00:15] ENQ : Et le travail posté ?
            [00:00:18] MARTINE : Les trois-huit, le pont roulant, la chaleur des fours : on apprenait sur le tas.
            """;
    static final CodePath GESTES = CodePath.parse("Pratiques/Gestes");
    static final CodePath LIEUX = CodePath.parse("Lieux");

    @TempDir
    Path temp;

    private Stage stage;
    private MainViewModel viewModel;

    @Start
    void start(Stage stage) throws Exception {
        this.stage = stage;
        Path project = temp.resolve("projet");
        try (ProjectStore store = FxTesting.projectWithInterview(project, temp, INTERVIEW, TEXT)) {
            store.codes().add(GESTES, null, null);
            store.codes().add(LIEUX, null, null);
            store.segments().code(INTERVIEW, GESTES, List.of(at(store, "le pont roulant, la chaleur des fours")), null,
                    "Anne");
            store.segments().code(INTERVIEW, GESTES, List.of(at(store, "le pont roulant, la chaleur")), null, "Bruno");
            store.segments().code(INTERVIEW, LIEUX, List.of(at(store, "la cité juste à côté")), null, "Anne");
            store.segments().code(INTERVIEW, LIEUX, List.of(at(store, "on habitait la cité juste à côté")), null, "Bruno");
        }
        viewModel = new MainViewModel(new ProjectChoice(project, false));
        FxTesting.show(stage, viewModel);
    }

    private static Span at(ProjectStore store, String words) {
        String text = store.sources().get(INTERVIEW).text();
        int start = text.codePointCount(0, text.indexOf(words));
        return new Span(start, start + words.codePointCount(0, words.length()));
    }

    @AfterEach
    void closeProject() throws Exception {
        WaitForAsyncUtils.asyncFx(viewModel::close).get(30, TimeUnit.SECONDS);
    }

    @Test
    void twoCodersTheirTableTheirDisagreementsSideBySideAndTheSourceOpenedAtOne(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> onFx(() -> viewModel.readyProperty().get()));
        FxTesting.waitIdle(viewModel);
        robot.clickOn("Accord inter-codeurs");
        FxTesting.roomForTools(robot, 0.3);
        AgreementViewModel agreement = viewModel.agreement();
        assertThat(onFx(() -> List.copyOf(agreement.coders()))).contains("Anne", "Bruno");
        robot.clickOn("#agreement-coder-a").clickOn("Anne");
        robot.clickOn("#agreement-coder-b").clickOn("Bruno");
        robot.clickOn("#agreement-compute");
        FxTesting.waitIdle(viewModel);

        TableView<?> table = robot.lookup("#agreement-table").queryAs(TableView.class);
        assertThat(onFx(() -> table.getItems().size())).isEqualTo(3); // two codes and the overall line
        List<AgreementViewModel.Line> lines = onFx(() -> List.copyOf(agreement.lines()));
        assertThat(lines).extracting(AgreementViewModel.Line::code).containsExactly("Lieux", "Pratiques/Gestes", null);
        assertThat(lines.get(0).kappa()).isBetween(0.0, 1.0);
        assertThat(lines.get(2).segmentsA()).isEqualTo(2);
        // « la cité juste à côté » is 20 of Bruno's 32 code points: not 90 % of the longer, not matched.
        assertThat(lines.get(0).segmentAgreement()).isZero();
        assertThat(onFx(() -> agreement.summaryProperty().get())).contains("Anne (A) et Bruno (B)");

        TableView<?> runs = robot.lookup("#agreement-disagreements").queryAs(TableView.class);
        assertThat(onFx(() -> runs.getItems().size())).isEqualTo(2);
        List<AgreementViewModel.Difference> differences = onFx(() -> List.copyOf(agreement.differences()));
        AgreementViewModel.Difference lieux = differences.getFirst();
        assertThat(lieux.code()).isEqualTo("Lieux");
        assertThat(lieux.coder()).isEqualTo("Bruno");
        assertThat(lieux.text()).isEqualTo("on habitait");
        assertThat(lieux.segmentA()).isEqualTo("la cité juste à côté");
        assertThat(lieux.segmentB()).isEqualTo("on habitait la cité juste à côté");
        assertThat(differences.get(1).coder()).isEqualTo("Anne");
        assertThat(differences.get(1).text()).isEqualTo("des fours");
        FxTesting.screenshot(stage.getScene(), "agreement");

        Node firstRow = robot.lookup("#agreement-disagreements .table-row-cell").nth(0).queryAs(Node.class);
        robot.doubleClickOn(firstRow);
        FxTesting.waitIdle(viewModel);
        assertThat(onFx(() -> viewModel.sources().selectedSourceProperty().get())).isEqualTo(INTERVIEW);
        assertThat(onFx(() -> robot.lookup("#document-text").queryAs(StyledTextArea.class).getSelectedText()))
                .isEqualTo("on habitait ");

        Path csv = temp.resolve("accord.csv");
        Path xlsx = temp.resolve("accord.xlsx");
        runFx(() -> {
            agreement.exportCsv(csv);
            agreement.exportXlsx(xlsx);
        });
        FxTesting.waitIdle(viewModel);
        assertThat(Files.readString(csv)).contains("Lieux").contains("Pratiques/Gestes");
        assertThat(xlsx).isNotEmptyFile();
        assertThat(onFx(agreement::methods)).contains("entre Anne et Bruno", "Cohen, 1960", "Krippendorff, 2019");
    }
}
