package org.terrain.corpus.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.stream.IntStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.terrain.corpus.errors.Messages;
import org.terrain.corpus.model.Operation;

/**
 * Every kind of log entry has its words in both languages, for the arguments it is given: the log never shows
 * a bare key, a leftover « {0} » or, in French, the English summaries it used to.
 */
class OperationKindTest {
    private static final String BUNDLE = "org.terrain.corpus.errors.messages";

    @ParameterizedTest
    @EnumSource(OperationKind.class)
    void hasItsWordsInFrenchAndInEnglish(OperationKind kind) {
        for (Locale language : new Locale[] {Locale.FRENCH, Locale.ENGLISH}) {
            ResourceBundle bundle = ResourceBundle.getBundle(BUNDLE, language,
                    ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
            assertThat(bundle.containsKey(kind.key())).as(kind.key() + " in " + language).isTrue();
            int used = new MessageFormat(bundle.getString(kind.key()), language).getFormatsByArgumentIndex().length;
            assertThat(used).as("the arguments " + kind.key() + " uses in " + language)
                    .isLessThanOrEqualTo(kind.arguments().size());
        }
    }

    @ParameterizedTest
    @EnumSource(OperationKind.class)
    void isWordedWithItsArguments(OperationKind kind) {
        Object[] args = IntStream.range(0, kind.arguments().size())
                .mapToObj(i -> kind.arguments().get(i).matches("segments|changes|codes|groups|count|cases|attributes|"
                        + "sources|codings|segment|start|end") ? (Object) 3 : "Rapport au travail")
                .toArray();
        Operation entry = new Operation(1, java.time.Instant.EPOCH, "Marie", kind.action(), "the summary", 0, false,
                kind.with(args));
        String french = OperationWords.describe(entry, Messages.french());
        String english = OperationWords.describe(entry, Messages.english());
        for (String words : new String[] {french, english}) {
            assertThat(words).isNotEqualTo("the summary").doesNotContain("{", "}", kind.key());
        }
        assertThat(french).isNotEqualTo(english).doesNotContainPattern(
                "\\b(on|to|into|of|the|with|in|segment\\(s\\)|sentence|autocode|add|delete|rename|move)\\b");
    }
}
