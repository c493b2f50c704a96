package org.terrain.corpus.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.terrain.corpus.model.Span;
import org.terrain.corpus.model.Turn;

/**
 * Selections snapped to whole words before they are coded. Each case selects the words between brackets in
 * the text ({@code [ ]} mark the selection and are taken out), and expects what is coded.
 */
class WordSnapTest {
    /** Snaps the selection written between brackets in {@code marked}; returns the text it would code. */
    private static String snapped(String marked) {
        int open = marked.indexOf('[');
        int close = marked.indexOf(']') - 1;
        String text = marked.replace("[", "").replace("]", "");
        CodePointIndex index = new CodePointIndex(text);
        Optional<Span> span = new WordSnap(text, List.of())
                .snap(new Span(index.toCodePoint(open), index.toCodePoint(close)));
        return span.map(s -> index.substring(s.start(), s.end())).orElse("<nothing>");
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', value = {
        // one character early: the stray dot and blank are left out
        "Le masque tombe[. Une fuite] ici.            | Une fuite",
        // started or ended inside a word: the whole word
        "Le masque tombe. U[ne fui]te ici.            | Une fuite",
        "Le ma[sque tombe. Une]                       | masque tombe. Une",
        // trailing blanks and punctuation left out
        "[Une fuite, ici !  ]                         | Une fuite, ici",
        "« [Une fuite] »                              | Une fuite",
        "[« Une fuite »]                              | Une fuite",
        // inside one word: that word
        "une f[ui]te                                  | fuite",
        // an elided article is a word of its own: coding « usine » never takes « l’ »
        "à l’[usi]ne                                  | usine",
        "à l[’usine]                                  | usine",
        "à [l’usi]ne                                  | l’usine",
        "à l'[usi]ne                                  | usine",
        "qu’[il] vienne                               | il",
        "jusqu’[à] l’usine                            | à",
        // an apostrophe inside a word keeps it whole
        "c’est aujourd’[hui]                          | aujourd’hui",
        "c’est auj[ourd]’hui                          | aujourd’hui",
        // a hyphen joins: Saint-Fons is one word
        "à Saint-[Fons] même                          | Saint-Fons",
        "à Sai[nt-Fo]ns même                          | Saint-Fons",
        "à Saint[-Fons]                               | Saint-Fons",
        "êtes-[vous] là                               | êtes-vous",
        // a dash between blanks is punctuation
        "tout[ - les] masques                         | les",
        // digits keep their decimal comma
        "à 1[2,]5 %                                   | 12,5",
    })
    void snapsToWholeWords(String marked, String expected) {
        assertThat(snapped(marked.strip())).isEqualTo(expected.strip());
    }

    @Test
    void anEmojiAtAnEndIsLeftOutAndOneBeforeShiftsNothing() {
        assertThat(snapped("Mon p[ère 👷,] il")).isEqualTo("père");
        assertThat(snapped("👷👷 [Une fu]ite")).isEqualTo("Une fuite");
        assertThat(snapped("👷 à l’[usi]ne 🏭")).isEqualTo("usine");
    }

    @Test
    void positionsAreCodePointsNotUtf16Units() {
        String text = "👷👷 Une fuite";
        // code points: 👷=0, 👷=1, blank=2, U=3… ; in UTF-16 « Une » starts at 5
        Optional<Span> span = new WordSnap(text, List.of()).snap(new Span(2, 6));
        assertThat(span).contains(new Span(3, 6));
        assertThat(new WordSnap(text, List.of()).snap(new Span(4, 5))).contains(new Span(3, 6));
    }

    @Test
    void aSelectionOfSignsOnlyIsCodedAsItIsWithoutItsBlanks() {
        assertThat(snapped("le casque [ 👷 ] jaune")).isEqualTo("👷");
        assertThat(snapped("quoi[ ?! ]")).isEqualTo("?!");
        assertThat(snapped("un[   ]deux")).isEqualTo("<nothing>");
        assertThat(snapped("un[]deux")).isEqualTo("<nothing>");
    }

    @Test
    void aSelectionPastTheEndIsCutToTheText() {
        assertThat(new WordSnap("une fuite", List.of()).snap(new Span(5, 40))).contains(new Span(4, 9));
    }

    @Test
    void aTurnLabelIsNeverTheStartOfACoding() {
        String text = "[00:00:06] MARTINE : Par mon père, il était là.\n[00:00:15] ENQ : Et vous ?\n";
        CodePointIndex index = new CodePointIndex(text);
        Turn first = new Turn(0, "MARTINE", 6000, new Span(0, 20), new Span(21, 47));
        Turn second = new Turn(1, "ENQ", 15000, new Span(48, 64), new Span(65, 74));
        WordSnap snap = new WordSnap(text, List.of(first, second));

        // from inside « MARTINE » to inside « père »: the label is left out
        assertThat(snap.snap(new Span(14, 31)).map(s -> index.substring(s.start(), s.end())))
                .contains("Par mon père");
        // from the line's start
        assertThat(snap.snap(new Span(0, 24)).map(s -> index.substring(s.start(), s.end()))).contains("Par");
        // ending inside the next turn's label: ends with the speech before it
        assertThat(snap.snap(new Span(35, 52)).map(s -> index.substring(s.start(), s.end())))
                .contains("il était là");
        // a label alone codes nothing
        assertThat(snap.snap(new Span(49, 60))).isEmpty();
        // across two turns, the label between them stays (it is inside the coding, not at its start)
        assertThat(snap.snap(new Span(40, 70)).map(s -> index.substring(s.start(), s.end())))
                .contains("était là.\n[00:00:15] ENQ : Et vous");
    }
}
