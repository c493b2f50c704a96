package org.terrain.corpus.pseudonym;

import java.util.List;

/**
 * One name the researcher has not yet decided on.
 *
 * @param original the name as the texts write it most often (title case preferred to capitals)
 * @param count    its occurrences as a whole word, folded as the pseudonym table matches (case, accents,
 *                 apostrophes), speaker labels included
 * @param sources  the sources it occurs in, by name, sorted
 * @param proposal a replacement of the same category, free in the table and in the corpus; the researcher decides
 * @param foundBy  what found it: {@code entities} (the language analysis), {@code speaker} (a speaker label),
 *                 {@code lexicon} (a capitalised word the French lexicon does not know as a common word),
 *                 {@code first_names} (a first name of the lexicon)
 */
public record Suggestion(String original, CandidateCategory category, int count, List<String> sources,
                         String proposal, List<String> foundBy) {
}
