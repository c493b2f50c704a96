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

/**
 * What the index holds. One document per unit of speech: each turn's speech for a transcript (labels are not
 * words, and a phrase never runs from one speaker into the next), the whole text for other sources. Offsets are
 * indexed so that every match maps back to code points of the canonical text; the unit's text is stored for
 * the concordance, and the source and the unit's start are doc values, so that counting every match of a
 * query reads no stored text. One more document per source records its text version, to find what is stale.
 */
final class IndexSchema {
    /** Bumped when what is indexed changes: an index of another version is rebuilt. */
    static final String VERSION = "3";

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

    private static final FieldType WORDS = new FieldType();

    static {
        WORDS.setTokenized(true);
        WORDS.setStored(false);
        WORDS.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
        WORDS.freeze();
    }

    private IndexSchema() {
    }

    /** The documents of one source: its units, then its meta document. */
    static List<Document> documents(Source source) {
        List<Document> out = new ArrayList<>();
        String text = source.text();
        if (source.turns().isEmpty()) {
            out.add(unit(source, -1, "", 0, text));
        } else {
            int[] codePoints = text.codePoints().toArray();
            for (Turn turn : source.turns()) {
                String speech = new String(codePoints, turn.speech().start(), turn.speech().length());
                out.add(unit(source, turn.ordinal(), turn.speaker(), turn.speech().start(), speech));
            }
        }
        Document meta = new Document();
        meta.add(new StringField(TYPE, META, Field.Store.NO));
        meta.add(new StringField(SOURCE_ID, Long.toString(source.id()), Field.Store.YES));
        meta.add(new StoredField(TEXT_VERSION, source.textVersion()));
        out.add(meta);
        return out;
    }

    private static Document unit(Source source, int turn, String speaker, int baseCp, String body) {
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
        doc.add(new Field(FrenchAnalysis.TEXT, body, WORDS));
        doc.add(new Field(FrenchAnalysis.EXACT, body, WORDS));
        return doc;
    }
}
