package org.terrain.corpus.nlp;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.terrain.corpus.model.EntityMention;
import org.terrain.corpus.model.Source;
import org.terrain.corpus.model.Turn;
import org.terrain.corpus.model.Word;
import org.terrain.corpus.text.CodePointIndex;
import org.terrain.corpus.text.TranscriberNotes;

/**
 * Annotates one source's speech. A transcript's turn labels ({@code [00:01:02] ENQ :}) and the transcriber's
 * notes in brackets ({@code [rire]}) are blanked with spaces before CoreNLP sees the text, so they never become
 * words or entities, while every offset stays the offset of the canonical text; a line break ends a sentence, so each turn is annotated as its own sentences.
 */
public final class SourceAnnotator {
    private final FrenchPipeline pipeline;

    public SourceAnnotator(FrenchPipeline pipeline) {
        this.pipeline = pipeline;
    }

    /** What the annotation of one source found, positions in code points of its text. */
    public record Result(long sourceId, int textVersion, List<Word> words, List<EntityMention> mentions) {
    }

    public Result annotate(Source source) {
        CodePointIndex index = new CodePointIndex(source.text());
        String speech = source.isTranscript() ? speechOnly(source, index) : source.text();
        List<Word> words = new ArrayList<>();
        for (FrenchPipeline.Word16 w : pipeline.words(speech)) {
            words.add(new Word(index.toCodePoint(w.begin()), index.toCodePoint(w.end()), w.form(), w.upos(),
                    w.lemma(), w.entity()));
        }
        return new Result(source.id(), source.textVersion(), words, mentions(words, index));
    }

    /** The text with everything outside speech spans turned into spaces (line breaks kept), same length. */
    static String speechOnly(Source source, CodePointIndex index) {
        String text = source.text();
        char[] out = new char[text.length()];
        for (int i = 0; i < out.length; i++) {
            out[i] = text.charAt(i) == '\n' ? '\n' : ' ';
        }
        for (Turn turn : source.turns()) {
            int from = index.toUtf16(turn.speech().start());
            int to = index.toUtf16(turn.speech().end());
            text.getChars(from, to, out, from);
            for (int[] note : TranscriberNotes.find(text, from, to)) {
                java.util.Arrays.fill(out, note[0], note[1], ' ');
            }
        }
        return new String(out);
    }


    /** Consecutive words of one entity type make one mention (CoreNLP's French model tags IO, not BIO). */
    static List<EntityMention> mentions(List<Word> words, CodePointIndex index) {
        List<EntityMention> out = new ArrayList<>();
        int i = 0;
        while (i < words.size()) {
            Word first = words.get(i);
            if (first.entity() == null) {
                i++;
                continue;
            }
            int end = first.end();
            int j = i + 1;
            while (j < words.size() && Objects.equals(words.get(j).entity(), first.entity())
                    && sameLine(index, end, words.get(j).start())) {
                end = Math.max(end, words.get(j).end());
                j++;
            }
            out.add(new EntityMention(first.start(), end, first.entity(), index.substring(first.start(), end)));
            i = j;
        }
        return out;
    }

    private static boolean sameLine(CodePointIndex index, int from, int to) {
        return to >= from && index.substring(from, to).indexOf('\n') < 0;
    }
}
