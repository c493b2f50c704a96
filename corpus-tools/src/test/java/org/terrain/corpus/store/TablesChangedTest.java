package org.terrain.corpus.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.terrain.codingschemes.CodePath;
import org.terrain.corpus.model.SourceKind;
import org.terrain.corpus.testing.Fixtures;

/** What changed since a moment, by table: how a view knows whether it must read again. */
class TablesChangedTest {
    @TempDir
    Path dir;

    @Test
    void eachOperationNamesItsTablesUndosIncluded() {
        try (ProjectStore store = ProjectStore.create(dir.resolve("p"), "t", "test")) {
            Fixtures.importText(store, dir, "note.txt", "Visite de l’atelier.", SourceKind.OBSERVATION);
            long afterImport = store.changeSeq();
            store.codes().add(CodePath.of("Lieux"), "#4E79A7", null);
            assertThat(store.tablesChangedAfter(afterImport)).containsExactly("codes");

            long afterCode = store.changeSeq();
            store.cases().assign("note.txt", "Usine A");
            assertThat(store.tablesChangedAfter(afterCode)).contains("sources", "cases").doesNotContain("codes");

            long afterCase = store.changeSeq();
            store.undo();
            assertThat(store.tablesChangedAfter(afterCase)).contains("sources");
            assertThat(store.tablesChangedAfter(store.changeSeq())).isEmpty();
        }
    }
}
