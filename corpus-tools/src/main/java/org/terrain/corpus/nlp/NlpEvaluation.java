package org.terrain.corpus.nlp;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.terrain.corpus.model.EntityMention;
import org.terrain.corpus.model.Word;
import org.terrain.corpus.text.CodePointIndex;

/**
 * Scores the pipeline against a gold file, from the raw {@code # text} of each sentence (so that tokenisation
 * errors count): gold words are aligned to ours by the character span of their written token, and, inside a
 * multi-word token, by rank. UPOS and lemma accuracy are over gold words (an unaligned word counts as wrong);
 * entities are typed exact spans of PER, LOC and ORG — gold PROD and EVE and our MISC have no counterpart and
 * are left out of both sides.
 */
public final class NlpEvaluation {
    private static final Map<String, String> GOLD_TYPES = Map.of("PERS", "PER", "PER", "PER", "LOC", "LOC",
            "ORG", "ORG");
    private static final Set<String> SCORED_TYPES = Set.of("PER", "LOC", "ORG");

    private final FrenchPipeline pipeline;
    private final TreebankLemmas lemmas;

    public NlpEvaluation(FrenchPipeline pipeline, TreebankLemmas lemmas) {
        this.pipeline = pipeline;
        this.lemmas = lemmas;
    }

    public record Entities(int gold, int system, int correct) {
        public double precision() {
            return system == 0 ? 0 : (double) correct / system;
        }

        public double recall() {
            return gold == 0 ? 0 : (double) correct / gold;
        }

        public double f1() {
            double p = precision();
            double r = recall();
            return p + r == 0 ? 0 : 2 * p * r / (p + r);
        }
    }

    /** @param entities null when the gold file has no entity column */
    /**
     * @param lemmaErrors the most frequent lemma disagreements, "form/UPOS: ours ≠ gold" to count, most first
     */
    public record Score(int sentences, int tokens, int aligned, int uposCorrect, int lemmaCorrect, Entities entities,
                        String treebank, Map<String, Integer> lemmaErrors, int systemWords) {
        public double uposAccuracy() {
            return tokens == 0 ? 0 : (double) uposCorrect / tokens;
        }

        public double lemmaAccuracy() {
            return tokens == 0 ? 0 : (double) lemmaCorrect / tokens;
        }

        /**
         * As the CoNLL 2018 shared task scores raw text (and as Stanza and UDPipe publish): the harmonic mean of
         * correct / gold words (the accuracy above) and correct / the pipeline's words, so that words the
         * pipeline invents count against it too.
         */
        public double uposF1() {
            return f1(uposCorrect);
        }

        public double lemmaF1() {
            return f1(lemmaCorrect);
        }

        private double f1(int correct) {
            return tokens + systemWords == 0 ? 0 : 2.0 * correct / (tokens + systemWords);
        }
    }

    private record SpanKey(int start, int end) {
    }

    private record TypedSpan(int start, int end, String type) {
    }

    public Score score(List<ConllU.Sentence> sentences) {
        int tokens = 0;
        int aligned = 0;
        int upos = 0;
        int lemma = 0;
        int goldEntities = 0;
        int systemEntities = 0;
        int correctEntities = 0;
        boolean anyEntityColumn = false;
        Map<String, Integer> lemmaErrors = new HashMap<>();
        int systemWords = 0;
        for (ConllU.Sentence sentence : sentences) {
            List<FrenchPipeline.Word16> system = pipeline.words(sentence.text());
            systemWords += system.size();
            Map<SpanKey, List<FrenchPipeline.Word16>> bySpan = new HashMap<>();
            for (FrenchPipeline.Word16 w : system) {
                bySpan.computeIfAbsent(new SpanKey(w.begin(), w.end()), k -> new ArrayList<>()).add(w);
            }
            Map<Integer, SpanKey> wordSpans = new HashMap<>();
            int cursor = 0;
            for (ConllU.GoldToken token : sentence.tokens()) {
                int at = sentence.text().indexOf(token.form(), cursor);
                SpanKey span = at < 0 ? null : new SpanKey(at, at + token.form().length());
                if (span != null) {
                    cursor = span.end();
                }
                List<FrenchPipeline.Word16> ours = span == null ? List.of() : bySpan.getOrDefault(span, List.of());
                for (int i = 0; i < token.words().size(); i++) {
                    ConllU.GoldWord gold = token.words().get(i);
                    wordSpans.put(token.ids().get(i), span);
                    tokens++;
                    if (i < ours.size()) {
                        FrenchPipeline.Word16 mine = ours.get(i);
                        aligned++;
                        if (mine.upos().equals(gold.upos())) {
                            upos++;
                        }
                        String ourLemma = lemmas.map(mine.form(), mine.upos(), mine.lemma());
                        if (ourLemma.equals(gold.lemma())) {
                            lemma++;
                        } else {
                            lemmaErrors.merge(mine.form() + "/" + mine.upos() + ": " + ourLemma + " ≠ " + gold.lemma(), 1,
                                    Integer::sum);
                        }
                    }
                }
            }
            if (sentence.hasEntityColumn()) {
                anyEntityColumn = true;
                Set<TypedSpan> gold = goldEntities(sentence, wordSpans);
                Set<TypedSpan> found = systemEntities(sentence.text(), system);
                goldEntities += gold.size();
                systemEntities += found.size();
                found.retainAll(gold);
                correctEntities += found.size();
            }
        }
        Entities entities = anyEntityColumn ? new Entities(goldEntities, systemEntities, correctEntities) : null;
        Map<String, Integer> topErrors = new java.util.LinkedHashMap<>();
        lemmaErrors.entrySet().stream().sorted(Map.Entry.<String, Integer>comparingByValue().reversed()).limit(50)
                .forEach(e -> topErrors.put(e.getKey(), e.getValue()));
        return new Score(sentences.size(), tokens, aligned, upos, lemma, entities,
                lemmas.name().toLowerCase(java.util.Locale.ROOT), topErrors, systemWords);
    }

    private static Set<TypedSpan> goldEntities(ConllU.Sentence sentence, Map<Integer, SpanKey> wordSpans) {
        Set<TypedSpan> out = new HashSet<>();
        for (ConllU.GoldEntity entity : sentence.entities()) {
            String type = GOLD_TYPES.get(entity.type());
            if (type == null) {
                continue;
            }
            int start = Integer.MAX_VALUE;
            int end = -1;
            for (int id : entity.ids()) {
                SpanKey span = wordSpans.get(id);
                if (span != null) {
                    start = Math.min(start, span.start());
                    end = Math.max(end, span.end());
                }
            }
            if (end >= 0) {
                out.add(new TypedSpan(start, end, type));
            }
        }
        return out;
    }

    /** Our mentions, made as {@link SourceAnnotator} makes them, on the sentence's UTF-16 offsets. */
    private static Set<TypedSpan> systemEntities(String text, List<FrenchPipeline.Word16> words) {
        CodePointIndex index = new CodePointIndex(text);
        List<Word> inCodePoints = words.stream().map(w -> new Word(index.toCodePoint(w.begin()),
                index.toCodePoint(w.end()), w.form(), w.upos(), w.lemma(), w.entity())).toList();
        Set<TypedSpan> out = new HashSet<>();
        for (EntityMention m : SourceAnnotator.mentions(inCodePoints, index)) {
            if (SCORED_TYPES.contains(m.type())) {
                out.add(new TypedSpan(index.toUtf16(m.start()), index.toUtf16(m.end()), m.type()));
            }
        }
        return out;
    }
}
