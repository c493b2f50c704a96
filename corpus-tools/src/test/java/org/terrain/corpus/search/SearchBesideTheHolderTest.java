package org.terrain.corpus.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.Lock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.terrain.corpus.model.SourceKind;
import org.terrain.corpus.model.Span;
import org.terrain.corpus.store.ProjectStore;
import org.terrain.corpus.task.ProgressListener;
import org.terrain.corpus.testing.Fixtures;

/**
 * A store opened for reading searches beside the holder: the index the holder committed when it is current,
 * and when the database moved on since, the changed sources indexed again in memory — never the index's write
 * lock, never a file of its folder — so that it finds what the holder finds once its index is up to date.
 */
class SearchBesideTheHolderTest {
    private static final List<String> QUERIES = List.of("usine", "ouvrier", "forge", "zinzolin", "Feyzin",
            "\"de la chimie\"", "usin*", "usine -chimie");

    @TempDir
    Path dir;
    Path project;
    ProjectStore holder;

    @BeforeEach
    void projectWithACommittedIndex() {
        project = dir.resolve("p");
        holder = ProjectStore.create(project, "t", "holder");
        for (int i = 0; i < 30; i++) {
            importText("autre-" + i + ".txt", "Une fabrique là-bas, numéro " + i + ", près de l’usine.");
        }
        importText("entretien.txt", SearchIndexTest.INTERVIEW);
        importText("note.txt", SearchIndexTest.NOTE);
        importText("article.txt", SearchIndexTest.ARTICLE);
        SearchIndex.open(holder, ProgressListener.NONE).close();
    }

    @AfterEach
    void close() {
        holder.close();
    }

    @Test
    void aCurrentIndexIsSearchedAsCommitted() throws Exception {
        Map<String, SearchResult> expected = holderFinds();
        assertThat(SearchIndex.upToDateOnDisk(holder)).isTrue();
        try (ProjectStore reader = ProjectStore.openForReading(project, "test");
             SearchIndex index = SearchIndex.open(reader, ProgressListener.NONE)) {
            assertThat(index.indexedInMemory()).isZero();
            assertThat(results(index)).isEqualTo(expected);
        }
    }

    @Test
    void sourcesChangedSinceTheCommitAreIndexedInMemoryWithoutTheWriteLockAndFoundAsTheHolderFindsThem()
            throws Exception {
        importText("nouveau.txt", "Le zinzolin de l’usine, une couleur.");
        holder.sources().edit("note.txt", new Span(41, 46), "forge", source -> 1);
        holder.sources().delete("article.txt");
        assertThat(SearchIndex.upToDateOnDisk(holder)).isFalse();
        List<String> files = indexFiles();

        Map<String, SearchResult> seen;
        FormCounter.Counts counted;
        try (Directory folder = FSDirectory.open(project.resolve("index"));
             Lock writing = folder.obtainLock(IndexWriter.WRITE_LOCK_NAME);
             ProjectStore reader = ProjectStore.openForReading(project, "test");
             SearchIndex index = SearchIndex.open(reader, ProgressListener.NONE)) {
            assertThat(index.indexedInMemory()).as("the new source and the edited one").isEqualTo(2);
            seen = results(index);
            counted = index.countForms(oddAgainstEven());
        }
        assertThat(indexFiles()).as("nothing written in the index folder").isEqualTo(files);

        try (SearchIndex synced = SearchIndex.open(holder, ProgressListener.NONE)) {
            assertThat(seen).isEqualTo(results(synced));
            assertThat(printed(counted)).isEqualTo(printed(synced.countForms(oddAgainstEven())));
        }
        assertThat(seen.get("forge").total()).isEqualTo(1);
        assertThat(seen.get("zinzolin").total()).isEqualTo(1);
        assertThat(seen.get("\"de la chimie\"").total()).as("in the deleted article and the interview").isEqualTo(1);
    }

    @Test
    void withoutAnIndexOnDiskTheWholeIndexIsBuiltInMemoryAndTheFolderLeftAbsent() throws Exception {
        Map<String, SearchResult> expected = holderFinds();
        try (Stream<Path> files = Files.list(project.resolve("index"))) {
            for (Path file : files.toList()) {
                Files.delete(file);
            }
        }
        Files.delete(project.resolve("index"));
        assertThat(SearchIndex.upToDateOnDisk(holder)).isFalse();
        try (ProjectStore reader = ProjectStore.openForReading(project, "test");
             SearchIndex index = SearchIndex.open(reader, ProgressListener.NONE)) {
            assertThat(index.indexedInMemory()).isEqualTo(33);
            assertThat(results(index)).isEqualTo(expected);
        }
        assertThat(project.resolve("index")).doesNotExist();
    }

    private void importText(String name, String text) {
        Fixtures.importText(holder, dir, name, text, name.startsWith("entretien") ? SourceKind.INTERVIEW
                : SourceKind.DISCOURSE);
    }

    private Map<String, SearchResult> holderFinds() {
        try (SearchIndex index = SearchIndex.open(holder, ProgressListener.NONE)) {
            return results(index);
        }
    }

    private static Map<String, SearchResult> results(SearchIndex index) {
        Map<String, SearchResult> out = new TreeMap<>();
        for (String query : QUERIES) {
            out.put(query, index.search(SearchRequest.of(query).withLimit(1000)));
        }
        return out;
    }

    private static FormCounter.Sides oddAgainstEven() {
        return (sourceId, speaker) -> (int) (sourceId % 2);
    }

    private static Map<String, String> printed(FormCounter.Counts counts) {
        Map<String, String> out = new TreeMap<>();
        counts.forms().forEach((form, ab) -> out.put(form, ab[0] + "/" + ab[1]));
        out.put("", counts.aTokens() + "/" + counts.bTokens());
        return out;
    }

    private List<String> indexFiles() throws IOException {
        try (Stream<Path> files = Files.list(project.resolve("index"))) {
            return files.map(f -> f.getFileName().toString()).sorted().toList();
        }
    }
}
