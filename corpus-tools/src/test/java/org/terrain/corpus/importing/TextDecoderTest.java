package org.terrain.corpus.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.terrain.corpus.errors.ImportException;

class TextDecoderTest {
    private static final String FRENCH = "L’œuvre… « été » à l’usine";

    private static byte[] withBom(byte[] bom, byte[] body) {
        byte[] out = new byte[bom.length + body.length];
        System.arraycopy(bom, 0, out, 0, bom.length);
        System.arraycopy(body, 0, out, bom.length, body.length);
        return out;
    }

    @Test
    void utf8WithAndWithoutBom() {
        assertThat(TextDecoder.decode(FRENCH.getBytes(StandardCharsets.UTF_8), "a").text()).isEqualTo(FRENCH);
        byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
        assertThat(TextDecoder.decode(withBom(bom, FRENCH.getBytes(StandardCharsets.UTF_8)), "a").text())
                .isEqualTo(FRENCH);
    }

    @Test
    void utf16WithBomOrWithout() {
        assertThat(TextDecoder.decode(FRENCH.getBytes(StandardCharsets.UTF_16), "a").text()).isEqualTo(FRENCH);
        assertThat(TextDecoder.decode(FRENCH.getBytes(StandardCharsets.UTF_16LE), "a").text()).isEqualTo(FRENCH);
    }

    @Test
    void windows1252KeepsTypographicCharacters() {
        byte[] bytes = FRENCH.getBytes(Charset.forName("windows-1252"));
        TextDecoder.Decoded decoded = TextDecoder.decode(bytes, "a");
        assertThat(decoded.text()).isEqualTo(FRENCH);
        assertThat(decoded.charset().name()).isEqualTo("windows-1252");
    }

    @Test
    void latin1IsReadAsItsSuperset() {
        String latin = "Ça a été déjà là";
        assertThat(TextDecoder.decode(latin.getBytes(StandardCharsets.ISO_8859_1), "a").text()).isEqualTo(latin);
    }

    @Test
    void emptyAndBinaryFilesAreRefusedWithTheirReason() {
        assertThatThrownBy(() -> TextDecoder.decode(new byte[0], "vide.txt"))
                .isInstanceOf(ImportException.class).hasMessageContaining("vide.txt")
                .extracting(e -> ((ImportException) e).code()).isEqualTo("empty_file");
        byte[] binary = {1, 2, 0, 0, 0, 5, 0, 9, 0, 0, 7, 3, 0, 1};
        assertThatThrownBy(() -> TextDecoder.decode(binary, "x.txt"))
                .extracting(e -> ((ImportException) e).code()).isEqualTo("not_text");
    }

    /** One stray byte (a bad copy, a truncated download) in a UTF-8 file with accents all through it. */
    static byte[] utf8WithOneBadByte() {
        String before = "Le gouvernement qui se présente devant vous a été formé à la suite d’élections. ";
        String after = "Il sait qu’il répond à l’attente du pays : réformes, sécurité, liberté.";
        byte[] a = before.getBytes(StandardCharsets.UTF_8);
        byte[] b = after.getBytes(StandardCharsets.UTF_8);
        byte[] out = new byte[a.length + 1 + b.length];
        System.arraycopy(a, 0, out, 0, a.length);
        out[a.length] = (byte) 0xFF;
        System.arraycopy(b, 0, out, a.length + 1, b.length);
        return out;
    }

    @Test
    void aFewInvalidBytesInUtf8AreReplacedInsteadOfReadingTheWholeFileAsWindows1252() {
        TextDecoder.Decoded decoded = TextDecoder.decode(utf8WithOneBadByte(), "blum.txt");
        assertThat(decoded.charset()).isEqualTo(StandardCharsets.UTF_8);
        assertThat(decoded.text()).contains("se présente devant", "élections. \uFFFDIl sait")
                .doesNotContain("Ã");
        assertThat(decoded.replaced()).isEqualTo(1);
    }

    @Test
    void windows1252StaysWindows1252EvenWithAnAccidentalUtf8Pair() {
        // « Ã© » written in windows-1252 is C3 A9, a valid UTF-8 pair; the many lone é around it are not
        String latin = "Ça a été déjà là, noté « Ã© » dans l’été ; café, thé, forêt, élève.";
        TextDecoder.Decoded decoded = TextDecoder.decode(latin.getBytes(Charset.forName("windows-1252")), "a");
        assertThat(decoded.text()).isEqualTo(latin);
        assertThat(decoded.charset().name()).isEqualTo("windows-1252");
        assertThat(decoded.replaced()).isZero();
    }
}
