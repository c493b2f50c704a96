package org.terrain.corpus.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.terrain.corpus.errors.Messages;
import org.terrain.corpus.errors.UsageException;
import org.terrain.corpus.model.AttributeType;
import org.terrain.corpus.testing.Fixtures;

/** The cases × attributes table edited a cell at a time, as the app does: each edit one undoable action. */
class CaseTableEditTest {
    @TempDir
    Path dir;
    ProjectStore store;

    @BeforeEach
    void project() {
        store = ProjectStore.create(dir.resolve("p"), "test", "test");
        OperationLogUndoTest.addSource(store, "entretien.txt", Fixtures.INTERVIEW);
    }

    @AfterEach
    void close() {
        store.close();
    }

    @Test
    void aCaseAnAttributeAndACellMakeARowOfTheTableAndTheSourceInheritsIt() {
        store.cases().addCase("Martine");
        store.cases().addAttribute("âge", AttributeType.INTEGER);
        store.cases().setValue("Martine", "âge", " 54 ");
        store.cases().assign("entretien.txt", "Martine");

        assertThat(store.cases().list()).filteredOn(c -> c.name().equals("Martine")).singleElement()
                .satisfies(c -> {
                    assertThat(c.attributes()).isEqualTo(Map.of("âge", "54"));
                    assertThat(c.sources()).containsExactly("entretien.txt");
                });
        assertThat(store.cases().columns()).containsExactly(new AttributeColumn("âge", AttributeType.INTEGER));
        assertThat(store.sources().get("entretien.txt").attributes()).containsEntry("âge", "54");
    }

    @Test
    void aBlankValueEmptiesTheCellAndUndoPutsItBack() {
        store.cases().addCase("Martine");
        store.cases().addAttribute("profession", AttributeType.TEXT);
        store.cases().setValue("Martine", "profession", "opératrice");

        store.cases().setValue("Martine", "profession", "  ");
        assertThat(attributesOf("Martine")).isEmpty();

        store.undo();
        assertThat(attributesOf("Martine")).containsEntry("profession", "opératrice");
    }

    @Test
    void aValueThatDoesNotFitItsTypeIsRefusedInWords() {
        store.cases().addCase("Martine");
        store.cases().addAttribute("âge", AttributeType.INTEGER);
        store.cases().addAttribute("entrée", AttributeType.DATE);

        assertThatThrownBy(() -> store.cases().setValue("Martine", "âge", "cinquante"))
                .isInstanceOfSatisfying(UsageException.class, e -> assertThat(e.localizedMessage(Messages.french()))
                        .isEqualTo("« cinquante » ne convient pas à l’attribut « âge » (nombre entier)."));
        store.cases().setValue("Martine", "entrée", "01/09/1998");
        assertThat(attributesOf("Martine")).isEqualTo(Map.of("entrée", "01/09/1998"));
    }

    @Test
    void namesAlreadyTakenOrBlankAreRefusedAndChangeNothing() {
        store.cases().addCase("Martine");
        store.cases().addAttribute("âge", AttributeType.INTEGER);
        int logged = store.log(100).size();

        refused(() -> store.cases().addCase("Martine"), "case_exists");
        refused(() -> store.cases().addCase(" "), "case_blank");
        refused(() -> store.cases().addAttribute("âge", AttributeType.TEXT), "attribute_exists");
        refused(() -> store.cases().setValue("Paul", "âge", "3"), "unknown_case");
        assertThat(store.log(100)).hasSize(logged);
    }

    @Test
    void columnsLeaveOutThePropertiesOnlyDocumentsCarry() {
        // « site » came with the source (as a document's title would): it is the source's, not a column.
        assertThat(store.cases().columns()).isEmpty();
        store.cases().setValue("Usine A", "site", "Feyzin");
        assertThat(store.cases().columns()).extracting(AttributeColumn::name).containsExactly("site");
    }

    private Map<String, String> attributesOf(String caseName) {
        return store.cases().list().stream().filter(c -> c.name().equals(caseName)).findFirst().orElseThrow()
                .attributes();
    }

    private static void refused(org.assertj.core.api.ThrowableAssert.ThrowingCallable action, String code) {
        assertThatThrownBy(action).isInstanceOfSatisfying(UsageException.class,
                e -> assertThat(e.code()).isEqualTo(code));
    }
}
