package org.terrain.corpus.nlp;

import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import org.terrain.corpus.errors.NotEnoughMemoryException;

/**
 * Stanford CoreNLP 4.5.10 with its French models: tokens, sentences, multi-word tokens (au = à + le), universal
 * parts of speech and, when asked, entities (PER, LOC, ORG, MISC); lemmas from {@link FrenchLexicon}. A line
 * break always ends a sentence, so that a transcript is not one sentence of ten thousand words.
 *
 * <p>Loading takes seconds and hundreds of megabytes: build one and share it. {@link #words} may be called
 * from several threads at once (CoreNLP's server does the same with one pipeline).
 */
public final class FrenchPipeline {
    /**
     * Written with each annotation: another pipeline (a new CoreNLP, a new lexicon, or Terrain's own rules
     * after tagging changed: bump the rules number) means annotating again.
     */
    public static final String ID = "corenlp-4.5.10-fr+french-pos-dict-0.7+terrain-rules-3";

    private final StanfordCoreNLP tokenizing;
    private final StanfordCoreNLP tagging;
    private final FrenchLexicon lexicon;
    private final Annotators annotators;

    private FrenchPipeline(StanfordCoreNLP tokenizing, StanfordCoreNLP tagging, FrenchLexicon lexicon,
                           Annotators annotators) {
        this.tokenizing = tokenizing;
        this.tagging = tagging;
        this.lexicon = lexicon;
        this.annotators = annotators;
    }

    /**
     * Loads the models, after checking the heap they need.
     *
     * @throws NotEnoughMemoryException when the JVM's maximum heap is smaller than what the models take
     */
    public static FrenchPipeline load(Annotators annotators) {
        long max = Runtime.getRuntime().maxMemory();
        if (max < annotators.heapNeeded()) {
            throw new NotEnoughMemoryException(annotators.heapNeeded(), max);
        }
        Properties tokens = properties(annotators);
        tokens.setProperty("annotators", "tokenize,ssplit");
        Properties tags = properties(annotators);
        tags.setProperty("annotators", annotators.entities() ? "mwt,pos,ner" : "mwt,pos");
        tags.setProperty("enforceRequirements", "false"); // the tokens come from the first pipeline
        return new FrenchPipeline(new StanfordCoreNLP(tokens), new StanfordCoreNLP(tags), FrenchLexicon.load(),
                annotators);
    }

    /** Tokens and sentences, then {@link TokenRepairs}, then multi-word tokens, tags and entities. */
    static Properties properties(Annotators annotators) {
        Properties p = new Properties();
        p.setProperty("tokenize.language", "fr");
        p.setProperty("ssplit.newlineIsSentenceBreak", "always");
        p.setProperty("mwt.mappingFile", "edu/stanford/nlp/models/mwt/french/french-mwt.tsv");
        p.setProperty("mwt.pos.model", "edu/stanford/nlp/models/mwt/french/french-mwt.tagger");
        p.setProperty("mwt.statisticalMappingFile", "edu/stanford/nlp/models/mwt/french/french-mwt-statistical.tsv");
        p.setProperty("mwt.preserveCasing", "false");
        p.setProperty("pos.model", "edu/stanford/nlp/models/pos-tagger/french-ud.tagger");
        p.setProperty("ner.model", "edu/stanford/nlp/models/ner/french-wikiner-4class.crf.ser.gz");
        p.setProperty("ner.applyFineGrained", "false");
        p.setProperty("ner.applyNumericClassifiers", "false");
        p.setProperty("ner.useSUTime", "false");
        p.setProperty("ner.buildEntityMentions", "false");
        return p;
    }

    public Annotators annotators() {
        return annotators;
    }

    /**
     * The words of a text, with offsets in UTF-16 units of {@code text} (as CoreNLP counts). Everything the
     * caller blanked with spaces (labels of turns) is simply not there.
     */
    public List<Word16> words(String text) {
        Annotation document = new Annotation(text);
        tokenizing.annotate(document);
        TokenRepairs.apply(document);
        tagging.annotate(document);
        List<CoreLabel> tokens = document.get(CoreAnnotations.TokensAnnotation.class);
        List<Word16> out = new ArrayList<>(tokens.size());
        for (CoreLabel token : tokens) {
            String upos = token.tag();
            String entity = annotators.entities() ? entity(token.ner()) : null;
            out.add(new Word16(token.beginPosition(), token.endPosition(), token.word(), upos,
                    lexicon.lemma(token.word(), upos, !annotators.entities() || entity != null), entity));
        }
        return CliticFixes.apply(ContractedArticles.split(out), lexicon);
    }

    private static String entity(String ner) {
        if (ner == null || ner.equals("O")) {
            return null;
        }
        // The French CRF speaks I-PER etc. in some versions and PER in others.
        return ner.startsWith("I-") || ner.startsWith("B-") ? ner.substring(2) : ner;
    }

    /** A word with UTF-16 offsets, before the caller maps them to code points of its own text. */
    public record Word16(int begin, int end, String form, String upos, String lemma, String entity) {
    }
}
