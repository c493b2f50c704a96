package org.terrain.corpus.exchange;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.terrain.corpus.store.ProjectStore;

/** terrain export iramuteq: star lines with sanitised variables, participants' speech one turn per line. */
class IramuteqExportTest {
    @TempDir
    Path temp;

    @Test
    void corpusMatchesTheGolden() throws Exception {
        Path out = temp.resolve("corpus.txt");
        try (ProjectStore store = ExportFixture.create(temp.resolve("p"))) {
            assertEquals(2, IramuteqExport.export(store, out));
        }
        ExportFixture.assertGolden("iramuteq.expected.txt", Files.readString(out, StandardCharsets.UTF_8));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Saint-Fons|saint-fons", "date d'entretien|date-d-entretien", "Âge_*x|age-x", "Œuvre Æ|oeuvre-ae",
            "  |na", "日本|na", "2025-03-14|2025-03-14"})
    void variablesAreSanitised(String raw, String expected) {
        assertEquals(expected, IramuteqExport.variable(raw == null ? "" : raw));
    }
}
