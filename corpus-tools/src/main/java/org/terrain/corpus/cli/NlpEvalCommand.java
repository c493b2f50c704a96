package org.terrain.corpus.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.terrain.corpus.errors.TerrainException;
import org.terrain.corpus.errors.UsageException;
import org.terrain.corpus.nlp.Annotators;
import org.terrain.corpus.nlp.ConllU;
import org.terrain.corpus.nlp.FrenchPipeline;
import org.terrain.corpus.nlp.NlpEvaluation;
import org.terrain.corpus.nlp.TreebankLemmas;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "nlp-eval", description = "Scores the language analysis on a CoNLL-U gold file (UPOS, lemmas, entities).")
final class NlpEvalCommand implements Callable<Integer> {
    private static final String ENTITY_NOTE = "typed exact spans of PER, LOC and ORG; gold PROD and EVE and "
            + "system MISC are left out";

    private final Cli cli;
    @Mixin CommonOptions common;

    @Parameters(index = "0", paramLabel = "FILE.conllu")
    Path file;

    @Option(names = "--treebank", paramLabel = "gsd|parisstories|sequoia|none",
            description = "Lemma conventions of the gold file (default: guessed from its name).")
    String treebank;

    NlpEvalCommand(Cli cli) {
        this.cli = cli;
    }

    @Override
    public Integer call() {
        TreebankLemmas lemmas;
        try {
            lemmas = treebank == null ? TreebankLemmas.guess(file) : TreebankLemmas.parse(treebank);
        } catch (IllegalArgumentException e) {
            throw new UsageException("bad_treebank", treebank);
        }
        if (!Files.isRegularFile(file)) {
            throw new TerrainException("no_such_file", TerrainException.Category.ACTION_NEEDED, file);
        }
        List<ConllU.Sentence> sentences;
        try {
            sentences = ConllU.read(file);
        } catch (IOException | RuntimeException e) {
            throw new TerrainException("conllu_unreadable", TerrainException.Category.ACTION_NEEDED, e, file,
                    e.getMessage());
        }
        boolean entities = sentences.stream().anyMatch(ConllU.Sentence::hasEntityColumn);
        long started = System.nanoTime();
        NlpEvaluation.Score score = new NlpEvaluation(
                FrenchPipeline.load(Annotators.ALL), lemmas).score(sentences);
        double seconds = (System.nanoTime() - started) / 1e9;
        if (cli.json()) {
            Map<String, Object> out = new LinkedHashMap<>();
            out.put("sentences", score.sentences());
            out.put("tokens", score.tokens());
            out.put("upos_accuracy", round(score.uposAccuracy()));
            out.put("lemma_accuracy", round(score.lemmaAccuracy()));
            if (score.entities() != null) {
                Map<String, Object> ner = new LinkedHashMap<>();
                ner.put("precision", round(score.entities().precision()));
                ner.put("recall", round(score.entities().recall()));
                ner.put("f1", round(score.entities().f1()));
                ner.put("gold", score.entities().gold());
                ner.put("system", score.entities().system());
                ner.put("correct", score.entities().correct());
                ner.put("note", ENTITY_NOTE);
                out.put("ner", ner);
            }
            out.put("aligned_tokens", score.aligned());
            out.put("system_words", score.systemWords());
            out.put("upos_f1", round(score.uposF1()));
            out.put("lemma_f1", round(score.lemmaF1()));
            out.put("lemma_errors", score.lemmaErrors());
            out.put("treebank", score.treebank());
            out.put("pipeline", FrenchPipeline.ID);
            out.put("seconds", round(seconds));
            cli.printJson(out);
        } else {
            cli.out().printf("sentences %d, words %d (aligned %d), lemma conventions: %s%n", score.sentences(),
                    score.tokens(), score.aligned(), score.treebank());
            cli.out().printf("UPOS accuracy  %.4f (F1 %.4f)%nlemma accuracy %.4f (F1 %.4f)%n", score.uposAccuracy(),
                    score.uposF1(), score.lemmaAccuracy(), score.lemmaF1());
            if (score.entities() != null) {
                cli.out().printf("entities P %.4f R %.4f F1 %.4f (%s)%n", score.entities().precision(),
                        score.entities().recall(), score.entities().f1(), ENTITY_NOTE);
            }
        }
        return 0;
    }

    private static double round(double value) {
        return Math.round(value * 10000) / 10000.0;
    }
}
