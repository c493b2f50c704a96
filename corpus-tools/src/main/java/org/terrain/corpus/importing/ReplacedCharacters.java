package org.terrain.corpus.importing;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The warning for a source whose text holds U+FFFD: characters that could not be read (a few bad bytes in a
 * UTF-8 file, see {@link TextDecoder#utf8OrWindows1252}) and were replaced. The file is imported; the warning
 * names it and gives the code-point offsets of the first replacements in the stored text, where the researcher
 * can find them and compare with the original.
 */
final class ReplacedCharacters {
    static final String CODE = "replaced_characters";
    /** Offsets named in the warning; the count says how many there are in all. */
    static final int SHOWN = 5;
    private static final int REPLACEMENT = 0xFFFD;

    private ReplacedCharacters() {
    }

    static Optional<ImportReport.Warning> in(String text, String fileName) {
        if (text.indexOf(REPLACEMENT) < 0) {
            return Optional.empty();
        }
        List<Integer> offsets = new ArrayList<>();
        int count = 0;
        int codePoint = 0;
        for (int i = 0; i < text.length(); i = text.offsetByCodePoints(i, 1), codePoint++) {
            if (text.codePointAt(i) == REPLACEMENT) {
                if (offsets.size() < SHOWN) {
                    offsets.add(codePoint);
                }
                count++;
            }
        }
        String shown = offsets.stream().map(String::valueOf).collect(Collectors.joining(", "))
                + (count > SHOWN ? ", …" : "");
        return Optional.of(new ImportReport.Warning(CODE, new Object[] {fileName, count, shown}));
    }
}
