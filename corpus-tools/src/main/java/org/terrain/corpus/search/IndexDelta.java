package org.terrain.corpus.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.terrain.corpus.store.AnnotationStore;
import org.terrain.corpus.store.ProjectStore;
import org.terrain.corpus.store.SourceStore;

/**
 * What an index lacks to match the database: the sources to index again (new, text corrected, language
 * analysis changed) and the ones to remove (gone from the database). Each source's meta document in the index
 * says which text version and which analysis of it the index holds.
 *
 * @param stale  the sources to index (again), as the database has them
 * @param gone   the ids of sources the index holds and the database no longer has
 * @param stamps the current language analysis of every source that has one, for indexing the stale ones
 */
record IndexDelta(List<SourceStore.Version> stale, Set<Long> gone, Map<Long, AnnotationStore.Stamp> stamps) {
    private record Indexed(int textVersion, String annotatedAt) {
    }

    /** Every source: for an index made from nothing. */
    static IndexDelta everything(ProjectStore store) {
        return new IndexDelta(store.sources().versions(), Set.of(), store.annotations().current());
    }

    static IndexDelta between(IndexReader index, ProjectStore store) throws IOException {
        Map<Long, Indexed> indexed = indexedVersions(index);
        List<SourceStore.Version> current = store.sources().versions();
        Map<Long, AnnotationStore.Stamp> stamps = store.annotations().current();
        List<SourceStore.Version> stale = new ArrayList<>();
        Set<Long> gone = new HashSet<>(indexed.keySet());
        for (SourceStore.Version version : current) {
            gone.remove(version.id());
            Indexed was = indexed.get(version.id());
            if (was == null || was.textVersion() != version.textVersion()
                    || !was.annotatedAt().equals(annotatedAt(stamps.get(version.id())))) {
                stale.add(version);
            }
        }
        return new IndexDelta(stale, gone, stamps);
    }

    boolean isEmpty() {
        return stale.isEmpty() && gone.isEmpty();
    }

    /** The sources whose documents in the index are out of date: the stale ones and the gone ones. */
    Set<Long> outdated() {
        Set<Long> out = new HashSet<>(gone);
        stale.forEach(version -> out.add(version.id()));
        return out;
    }

    static String annotatedAt(AnnotationStore.Stamp stamp) {
        return stamp == null ? "" : stamp.annotatedAt();
    }

    private static Map<Long, Indexed> indexedVersions(IndexReader index) throws IOException {
        Map<Long, Indexed> out = new HashMap<>();
        IndexSearcher metaSearcher = new IndexSearcher(index);
        StoredFields storedFields = metaSearcher.storedFields();
        TermQuery metas = new TermQuery(new Term(IndexSchema.TYPE, IndexSchema.META));
        for (ScoreDoc scoreDoc : metaSearcher.search(metas, Math.max(1, index.maxDoc())).scoreDocs) {
            Document doc = storedFields.document(scoreDoc.doc);
            String annotatedAt = doc.get(IndexSchema.ANNOTATED_AT);
            out.put(Long.parseLong(doc.get(IndexSchema.SOURCE_ID)), new Indexed(
                    doc.getField(IndexSchema.TEXT_VERSION).numericValue().intValue(),
                    annotatedAt == null ? "" : annotatedAt));
        }
        return out;
    }
}
