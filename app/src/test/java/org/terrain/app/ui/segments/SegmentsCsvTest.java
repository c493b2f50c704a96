package org.terrain.app.ui.segments;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.terrain.codingschemes.CodePath;
import org.terrain.corpus.exchange.ExportTarget;
import org.terrain.corpus.store.ProjectLayout;

class SegmentsCsvTest {
    @TempDir
    Path temp;

    private static final SegmentRow ROW = new SegmentRow(7, "martine.txt", CodePath.of("Pratiques", "Sécurité"),
            "#E15759", "MARTINE", "Par mon père 👷, ", "la sécurité; « d’abord »", " et le reste.",
            "à relire\n\"important\"", 17, 41);

    @Test
    void theFileIsUtf8WithAByteOrderMarkForExcel() throws Exception {
        Path file = temp.resolve("segments.csv");

        SegmentsCsv.write(List.of(ROW), ExportTarget.of(new ProjectLayout(temp.resolve("projet")), file));

        byte[] bytes = Files.readAllBytes(file);
        assertThat(bytes).startsWith(0xEF, 0xBB, 0xBF);
        String text = new String(bytes, StandardCharsets.UTF_8).substring(1);
        assertThat(text).isEqualTo("""
                source;code;locuteur;début;fin;segment;contexte;mémo\r
                martine.txt;Pratiques/Sécurité;MARTINE;17;41;"la sécurité; « d’abord »";\
                "Par mon père 👷, la sécurité; « d’abord » et le reste.";"à relire
                ""important\"\"\"\r
                """);
        assertThat(temp).isDirectoryNotContaining("glob:**.terrain-export*");
    }

    @ParameterizedTest(name = "[{0}]")
    @CsvSource(delimiter = '|', quoteCharacter = '\'', value = {
        "plain|plain",
        "a;b|'\"a;b\"'",
        "a,b|'\"a,b\"'",
        "say \"hi\"|'\"say \"\"hi\"\"\"'",
        "' lead'|'\" lead\"'",
        "''|''"})
    void fieldsAreQuotedWhenTheyHoldASeparatorAQuoteOrEdgeBlanks(String value, String written) {
        assertThat(org.terrain.app.ui.common.SpreadsheetCsv.field(value == null ? "" : value)).isEqualTo(written == null ? "" : written);
    }
}
