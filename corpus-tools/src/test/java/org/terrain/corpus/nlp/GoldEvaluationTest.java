package org.terrain.corpus.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.terrain.corpus.testing.SharedCorpus;

/**
 * The pipeline on the shared gold files (UD French GSD and ParisStories dev, Sequoia dev with entities).
 * Floors: the targets (UPOS, lemmas on GSD and ParisStories, entities on Sequoia); Sequoia's lemmas,
 * which the issue does not target, at what we reach.
 */
class GoldEvaluationTest {
    @ParameterizedTest(name = "{0}")
    @CsvSource({
            "fr_gsd-ud-dev.conllu, 0.953, 0.98, -1",
            "fr_parisstories-ud-dev.conllu, 0.907, 0.982, -1",
            "sequoia-ud.parseme.frsemcor.dev.conllup, 0.94, 0.97, 0.58"})
    void reachesItsFloors(String file, double upos, double lemma, double entityF1) throws Exception {
        Path gold = SharedCorpus.file("corpus/nlp-gold/" + file);
        NlpEvaluation.Score score = new NlpEvaluation(Pipelines.withEntities(), TreebankLemmas.guess(gold))
                .score(ConllU.read(gold));
        System.out.printf("%s: UPOS %.4f lemma %.4f entities %s%n", file, score.uposAccuracy(), score.lemmaAccuracy(),
                score.entities() == null ? "-" : String.format("%.4f", score.entities().f1()));
        assertThat(score.uposAccuracy()).isGreaterThanOrEqualTo(upos);
        assertThat(score.lemmaAccuracy()).isGreaterThanOrEqualTo(lemma);
        if (entityF1 >= 0) {
            assertThat(score.entities().f1()).isGreaterThanOrEqualTo(entityF1);
        }
    }
}
