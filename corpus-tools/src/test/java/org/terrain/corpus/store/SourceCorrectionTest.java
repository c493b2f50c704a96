package org.terrain.corpus.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.terrain.codingschemes.CodePath;
import org.terrain.corpus.model.Span;
import org.terrain.corpus.model.SpeakerRole;
import org.terrain.corpus.search.WordCounter;
import org.terrain.corpus.text.CodePointIndex;
import org.terrain.corpus.text.TextDiff;
import org.terrain.corpus.testing.Fixtures;

/**
 * A transcript corrected in several places at once, as the app sends it: one action, codings on the same words,
 * those whose words were all deleted removed and named; and the speaker labels with their turns and roles.
 */
class SourceCorrectionTest {
    private static final String NAME = "entretien.txt";
    @TempDir
    Path dir;
    ProjectStore store;

    @BeforeEach
    void project() {
        store = ProjectStore.create(dir.resolve("p"), "test", "test");
        OperationLogUndoTest.addSource(store, NAME, Fixtures.INTERVIEW);
        code("Lieu", "l’usine de Saint-Fons");
        code("Temps", "depuis 1998 🏭");
        code("Changement", "beaucoup changé");
    }

    @AfterEach
    void close() {
        store.close();
    }

    @Test
    void severalCorrectionsAreOneActionAndEveryCodingFollowsItsWords() throws Exception {
        String before = text();
        String after = before.replace("à l’usine de Saint-Fons", "à l’usine de Saint-Fonds")
                .replace("depuis 1998", "depuis l’an 1998").replace("vous travaillez", "vous avez travaillé")
                .replace("beaucoup changé", "énormément changé");
        var snapshot = Snapshot.of(store);

        SourceStore.EditResult result = store.sources().edit(NAME, TextDiff.between(before, after),
                s -> WordCounter.count(s.text(), s.turns()));

        assertThat(text()).isEqualTo(after);
        assertThat(result.removedSegments()).isEmpty();
        assertThat(coded()).containsExactly("l’usine de Saint-Fonds", "depuis l’an 1998 🏭",
                "énormément changé");
        assertThat(store.log(1).getFirst().message()).isEqualTo(OperationKind.SOURCE_CORRECT.with(NAME, 4));

        store.undo();
        assertThat(Snapshot.of(store)).isEqualTo(snapshot);
    }

    @Test
    void aCodingWhoseWordsWereAllDeletedIsRemovedAndNamedAndUndoBringsItBack() {
        String before = text();
        String after = before.replace(" beaucoup changé,", "");

        SourceStore.EditResult result = store.sources().edit(NAME, TextDiff.between(before, after),
                s -> WordCounter.count(s.text(), s.turns()));

        assertThat(result.removedSegments()).containsExactly("Changement « beaucoup changé »");
        assertThat(coded()).containsExactly("l’usine de Saint-Fons", "depuis 1998 🏭");
        store.undo();
        assertThat(coded()).containsExactly("l’usine de Saint-Fons", "depuis 1998 🏭", "beaucoup changé");
        assertThat(text()).isEqualTo(before);
    }

    @Test
    void aCodingLeftWithOnlyBlanksAndPunctuationHasLostItsWords() {
        String before = text();
        String after = before.replace("depuis 1998 🏭", "🏭");

        SourceStore.EditResult result = store.sources().edit(NAME, TextDiff.between(before, after),
                s -> WordCounter.count(s.text(), s.turns()));

        assertThat(result.removedSegments()).containsExactly("Temps « depuis 1998 🏭 »");
    }

    @Test
    void speakersAreListedWithTheirTurnsAndTheRoleInForce() {
        assertThat(store.sources().speakerInfo(NAME)).containsExactly(
                new SpeakerInfo("ENQ", 2, SpeakerRole.INTERVIEWER), new SpeakerInfo("MARTINE", 2, SpeakerRole.PARTICIPANT));
        store.sources().setRole(null, List.of("MARTINE"), SpeakerRole.INTERVIEWER);
        store.sources().setRole(NAME, List.of("ENQ"), SpeakerRole.PARTICIPANT);

        assertThat(store.sources().speakerInfo(NAME)).containsExactly(
                new SpeakerInfo("ENQ", 2, SpeakerRole.PARTICIPANT), new SpeakerInfo("MARTINE", 2, SpeakerRole.INTERVIEWER));
        // Project-wide, the source's own choice does not count: ENQ is still the interviewer everywhere else.
        assertThat(store.sources().speakerInfo(null)).containsExactly(
                new SpeakerInfo("ENQ", 2, SpeakerRole.INTERVIEWER), new SpeakerInfo("MARTINE", 2, SpeakerRole.INTERVIEWER));
    }

    private void code(String code, String words) {
        CodePath path = CodePath.of(code);
        if (store.codes().find(path).isEmpty()) {
            store.codes().add(path, null, null);
        }
        String text = text();
        int at = text.codePointCount(0, text.indexOf(words));
        store.segments().code(NAME, path, List.of(new Span(at, at + words.codePointCount(0, words.length()))), null, "t");
    }

    private String text() {
        return store.sources().get(NAME).text();
    }

    private List<String> coded() {
        CodePointIndex index = new CodePointIndex(text());
        return store.segments().list(null, NAME).stream()
                .sorted(java.util.Comparator.comparingInt(s -> s.segment().span().start()))
                .map(s -> index.substring(s.segment().span().start(), s.segment().span().end())).toList();
    }
}
