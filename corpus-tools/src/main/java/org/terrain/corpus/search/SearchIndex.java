package org.terrain.corpus.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.CorruptIndexException;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.IndexFormatTooNewException;
import org.apache.lucene.index.IndexFormatTooOldException;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.MultiReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.terrain.corpus.errors.TerrainException;
import org.terrain.corpus.model.Source;
import org.terrain.corpus.model.Word;
import org.terrain.corpus.store.AnnotationStore;
import org.terrain.corpus.store.ProjectStore;
import org.terrain.corpus.store.SourceStore;
import org.terrain.corpus.task.ProgressListener;

/**
 * The project's Lucene index, derived from the database and never a second truth. Each commit records the
 * database's change sequence number: on open, an index at another number is brought up to date (only the
 * sources whose text version changed are re-indexed), and a missing, damaged or older-schema index is rebuilt
 * from scratch, with progress.
 *
 * <p>On a store opened for reading ({@link ProjectStore#openForReading}), beside the process that holds the
 * project, nothing is written: the index that process committed is searched as it is, with the sources changed
 * since indexed again in memory and laid over it ({@link #indexedInMemory}); the index's write lock is never
 * taken. The results are the holder's once its index is up to date: the database is the truth.
 *
 * <p>Lifecycle: {@link #open} (which syncs), then {@link #search} any number of times, {@link #sync} after
 * changes, {@link #close}. Not thread-safe for sync; searches may run concurrently.
 */
public final class SearchIndex implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(SearchIndex.class);
    private static final String SEQ = "terrain.seq";
    private static final String SCHEMA = "terrain.schema";
    private static final String ANNOTATIONS = "terrain.annotations";
    /** The index writer's buffer: shared by its threads, each flushing a segment when the sum reaches it. */
    private static final double RAM_BUFFER_MB = 256;

    private final ProjectStore store;
    private final Path folder;
    private Directory directory;
    private Directory memory;
    private IndexReader reader;
    private IndexSearcher searcher;
    private int indexedInMemory;
    /** A reader met damage in the holder's index: from then on it reads the database only. */
    private boolean diskDamaged;

    private SearchIndex(ProjectStore store) {
        this.store = store;
        this.folder = store.layout().index();
    }

    public static SearchIndex open(ProjectStore store, ProgressListener progress) {
        SearchIndex index = new SearchIndex(store);
        index.sync(progress);
        return index;
    }

    /**
     * Whether the index on disk holds every source as the database has it, so that a reader searches it as it is
     * and nobody needs to write it.
     */
    public static boolean upToDateOnDisk(ProjectStore store) {
        Path folder = store.layout().index();
        if (!Files.isDirectory(folder)) {
            return false;
        }
        try (Directory directory = FSDirectory.open(folder); DirectoryReader committed = committed(directory)) {
            return committed != null && IndexDelta.between(committed, store).isEmpty();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Brings the index up to date with the database; returns how many sources were (re)indexed. For a store
     * opened for reading, in memory only. A damaged index (a file cut short or scribbled over, a commit point
     * gone) is rebuilt at once: it is derived data.
     */
    public int sync(ProgressListener progress) {
        if (store.readOnly()) {
            return overlay(progress);
        }
        try {
            return syncOnce(progress);
        } catch (IOException | RuntimeException e) {
            if (!isDamage(e)) {
                throw e instanceof IOException io ? new UncheckedIOException(io) : (RuntimeException) e;
            }
            return rebuildAfterDamage(e, progress);
        }
    }

    private int syncOnce(ProgressListener progress) throws IOException {
        long seq = store.changeSeq();
        String annotations = store.annotations().fingerprint();
        if (directory == null) {
            Files.createDirectories(folder);
            directory = FSDirectory.open(folder);
        }
        Map<String, String> committed = committedData();
        boolean usable = committed != null && IndexSchema.VERSION.equals(committed.get(SCHEMA));
        if (usable && String.valueOf(seq).equals(committed.get(SEQ))
                && annotations.equals(committed.get(ANNOTATIONS))) {
            ensureReader();
            return 0;
        }
        int changed = usable ? update(seq, annotations, progress) : rebuild(seq, annotations, progress);
        ensureReader();
        return changed;
    }

    /**
     * Damage found while syncing or searching: said in one line (the cause is in the log), the files deleted and
     * the index built again from the database. A rebuild that fails too is reported as it is.
     */
    private int rebuildAfterDamage(Exception damage, ProgressListener progress) {
        LOG.warn("search index in {} is damaged; rebuilding it from the database (the detail is in the log)", folder);
        LOG.info("search index damage in {}", folder, damage);
        try {
            closeReader();
            if (directory != null) {
                directory.close();
                directory = null;
            }
            if (store.readOnly()) {
                // A reader never touches the holder's files: it searches the whole project indexed in memory.
                diskDamaged = true;
                return overlay(progress);
            }
            deleteContents();
            return syncOnce(progress);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * How many sources are searched from memory rather than from the index on disk: those changed since the
     * holder's last commit, for a store opened for reading; always 0 for the holder, whose index is on disk.
     */
    public int indexedInMemory() {
        return indexedInMemory;
    }

    /**
     * What a damaged index throws: Lucene's checksum, header and format checks, and a file cut short or gone.
     * Anything else (a disk that is full, a bug) is not cured by rebuilding and goes on up.
     */
    private static boolean isDamage(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof CorruptIndexException || t instanceof IndexFormatTooOldException
                    || t instanceof IndexFormatTooNewException || t instanceof java.io.EOFException
                    || t instanceof java.nio.file.NoSuchFileException || t instanceof java.io.FileNotFoundException) {
                return true;
            }
        }
        return false;
    }

    /** Runs a read of the index; when the index turns out damaged under it, rebuilds it and reads once more. */
    private <T> T reading(java.util.function.Supplier<T> read) {
        try {
            return read.get();
        } catch (RuntimeException e) {
            if (!isDamage(e)) {
                throw e;
            }
            rebuildAfterDamage(e, ProgressListener.NONE);
            return read.get();
        }
    }

    public SearchResult search(SearchRequest request) {
        if (request.query().contains(FrenchAnalysis.LEMMA + ":") && !store.annotations().anyCurrent()) {
            throw new TerrainException("nlp_not_annotated", TerrainException.Category.ACTION_NEEDED,
                    store.layout().root());
        }
        return reading(() -> new Searching(store, searcher).search(request));
    }

    /** Every word form's frequency on two sides, each unit of speech placed by its source and speaker. */
    public FormCounter.Counts countForms(FormCounter.Sides sides) {
        return reading(() -> FormCounter.count(searcher, sides));
    }

    /** The same search counted only through the Matches API: for tests comparing both ways. */
    SearchResult searchWithMatchesOnly(SearchRequest request) {
        return new Searching(store, searcher, false).search(request);
    }

    /** Every match of the request, in corpus order: what auto-coding codes. */
    public List<SearchHit> allMatches(SearchRequest request) {
        return reading(() -> new Searching(store, searcher).search(request.withLimit(Integer.MAX_VALUE)).hits());
    }

    /** The latest commit's data, null when there is no index yet; an unreadable commit is damage. */
    private Map<String, String> committedData() throws IOException {
        try {
            if (!DirectoryReader.indexExists(directory)) {
                return null;
            }
            return DirectoryReader.listCommits(directory).getLast().getUserData();
        } catch (IOException | RuntimeException e) {
            throw new CorruptIndexException("unreadable commit", folder.toString(), e);
        }
    }

    private int rebuild(long seq, String annotations, ProgressListener progress) throws IOException {
        closeReader();
        List<SourceStore.Version> sources = store.sources().versions();
        Map<Long, AnnotationStore.Stamp> stamps = store.annotations().current();
        try (IndexWriter writer = new IndexWriter(directory, writerConfig(IndexWriterConfig.OpenMode.CREATE))) {
            ParallelIndexing.addAll(writer, sources, version -> documents(version, stamps.get(version.id())),
                    progress);
            commit(writer, seq, annotations);
        } catch (IOException e) {
            deleteContents(); // leave nothing half-built: the next open starts from scratch again
            throw e;
        }
        progress.progress(sources.size(), sources.size(), "");
        return sources.size();
    }

    private int update(long seq, String annotations, ProgressListener progress) throws IOException {
        IndexDelta delta;
        try (DirectoryReader current = DirectoryReader.open(directory)) {
            delta = IndexDelta.between(current, store);
        }
        closeReader();
        try (IndexWriter writer = new IndexWriter(directory, writerConfig(IndexWriterConfig.OpenMode.APPEND))) {
            for (Long id : delta.gone()) {
                writer.deleteDocuments(new Term(IndexSchema.SOURCE_ID, Long.toString(id)));
            }
            List<SourceStore.Version> stale = delta.stale();
            for (SourceStore.Version version : stale) {
                // deleted before any is added again: the new documents carry the same source id
                writer.deleteDocuments(new Term(IndexSchema.SOURCE_ID, Long.toString(version.id())));
            }
            ParallelIndexing.addAll(writer, stale, version -> documents(version, delta.stamps().get(version.id())),
                    progress);
            commit(writer, seq, annotations);
        }
        return delta.stale().size();
    }

    /**
     * A reader's index (see the class comment): the committed one, hidden where the database moved on, and the
     * sources changed since indexed in memory. When nothing was committed yet, or by another schema, every
     * source is indexed in memory.
     */
    private int overlay(ProgressListener progress) {
        try {
            closeReader();
            if (memory != null) {
                memory.close();
                memory = null;
            }
            if (directory == null && !diskDamaged && Files.isDirectory(folder)) { // FSDirectory.open would make it
                directory = FSDirectory.open(folder);
            }
            DirectoryReader committed = directory == null ? null : committed(directory);
            try {
                IndexDelta delta = committed == null ? IndexDelta.everything(store)
                        : IndexDelta.between(committed, store);
                if (delta.isEmpty()) {
                    use(committed);
                    indexedInMemory = 0;
                    return 0;
                }
                memory = new ByteBuffersDirectory();
                IndexWriterConfig config = new IndexWriterConfig(FrenchAnalysis.perField())
                        .setOpenMode(IndexWriterConfig.OpenMode.CREATE);
                try (IndexWriter writer = new IndexWriter(memory, config)) {
                    ParallelIndexing.addAll(writer, delta.stale(),
                            version -> documents(version, delta.stamps().get(version.id())), progress);
                    writer.commit();
                }
                progress.progress(delta.stale().size(), delta.stale().size(), "");
                DirectoryReader fresh = DirectoryReader.open(memory);
                use(committed == null ? fresh : new MultiReader(
                        new IndexReader[] {WithoutSources.of(committed, delta.outdated()), fresh}, true));
                indexedInMemory = delta.stale().size();
                return indexedInMemory;
            } catch (IOException | RuntimeException e) {
                if (committed != null && reader == null) {
                    committed.close();
                }
                throw e;
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The folder's last commit, opened without any lock, when it holds an index of the present schema. */
    private static DirectoryReader committed(Directory directory) {
        try {
            if (!DirectoryReader.indexExists(directory)) {
                return null;
            }
            DirectoryReader committed = DirectoryReader.open(directory);
            if (IndexSchema.VERSION.equals(committed.getIndexCommit().getUserData().get(SCHEMA))) {
                return committed;
            }
            committed.close();
            return null;
        } catch (IOException | RuntimeException e) {
            // Damage, said once by whoever rebuilds it; the detail goes to the log file only.
            LOG.info("search index in {} is unreadable, reading the database instead", directory, e);
            return null;
        }
    }

    /**
     * How the index on disk is written. A large buffer makes few segments to flush and merge; flushed segments
     * are kept as separate files rather than copied once more into a compound file.
     */
    private static IndexWriterConfig writerConfig(IndexWriterConfig.OpenMode mode) {
        return new IndexWriterConfig(FrenchAnalysis.perField()).setOpenMode(mode).setRAMBufferSizeMB(RAM_BUFFER_MB)
                .setUseCompoundFile(false);
    }

    /** A source's documents, with its lemmas when its language analysis matches its text. */
    private List<Document> documents(SourceStore.Version version, AnnotationStore.Stamp stamp) {
        Source source = store.sources().get(version.name());
        List<Word> words = stamp == null ? null : store.annotations().words(version.id()).orElse(null);
        return IndexSchema.documents(source, words, words == null ? "" : stamp.annotatedAt());
    }

    private static void commit(IndexWriter writer, long seq, String annotations) throws IOException {
        writer.setLiveCommitData(Map.of(SEQ, String.valueOf(seq), SCHEMA, IndexSchema.VERSION,
                ANNOTATIONS, annotations).entrySet());
        writer.commit();
    }

    private void ensureReader() throws IOException {
        if (reader == null) {
            use(DirectoryReader.open(directory));
        }
    }

    private void use(IndexReader opened) {
        reader = opened;
        searcher = new IndexSearcher(reader);
        searcher.setQueryCache(null); // filters change with every request; caching them buys nothing
    }

    private void closeReader() throws IOException {
        if (reader != null) {
            reader.close();
            reader = null;
            searcher = null;
        }
    }

    private void deleteContents() throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            for (Path file : files.toList()) {
                Files.deleteIfExists(file);
            }
        }
    }

    @Override
    public void close() {
        try {
            closeReader();
            if (directory != null) {
                directory.close();
            }
            if (memory != null) {
                memory.close();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
