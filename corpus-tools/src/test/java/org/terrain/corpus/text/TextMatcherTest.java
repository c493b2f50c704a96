package org.terrain.corpus.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class TextMatcherTest {
    private static List<String> found(String text, String needle, boolean word, boolean all) {
        CodePointIndex index = new CodePointIndex(text);
        return TextMatcher.find(text, needle, word, all).stream()
                .map(s -> s[0] + ":" + s[1] + "=" + index.substring(s[0], s[1])).toList();
    }

    @Test
    void firstOrEveryOccurrenceInCodePoints() {
        String text = "🏭 usine, usines et l’usine";
        assertThat(found(text, "usine", false, false)).containsExactly("2:7=usine");
        assertThat(found(text, "usine", false, true)).containsExactly("2:7=usine", "9:14=usine", "21:26=usine");
    }

    @Test
    void wholeWordsSkipLongerWords() {
        assertThat(found("usines usine", "usine", true, true)).containsExactly("7:12=usine");
        assertThat(found("l’usine", "usine", true, true)).containsExactly("2:7=usine");
    }

    @Test
    void caseSensitiveAndNonOverlapping() {
        assertThat(found("Usine usine", "usine", false, true)).containsExactly("6:11=usine");
        assertThat(found("aaaa", "aa", false, true)).containsExactly("0:2=aa", "2:4=aa");
    }

    @Test
    void needleIsNormalizedLikeTheText() {
        assertThat(found("été", "e\u0301te\u0301", false, true)).containsExactly("0:3=été");
    }
}
