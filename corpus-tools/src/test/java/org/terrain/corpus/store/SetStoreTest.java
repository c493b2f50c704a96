package org.terrain.corpus.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.terrain.codingschemes.CodePath;
import org.terrain.corpus.errors.UnknownSetException;
import org.terrain.corpus.errors.UnknownSourceException;
import org.terrain.corpus.errors.UsageException;

/** Sets of sources and codes: made, filled, emptied and deleted, each change one undoable operation. */
class SetStoreTest {
    private static final CodePath WORK = CodePath.parse("Pratiques/Travail");
    private static final CodePath RISK = CodePath.parse("Discours/Risque");

    @TempDir
    Path dir;
    ProjectStore store;

    @BeforeEach
    void project() {
        store = ProjectStore.create(dir.resolve("p"), "test", "test");
        OperationLogUndoTest.addSource(store, "martine.txt", "ENQ : bonjour\nMARTINE : l'usine");
        OperationLogUndoTest.addSource(store, "ahmed.txt", "ENQ : bonjour\nAHMED : le quai");
        store.codes().add(WORK, null, null);
        store.codes().add(RISK, null, null);
    }

    @AfterEach
    void close() {
        store.close();
    }

    @Test
    void aSetHoldsSourcesByNameAndCodesInTreeOrderOnceEach() {
        store.sets().create(" gender: female ", "attribut ATLAS.ti");
        store.sets().addSources("gender: female", List.of("martine.txt", "ahmed.txt", "martine.txt"));
        store.sets().addCodes("gender: female", List.of(WORK, RISK));
        long seq = store.changeSeq();
        store.sets().addSources("gender: female", List.of("ahmed.txt"));
        assertThat(store.changeSeq()).as("adding a member it has changes nothing").isEqualTo(seq);

        assertThat(store.sets().list()).containsExactly(new SetInfo("gender: female", "attribut ATLAS.ti",
                List.of("ahmed.txt", "martine.txt"), List.of(RISK, WORK)));
    }

    @Test
    void removingMembersAndDeletingTheSetLeaveTheSourcesAndCodes() {
        store.sets().create("A", null);
        store.sets().create("B", null);
        store.sets().addSources("A", List.of("martine.txt", "ahmed.txt"));
        store.sets().addCodes("A", List.of(WORK));
        store.sets().removeSources("A", List.of("ahmed.txt"));
        store.sets().removeCodes("A", List.of(WORK));
        assertThat(store.sets().find("A").orElseThrow().sources()).containsExactly("martine.txt");
        assertThat(store.sets().find("A").orElseThrow().codes()).isEmpty();

        store.sets().delete("A");
        assertThat(store.sets().list()).extracting(SetInfo::name).containsExactly("B");
        assertThat(store.sources().names()).containsExactlyInAnyOrder("martine.txt", "ahmed.txt");
        assertThat(store.codes().find(WORK)).isPresent();
    }

    @Test
    void namesAreCheckedBeforeAnythingChanges() {
        store.sets().create("A", null);
        assertThatThrownBy(() -> store.sets().create("A", null)).isInstanceOf(UsageException.class)
                .hasMessageContaining("already exists");
        assertThatThrownBy(() -> store.sets().create("  ", null)).isInstanceOf(UsageException.class);
        assertThatThrownBy(() -> store.sets().addSources("Z", List.of("martine.txt")))
                .isInstanceOf(UnknownSetException.class);
        long seq = store.changeSeq();
        assertThatThrownBy(() -> store.sets().addSources("A", List.of("martine.txt", "absent.txt")))
                .isInstanceOf(UnknownSourceException.class);
        assertThat(store.changeSeq()).isEqualTo(seq);
        assertThat(store.sets().find("A").orElseThrow().sources()).isEmpty();
    }

    @Test
    void deletingASourceOrACodeTakesItOutOfItsSetsAndUndoPutsItBack() {
        store.sets().create("A", null);
        store.sets().addSources("A", List.of("martine.txt", "ahmed.txt"));
        store.sets().addCodes("A", List.of(WORK, RISK));
        store.sources().delete("ahmed.txt");
        store.codes().delete(CodePath.of("Pratiques"));
        assertThat(store.sets().find("A").orElseThrow())
                .isEqualTo(new SetInfo("A", null, List.of("martine.txt"), List.of(RISK)));
        store.undo();
        store.undo();
        assertThat(store.sets().find("A").orElseThrow())
                .isEqualTo(new SetInfo("A", null, List.of("ahmed.txt", "martine.txt"), List.of(RISK, WORK)));
    }

    @Test
    void aMergedCodesSetsHoldTheCodeItWasMergedInto() {
        store.sets().create("A", null);
        store.sets().create("B", null);
        store.sets().addCodes("A", List.of(RISK));
        store.sets().addCodes("B", List.of(RISK, WORK));
        store.codes().merge(RISK, WORK);
        assertThat(store.sets().find("A").orElseThrow().codes()).containsExactly(WORK);
        assertThat(store.sets().find("B").orElseThrow().codes()).containsExactly(WORK);
        store.undo();
        assertThat(store.sets().find("A").orElseThrow().codes()).containsExactly(RISK);
        assertThat(store.sets().find("B").orElseThrow().codes()).containsExactly(RISK, WORK);
    }
}
