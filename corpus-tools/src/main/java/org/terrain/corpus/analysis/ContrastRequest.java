package org.terrain.corpus.analysis;

/**
 * A contrast of two sides of the corpus.
 *
 * @param minFreq keep terms whose frequency in A ∪ B is at least this
 * @param top     keep the {@code top} highest and the {@code top} lowest rows (0: all)
 * @param partsOfSpeech with {@link Unit#LEMMA}, only words of these universal parts of speech (NOUN, VERB,
 *                ADJ...); empty: all words
 * @param contentWordsOnly leave the {@link FunctionWords} out of the rows (« mots pleins »); forms and lemmas only
 */
public record ContrastRequest(String a, String b, Unit unit, Method method, int minFreq, int top,
                              boolean withInterviewer, java.util.Set<String> partsOfSpeech, boolean contentWordsOnly) {
    public ContrastRequest(String a, String b, Unit unit, Method method, int minFreq, int top,
                           boolean withInterviewer) {
        this(a, b, unit, method, minFreq, top, withInterviewer, java.util.Set.of(), false);
    }

    public ContrastRequest(String a, String b, Unit unit, Method method, int minFreq, int top,
                           boolean withInterviewer, java.util.Set<String> partsOfSpeech) {
        this(a, b, unit, method, minFreq, top, withInterviewer, partsOfSpeech, false);
    }

    public ContrastRequest {
        partsOfSpeech = partsOfSpeech == null ? java.util.Set.of() : java.util.Set.copyOf(partsOfSpeech);
    }

    public enum Unit { FORM, LEMMA, CODE }

    public enum Method { SPECIFICITIES, G2 }
}
