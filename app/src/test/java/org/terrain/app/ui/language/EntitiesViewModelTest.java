package org.terrain.app.ui.language;

import static org.assertj.core.api.Assertions.assertThat;
import static org.terrain.app.ui.language.LanguageFixture.onFx;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.terrain.app.ui.common.ErrorText;
import org.terrain.corpus.errors.TerrainException;
import org.terrain.corpus.model.Span;

/** The « Entités » list on a small real project, analysed by the French models. */
class EntitiesViewModelTest {
    @TempDir
    Path temp;

    private LanguageFixture project;
    private EntitiesViewModel viewModel;
    private final List<String> opened = new ArrayList<>();

    @BeforeEach
    void project() throws Exception {
        project = new LanguageFixture(temp);
        viewModel = onFx(() -> {
            EntitiesViewModel made = new EntitiesViewModel(project.session);
            made.setOnOpen((source, span) -> opened.add(source + " " + words(source, span)));
            return made;
        });
    }

    @AfterEach
    void close() throws Exception {
        project.close();
    }

    @Test
    void beforeAnyAnalysisTheListSaysToRunIt() throws Exception {
        show();

        assertThat(onFx(() -> List.copyOf(viewModel.rows()))).isEmpty();
        assertThat(onFx(() -> viewModel.countProperty().get())).startsWith("Pas encore d’analyse linguistique");
    }

    @Test
    void theEntitiesComeMostMentionedFirstWithTheirTypeAndSources() throws Exception {
        project.analyse();
        show();

        List<EntityRow> rows = onFx(() -> List.copyOf(viewModel.rows()));
        assertThat(rows.getFirst()).isEqualTo(new EntityRow("Lyon", "LOC", 3,
                List.of(LanguageFixture.KARIM, LanguageFixture.MARTINE)));
        assertThat(rows).extracting(EntityRow::count).isSortedAccordingTo((a, b) -> b - a);
        assertThat(rows).contains(new EntityRow("Jean Dupont", "PER", 2,
                List.of(LanguageFixture.KARIM, LanguageFixture.MARTINE)));
        int mentions = rows.stream().mapToInt(EntityRow::count).sum();
        assertThat(onFx(() -> viewModel.countProperty().get()))
                .isEqualTo(rows.size() + " entités, " + mentions + " mentions");
    }

    @Test
    void theListOfTheShownSourceOnly() throws Exception {
        project.analyse();
        show();
        onFx(() -> {
            viewModel.shownSourceProperty().set(LanguageFixture.KARIM);
            viewModel.shownSourceOnlyProperty().set(true);
            return null;
        });
        project.waitIdle();

        List<EntityRow> rows = onFx(() -> List.copyOf(viewModel.rows()));
        assertThat(rows).isNotEmpty().allSatisfy(row -> assertThat(row.sources()).containsExactly(LanguageFixture.KARIM));
        assertThat(rows).extracting(EntityRow::text).doesNotContain("Renault").contains("Feyzin");

        onFx(() -> {
            viewModel.shownSourceProperty().set(LanguageFixture.MARTINE);
            return null;
        });
        project.waitIdle();
        assertThat(onFx(() -> List.copyOf(viewModel.rows()))).extracting(EntityRow::text).contains("Renault")
                .doesNotContain("Feyzin");
    }

    @Test
    void theTypeFilterKeepsOneType() throws Exception {
        project.analyse();
        show();

        onFx(() -> {
            viewModel.typeProperty().set(EntityTypeChoice.PER);
            return null;
        });
        project.waitIdle();

        assertThat(onFx(() -> List.copyOf(viewModel.rows()))).isNotEmpty().extracting(EntityRow::type)
                .containsOnly("PER");
    }

    @Test
    void theListIsReadOnlyWhileOnScreen() throws Exception {
        show();
        onFx(() -> {
            viewModel.activeProperty().set(false);
            return null;
        });
        project.analyse();

        assertThat(onFx(() -> List.copyOf(viewModel.rows()))).isEmpty();
        show();
        assertThat(onFx(() -> List.copyOf(viewModel.rows()))).isNotEmpty();
    }

    @Test
    void openingAnEntityAgainShowsItsNextMentionThroughItsSources() throws Exception {
        project.analyse();
        show();
        EntityRow lyon = onFx(() -> viewModel.rows().getFirst());

        for (int i = 0; i < 4; i++) {
            onFx(() -> {
                viewModel.open(lyon);
                return null;
            });
            project.waitIdle();
        }

        assertThat(opened).containsExactly(LanguageFixture.KARIM + " Lyon", LanguageFixture.MARTINE + " Lyon",
                LanguageFixture.MARTINE + " Lyon", LanguageFixture.KARIM + " Lyon");
        assertThat(onFx(() -> project.status.messageProperty().get()))
                .isEqualTo("Mention 1 sur 3 de « Lyon » (" + LanguageFixture.KARIM + ").");
    }

    @Test
    void theCsvHasOneLinePerEntityWithItsSources() throws Exception {
        project.analyse();
        show();
        Path file = temp.resolve("entites.csv");

        onFx(() -> {
            viewModel.exportCsv(file);
            return null;
        });
        project.waitIdle();

        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        assertThat(lines.getFirst()).isEqualTo("\uFEFFentité;type;mentions;sources");
        assertThat(lines.get(1)).isEqualTo("Lyon;LOC;3;entretien-karim.txt | entretien-martine.txt");
        assertThat(lines).hasSize(1 + onFx(() -> viewModel.rows().size()));
        assertThat(onFx(() -> project.status.messageProperty().get())).endsWith("exportées vers " + file + ".");
    }

    @Test
    void pseudonymisedTheListHoldsOnlyTheReplacementsAndNothingNamedLeaves() throws Exception {
        project.analyse();
        show();
        project.store.pseudonyms().put("Lyon", "Ville A", org.terrain.corpus.pseudonym.PseudonymCategory.PLACE, null);
        project.store.pseudonyms().put("Martine", "Odile", org.terrain.corpus.pseudonym.PseudonymCategory.PERSON,
                null);
        // « Jean Dupont » holds an original, but « Dupont » is no entry: the entity is not the table's to write
        project.store.pseudonyms().put("Jean", "Paul", org.terrain.corpus.pseudonym.PseudonymCategory.PERSON, null);
        Path file = temp.resolve("entites-pseudo.csv");

        onFx(() -> {
            viewModel.exportCsv(file);
            return null;
        });
        project.waitIdle();

        assertThat(project.failures).isEmpty();
        String written = Files.readString(file, StandardCharsets.UTF_8);
        // an entity the table does not give is a name not yet decided: it is left out
        assertThat(written.toLowerCase(java.util.Locale.ROOT)).doesNotContain("lyon", "martine", "dupont");
        assertThat(written.lines()).contains("Ville A;LOC;3;entretien-karim.txt | entretien-odile.txt");
        assertThat(written.lines()).allSatisfy(line -> assertThat(line).doesNotContain("Feyzin", "Karim;"));
    }

    @Test
    void withTheRealNamesTheWholeListAndTheOperationLogSaysSo() throws Exception {
        project.analyse();
        show();
        project.store.pseudonyms().put("Lyon", "Ville A", org.terrain.corpus.pseudonym.PseudonymCategory.PLACE, null);
        Path file = temp.resolve("entites-reelles.csv");

        onFx(() -> {
            viewModel.realNamesProperty().set(true);
            viewModel.exportCsv(file);
            return null;
        });
        project.waitIdle();

        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        assertThat(lines).contains("Lyon;LOC;3;entretien-karim.txt | entretien-martine.txt");
        assertThat(lines).hasSize(1 + onFx(() -> viewModel.rows().size()));
        assertThat(project.store.log(1).getFirst().action()).isEqualTo("export.originals");
    }

    @Test
    void anExportIntoTheProjectFolderIsRefusedInASentenceAndWritesNothing() throws Exception {
        show();
        Path out = project.store.layout().root().resolve("originals/entites.csv");

        onFx(() -> {
            viewModel.exportCsv(out);
            return null;
        });
        project.waitIdle();

        assertThat(project.failures).singleElement().satisfies(failure -> {
            assertThat(((TerrainException) failure).code()).isEqualTo("export_inside_project");
            assertThat(ErrorText.of(failure)).startsWith("Exportation refusée : " + out);
        });
        assertThat(out).doesNotExist();
    }

    private void show() throws Exception {
        onFx(() -> {
            viewModel.activeProperty().set(true);
            return null;
        });
        project.waitIdle();
    }

    private String words(String source, Span span) {
        String text = project.store.sources().get(source).text();
        return text.substring(text.offsetByCodePoints(0, span.start()), text.offsetByCodePoints(0, span.end()));
    }
}
