package org.terrain.corpus.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The scoring itself, on a gold file of our own: alignment by offsets, multi-word tokens, typed entity spans. */
class NlpEvaluationTest {
    @TempDir
    Path dir;

    @Test
    void scoresWordsByOffsetAndEntitiesAsTypedSpans() throws Exception {
        Path gold = dir.resolve("petit-sequoia.conllup");
        Files.writeString(gold, String.join("\n",
                "# global.columns = ID FORM LEMMA UPOS XPOS FEATS HEAD DEPREL DEPS MISC PARSEME:MWE FRSEMCOR:NOUN",
                "# sent_id = t1",
                "# text = Jean Dupont va au marché de Lyon.",
                "1\tJean\tJean\tPROPN\t_\t_\t3\tnsubj\t_\t_\t1:PROPN|NE-PERS.final|_\t*",
                "2\tDupont\tDupont\tPROPN\t_\t_\t1\tflat\t_\t_\t1\t*",
                "3\tva\taller\tVERB\t_\t_\t0\troot\t_\t_\t*\t*",
                "4-5\tau\t_\t_\t_\t_\t_\t_\t_\t_\t_\t_",
                "4\tà\tà\tADP\t_\t_\t6\tcase\t_\t_\t*\t*",
                "5\tle\tle\tDET\t_\t_\t6\tdet\t_\t_\t*\t*",
                "6\tmarché\tmarché\tNOUN\t_\t_\t3\tobl\t_\t_\t*\t*",
                "7\tde\tde\tADP\t_\t_\t8\tcase\t_\t_\t*\t*",
                "8\tLyon\tLyon\tPROPN\t_\t_\t6\tnmod\t_\t_\t2:PROPN|NE-LOC.final|_\t*",
                "9\t.\t.\tPUNCT\t_\t_\t3\tpunct\t_\t_\t*\t*",
                "", ""));
        var sentences = ConllU.read(gold);
        assertThat(sentences).singleElement().satisfies(s -> {
            assertThat(s.tokens()).hasSize(8);
            assertThat(s.entities()).extracting(ConllU.GoldEntity::type).containsExactlyInAnyOrder("PERS", "LOC");
        });
        NlpEvaluation.Score score = new NlpEvaluation(Pipelines.withEntities(), TreebankLemmas.SEQUOIA).score(sentences);
        assertThat(score.tokens()).isEqualTo(9);
        assertThat(score.aligned()).as("à and le align inside « au »").isEqualTo(9);
        assertThat(score.uposAccuracy()).isGreaterThan(0.85);
        assertThat(score.entities().gold()).isEqualTo(2);
        assertThat(score.entities().correct()).as("Lyon as LOC at least").isGreaterThanOrEqualTo(1);
    }

    @Test
    void treebankConventionsAreTheEvaluationsNotTheProducts() {
        assertThat(TreebankLemmas.GSD.map("je", "PRON", "je")).isEqualTo("moi");
        assertThat(TreebankLemmas.SEQUOIA.map("je", "PRON", "je")).isEqualTo("il");
        assertThat(TreebankLemmas.GSD.map("sa", "DET", "son")).isEqualTo("son");
        assertThat(TreebankLemmas.GSD.map("des", "DET", "un")).isEqualTo("un");
        assertThat(TreebankLemmas.NONE.map("je", "PRON", "je")).isEqualTo("je");
        assertThat(TreebankLemmas.GSD.map("M.", "NOUN", "monsieur")).as("GSD keeps the abbreviation").isEqualTo("M.");
        assertThat(TreebankLemmas.SEQUOIA.map("M.", "NOUN", "monsieur")).isEqualTo("monsieur");
        assertThat(TreebankLemmas.guess(Path.of("fr_parisstories-ud-dev.conllu"))).isEqualTo(TreebankLemmas.PARISSTORIES);
    }

    @org.junit.jupiter.api.Test
    void theF1CountsTheWordsThePipelineInventsAgainstIt() {
        NlpEvaluation.Score score = new NlpEvaluation.Score(1, 10, 10, 9, 8, null, "gsd", java.util.Map.of(), 12);
        assertThat(score.uposAccuracy()).isEqualTo(0.9);
        assertThat(score.uposF1()).isEqualTo(18.0 / 22);
        assertThat(score.lemmaF1()).isEqualTo(16.0 / 22);
    }
}
