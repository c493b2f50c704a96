package org.terrain.corpus.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.terrain.corpus.errors.PseudonymConflictException;
import org.terrain.corpus.errors.TerrainException;
import org.terrain.corpus.errors.UnknownPseudonymException;
import org.terrain.corpus.errors.UsageException;
import org.terrain.corpus.model.Operation;
import org.terrain.corpus.pseudonym.PseudonymCategory;
import org.terrain.corpus.pseudonym.PseudonymEntry;

/** The pseudonym table: its rules, and every change one undo. */
class PseudonymStoreTest {
    private static final PseudonymCategory PERSON = PseudonymCategory.PERSON;
    @TempDir
    Path dir;
    ProjectStore store;

    @BeforeEach
    void project() {
        store = ProjectStore.create(dir.resolve("p"), "Vallée", "test");
        store.cases().addCase("Lyon");
        store.cases().addCase("Paris");
    }

    @AfterEach
    void close() {
        store.close();
    }

    private List<String> lines() {
        return store.pseudonyms().table().entries().stream()
                .map(e -> e.original() + ">" + e.replacement() + ":" + e.category().id() + "@" + e.caseName()).toList();
    }

    @Test
    void addEditAndRemoveAreEachOneUndo() {
        assertThat(store.pseudonyms().put("Martine", "Odile", PERSON, null)).isEqualTo(PseudonymStore.Outcome.ADDED);
        assertThat(store.pseudonyms().put("MARTINE", "Sophie", PERSON, null)).isEqualTo(PseudonymStore.Outcome.EDITED);
        assertThat(lines()).containsExactly("MARTINE>Sophie:person@null");
        store.pseudonyms().remove("martine", null);
        assertThat(lines()).isEmpty();

        Operation undone = store.undo();
        assertThat(undone.message().key()).isEqualTo("op.pseudonyms.remove");
        assertThat(lines()).containsExactly("MARTINE>Sophie:person@null");
        store.undo();
        assertThat(lines()).containsExactly("Martine>Odile:person@null");
        store.undo();
        assertThat(lines()).isEmpty();
        store.redo();
        assertThat(lines()).containsExactly("Martine>Odile:person@null");
    }

    @Test
    void theSameReplacementTwiceIsRefusedNamingBothOriginals() {
        store.pseudonyms().put("Martine", "Odile", PERSON, null);
        assertThatThrownBy(() -> store.pseudonyms().put("Karim", "ODILE", PERSON, null))
                .isInstanceOf(PseudonymConflictException.class)
                .hasMessageContaining("Karim").hasMessageContaining("Martine").hasMessageContaining("ODILE")
                .satisfies(e -> assertThat(((TerrainException) e).category().exitCode()).isEqualTo(1));
        assertThatThrownBy(() -> store.pseudonyms().put("Karim", "Odile", PERSON, "Lyon"))
                .isInstanceOf(PseudonymConflictException.class);
        assertThat(lines()).containsExactly("Martine>Odile:person@null");
    }

    @Test
    void casesHaveTheirOwnScope() {
        store.pseudonyms().put("Karim", "Nabil", PERSON, "Lyon");
        store.pseudonyms().put("Karim", "Samir", PERSON, "Paris");
        store.pseudonyms().put("Sophie", "Nadia", PERSON, "Lyon");
        // two cases never meet: one replacement may serve in each
        store.pseudonyms().put("Julie", "Nadia", PERSON, "Paris");
        assertThat(lines()).containsExactly("Karim>Nabil:person@Lyon", "Sophie>Nadia:person@Lyon",
                "Julie>Nadia:person@Paris", "Karim>Samir:person@Paris");
        // but a project-wide entry meets every case
        assertThatThrownBy(() -> store.pseudonyms().put("Anne", "Samir", PERSON, null))
                .isInstanceOf(PseudonymConflictException.class).hasMessageContaining("Paris");
        assertThatThrownBy(() -> store.pseudonyms().remove("Karim", null))
                .isInstanceOf(UnknownPseudonymException.class);
        store.pseudonyms().remove("Karim", "Paris");
        assertThat(lines()).hasSize(3);
    }

    @Test
    void aReplacementIsNeverItsOriginalNorBlank() {
        assertThatThrownBy(() -> store.pseudonyms().put("Hélène", "HELENE", PERSON, null))
                .isInstanceOf(UsageException.class);
        assertThatThrownBy(() -> store.pseudonyms().put("  ", "x", PERSON, null)).isInstanceOf(UsageException.class);
        assertThatThrownBy(() -> store.pseudonyms().put("Anne", "Zoé", PERSON, "Nulle part"))
                .isInstanceOf(UsageException.class);
    }

    @Test
    void anOriginalMayBecomeAnothersReplacement() {
        store.pseudonyms().put("Sam", "Alex", PERSON, null);
        store.pseudonyms().put("Alex", "Pat", PERSON, null);
        assertThat(store.pseudonyms().table().originalsThatMustNotRemain()).containsExactly("Sam");
    }

    @Test
    void ignoredOriginalsAreUndoable() {
        assertThat(store.pseudonyms().ignore("Atelier")).isTrue();
        assertThat(store.pseudonyms().ignore("ATELIER")).isFalse();
        assertThat(store.pseudonyms().table().ignored()).containsExactly("Atelier");
        assertThat(store.pseudonyms().table().decidedFolded()).contains("atelier");
        store.undo();
        assertThat(store.pseudonyms().table().ignored()).isEmpty();
        store.redo();
        assertThat(store.pseudonyms().unignore("atelier")).isTrue();
        assertThat(store.pseudonyms().table().ignored()).isEmpty();
    }

    @Test
    void anEventIsLoggedButNeverUndone() {
        store.pseudonyms().put("Martine", "Odile", PERSON, null);
        store.record(OperationKind.EXPORT_ORIGINALS.with("tei", "/tmp/out.xml"));
        assertThat(store.log(10)).map(op -> op.message().key()).contains("op.export.originals");
        assertThat(store.undo().message().key()).isEqualTo("op.pseudonyms.add");
        assertThat(store.pseudonyms().table().entries()).isEmpty();
        store.record(OperationKind.EXPORT_ORIGINALS.with("tei", "/tmp/out.xml"));
        assertThat(store.redo().message().key()).isEqualTo("op.pseudonyms.add");
        assertThat(store.pseudonyms().table().entries()).extracting(PseudonymEntry::original).containsExactly("Martine");
    }
}
