package org.terrain.corpus.analysis;

/**
 * A contrast of two sides of the corpus.
 *
 * @param minFreq keep terms whose frequency in A ∪ B is at least this
 * @param top     keep the {@code top} highest and the {@code top} lowest rows (0: all)
 */
public record ContrastRequest(String a, String b, Unit unit, Method method, int minFreq, int top,
                              boolean withInterviewer) {
    public enum Unit { FORM, LEMMA, CODE }

    public enum Method { SPECIFICITIES, G2 }
}
