package org.terrain.corpus.search;

import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.util.BytesRef;
import org.terrain.corpus.model.Source;
import org.terrain.corpus.model.Turn;
import org.terrain.corpus.model.Word;

/**
 * What the index holds. One document per unit of speech: each turn's speech for a transcript (labels are not
 * words, and a phrase never runs from one speaker into the next), the whole text for other sources. Offsets are
 * indexed so that every match maps back to code points of the canonical text; the unit's text is stored for
 * the concordance, and the source and the unit's start are doc values, so that counting every match of a
 * query reads no stored text. One more document per source records its text version, to find what is stale.
 */
final class IndexSchema {
    /** Bumped when what is indexed changes: an index of another version is rebuilt. */
    static final String VERSION = "5";

    static final String TYPE = "type";
    static final String UNIT = "unit";
    static final String META = "meta";
    static final String SOURCE_ID = "source_id";
    static final String SOURCE_NAME = "source_name";
    static final String KIND = "kind";
    static final String SPEAKER = "speaker";
    static final String TURN = "turn";
    static final String BASE_CP = "base_cp";
    static final String BODY = "body";
    static final String TEXT_VERSION = "text_version";
    /** When the source's language analysis was made ("" without one): its lemmas are indexed with it. */
    static final String ANNOTATED_AT = "annotated_at";

    private static final FieldType WORDS = new FieldType();

    static {
        WORDS.setTokenized(true);
        WORDS.setStored(false);
        WORDS.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
        WORDS.setOmitNorms(true); // no search is ranked by relevance: nothing reads a length norm
        WORDS.freeze();
    }

    private IndexSchema() {
    }

    /**
     * The documents of one source: its units, then its meta document.
     *
     * @param words       the source's current language analysis, or null: then there is no lemma field
     * @param annotatedAt when that analysis was made ("" without one)
     */
    static List<Document> documents(Source source, List<Word> words, String annotatedAt) {
        List<Document> out = new ArrayList<>();
        String text = source.text();
        if (source.turns().isEmpty()) {
            out.add(unit(source, -1, "", 0, text, words));
        } else {
            int[] codePoints = text.codePoints().toArray();
            for (Turn turn : source.turns()) {
                String speech = new String(codePoints, turn.speech().start(), turn.speech().length());
                out.add(unit(source, turn.ordinal(), turn.speaker(), turn.speech().start(), speech,
                        words == null ? null : within(words, turn.speech().start(), turn.speech().end())));
            }
        }
        Document meta = new Document();
        meta.add(new StringField(TYPE, META, Field.Store.NO));
        meta.add(new StringField(SOURCE_ID, Long.toString(source.id()), Field.Store.YES));
        meta.add(new StoredField(TEXT_VERSION, source.textVersion()));
        meta.add(new StoredField(ANNOTATED_AT, annotatedAt));
        out.add(meta);
        return out;
    }

    /** The words lying wholly in [start, end), found by binary search: words are in text order. */
    static List<Word> within(List<Word> words, int start, int end) {
        int low = 0;
        int high = words.size();
        while (low < high) {
            int mid = (low + high) >>> 1;
            if (words.get(mid).start() < start) {
                low = mid + 1;
            } else {
                high = mid;
            }
        }
        int to = low;
        while (to < words.size() && words.get(to).start() < end) {
            to++;
        }
        return words.subList(low, to).stream().filter(w -> w.end() <= end).toList();
    }

    private static Document unit(Source source, int turn, String speaker, int baseCp, String body, List<Word> words) {
        Document doc = new Document();
        doc.add(new StringField(TYPE, UNIT, Field.Store.NO));
        doc.add(new StringField(SOURCE_ID, Long.toString(source.id()), Field.Store.YES));
        doc.add(new NumericDocValuesField(SOURCE_ID, source.id()));
        doc.add(new StoredField(SOURCE_NAME, source.name()));
        doc.add(new SortedDocValuesField(SOURCE_NAME, new BytesRef(source.name())));
        doc.add(new StringField(KIND, source.kind().id(), Field.Store.YES));
        doc.add(new StringField(SPEAKER, speaker, Field.Store.YES));
        doc.add(new SortedDocValuesField(SPEAKER, new BytesRef(speaker)));
        doc.add(new StoredField(TURN, turn));
        doc.add(new StoredField(BASE_CP, baseCp));
        doc.add(new NumericDocValuesField(BASE_CP, baseCp));
        doc.add(new StoredField(BODY, body));
        UnitTokens tokens = new UnitTokens(body); // cut once for both fields
        doc.add(new Field(FrenchAnalysis.TEXT, tokens.stemmed(), WORDS));
        doc.add(new Field(FrenchAnalysis.EXACT, tokens.exact(), WORDS));
        if (words != null) {
            doc.add(new Field(FrenchAnalysis.LEMMA, new LemmaTokens(words, baseCp, body), WORDS));
        }
        return doc;
    }
}
