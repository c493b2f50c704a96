package org.terrain.corpus.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.terrain.codingschemes.CodePath;
import org.terrain.corpus.importing.TurnMode;
import org.terrain.corpus.model.SourceKind;
import org.terrain.corpus.model.Span;
import org.terrain.corpus.store.ProjectStore;
import org.terrain.corpus.testing.Fixtures;

class CodeTablesTest {
    @TempDir
    Path dir;
    ProjectStore store;
    static final CodePath GESTES = CodePath.parse("Pratiques/Gestes");
    static final CodePath RISQUES = CodePath.parse("Discours/Risques");

    @BeforeEach
    void project() {
        store = ProjectStore.create(dir.resolve("p"), "t", "test");
        importText("a.txt", "0123456789".repeat(10), SourceKind.INTERVIEW);
        importText("b.txt", "abcdefghij".repeat(5), SourceKind.DISCOURSE);
        store.codes().add(GESTES, null, null);
        store.codes().add(RISQUES, null, null);
        store.segments().code("a.txt", GESTES, List.of(new Span(0, 10), new Span(5, 20), new Span(50, 60)), null, "t");
        store.segments().code("a.txt", RISQUES, List.of(new Span(15, 30)), null, "t");
        store.segments().code("b.txt", RISQUES, List.of(new Span(0, 25), new Span(40, 45)), null, "t");
    }

    @AfterEach
    void close() {
        store.close();
    }

    private void importText(String name, String text, SourceKind kind) {
        Fixtures.importText(store, dir, name, text, kind, null, Map.of(), TurnMode.OFF);
    }

    @Test
    void segmentsDocumentsCoverageAndPercentagesByKind() {
        CodeTable table = new CodeTables(store).table("kind");
        assertThat(table.parts()).containsExactly("discourse", "interview");
        CodeTable.Row gestes = table.rows().stream().filter(r -> r.code().equals("Pratiques/Gestes")).findFirst()
                .orElseThrow();
        assertThat(gestes.cells().get("interview").segments()).isEqualTo(3);
        assertThat(gestes.cells().get("interview").documents()).isEqualTo(1);
        // union of [0,10) [5,20) [50,60) = 30 of 100 characters
        assertThat(gestes.cells().get("interview").coverage()).isCloseTo(30.0, within(1e-9));
        assertThat(gestes.rowPercents().get("interview")).isCloseTo(100.0, within(1e-9));
        assertThat(gestes.columnPercents().get("interview")).isCloseTo(75.0, within(1e-9));
        CodeTable.Row risques = table.rows().stream().filter(r -> r.code().equals("Discours/Risques")).findFirst()
                .orElseThrow();
        assertThat(risques.cells().get("discourse").coverage()).isCloseTo(60.0, within(1e-9));
        assertThat(risques.rowPercents().get("discourse")).isCloseTo(200.0 / 3, within(1e-9));
    }

    @Test
    void cooccurrenceCountsOverlapsAndNearness() {
        Cooccurrences.Matrix overlap = new Cooccurrences(store).matrix(0);
        int g = overlap.codes().indexOf("Pratiques/Gestes");
        int r = overlap.codes().indexOf("Discours/Risques");
        assertThat(overlap.counts()[g][r]).isEqualTo(1).isEqualTo(overlap.counts()[r][g]);
        assertThat(overlap.counts()[g][g]).isEqualTo(3);
        Cooccurrences.Matrix near = new Cooccurrences(store).matrix(25);
        assertThat(near.counts()[g][r]).as("[5,20) overlaps, [0,10) is 5 away, [50,60) 20 away").isEqualTo(3);
    }
}
