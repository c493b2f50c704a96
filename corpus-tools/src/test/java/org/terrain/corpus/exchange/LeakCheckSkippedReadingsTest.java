package org.terrain.corpus.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.terrain.corpus.exchange.LeakCheck.Leak;

/**
 * The leak check skips a reading only where it cannot find more than the raw one: these texts are the edges of that
 * rule, where the skipped reading would have been needed.
 */
class LeakCheckSkippedReadingsTest {
    private static final List<String> ORIGINALS = List.of("Martine", "O'Brien", "Procter & Gamble", "Feyzin");

    @TempDir
    Path dir;

    @Test
    void theEntitiesAnXmlWriterEscapesNeedNoDecodingWhenNoOriginalHoldsTheirChars() {
        LeakMatcher names = new LeakMatcher(List.of("Martine", "Feyzin"));
        assertThat(EntityReading.needed("Martine &amp; Karim &lt;Feyzin&gt; « &quot;x&quot; »", names)).isFalse();
        assertThat(EntityReading.needed("A & B, 1&2", names)).isFalse();
        assertThat(EntityReading.needed("Mar&#116;ine", names)).isTrue();
        assertThat(EntityReading.needed("O&apos;Brien", names)).isTrue();
        assertThat(EntityReading.needed("H&eacute;l&egrave;ne", names)).isTrue();
        assertThat(EntityReading.needed("x &amp; y", new LeakMatcher(List.of("Procter & Gamble")))).isTrue();
        assertThat(EntityReading.needed("x &amp; y", new LeakMatcher(List.of("A;B")))).isTrue();
    }

    @Test
    void aNameHiddenByAnEntityIsStillFound() throws IOException {
        // plain text: no markup reading, so only the decoded reading can see these
        assertThat(originals(write("a.txt", "chez Procter &amp; Gamble et Fey&#122;in"))).containsExactlyInAnyOrder(
                "Procter & Gamble", "Feyzin");
        assertThat(originals(write("b.txt", "chez O&apos;Brien &amp; Mar&#x74;ine"))).containsExactlyInAnyOrder(
                "O'Brien", "Martine");
        assertThat(originals(write("c.txt", "chez &lt;Martine&gt; &amp; Feyzin"))).containsExactlyInAnyOrder(
                "Martine", "Feyzin");
    }

    @Test
    void aBackslashThatEscapesNothingLeavesTheJsonReadingOutButAnEscapeDoesNot() throws IOException {
        assertThat(originals(write("a.json", "{\"path\": \"C:\\\\x\", \"t\": \"Mart\\u0069ne\"}")))
                .containsExactly("Martine");
        assertThat(originals(write("b.txt", "C:\\Users\\x Feyzin"))).containsExactly("Feyzin");
    }

    @Test
    void aUtf8TextThatHoldsAReplacementCharIsStillReadAsUtf8() throws IOException {
        Path file = dir.resolve("r.txt");
        Files.write(file, "\uFFFD chez Hélène à Feyzin".getBytes(StandardCharsets.UTF_8));
        assertThat(originals(LeakCheck.scan(file, List.of("Hélène", "Feyzin")))).containsExactlyInAnyOrder("Hélène",
                "Feyzin");
        Path latin1 = dir.resolve("l.txt");
        Files.write(latin1, "chez Hélène".getBytes(java.nio.charset.Charset.forName("windows-1252")));
        assertThat(originals(LeakCheck.scan(latin1, List.of("Hélène")))).containsExactly("Hélène");
    }

    private List<String> originals(Path file) {
        return originals(LeakCheck.scan(file, ORIGINALS));
    }

    private static List<String> originals(List<Leak> leaks) {
        return leaks.stream().filter(l -> !l.unchecked()).map(Leak::original).distinct().toList();
    }

    private Path write(String name, String text) throws IOException {
        Path file = dir.resolve(name);
        Files.writeString(file, text);
        return file;
    }
}
