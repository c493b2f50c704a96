package org.terrain.corpus.model;

/**
 * One word of the language analysis: a CoreNLP word after multi-word splitting (« au » gives « à » and « le »,
 * both on the span of « au »), with its universal part of speech, its lemma and its entity type.
 *
 * @param start  code point of the source's text where the written token starts
 * @param end    end of the written token, exclusive
 * @param form   the word (for a multi-word token's part, not what is written: « le » for « au »)
 * @param upos   Universal Dependencies part of speech (NOUN, VERB, ADJ, PROPN...)
 * @param lemma  the dictionary form, lower case except for proper nouns
 * @param entity PER, LOC, ORG, MISC, or null outside entities (and when entities were not asked for)
 */
public record Word(int start, int end, String form, String upos, String lemma, String entity) {
}
