package org.terrain.corpus.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Set;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.FilterDirectoryReader;
import org.apache.lucene.index.FilterLeafReader;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.util.Bits;
import org.apache.lucene.util.FixedBitSet;

/**
 * A committed index read with some sources' documents hidden, as if deleted: what the sources changed since
 * that commit are laid over, indexed again in memory, by a reader that may not write the index. Hidden through
 * the live documents, which every search and count here honours.
 */
final class WithoutSources extends FilterDirectoryReader {
    private final Set<Long> hidden;

    private WithoutSources(DirectoryReader in, Set<Long> hidden) throws IOException {
        super(in, new SubReaderWrapper() {
            @Override
            public LeafReader wrap(LeafReader reader) {
                return new Leaf(reader, hidden);
            }
        });
        this.hidden = hidden;
    }

    /** Closing the result closes {@code in}. */
    static DirectoryReader of(DirectoryReader in, Set<Long> hidden) throws IOException {
        return new WithoutSources(in, hidden);
    }

    @Override
    protected DirectoryReader doWrapDirectoryReader(DirectoryReader in) throws IOException {
        return new WithoutSources(in, hidden);
    }

    @Override
    public CacheHelper getReaderCacheHelper() {
        return null; // other live documents than the wrapped reader's: nothing may be cached as if they were its
    }

    private static final class Leaf extends FilterLeafReader {
        private final FixedBitSet live;
        private final int numDocs;

        Leaf(LeafReader in, Set<Long> hidden) {
            super(in);
            live = new FixedBitSet(in.maxDoc());
            Bits was = in.getLiveDocs();
            for (int doc = 0; doc < in.maxDoc(); doc++) {
                if (was == null || was.get(doc)) {
                    live.set(doc);
                }
            }
            try {
                for (long source : hidden) {
                    PostingsEnum docs = in.postings(new Term(IndexSchema.SOURCE_ID, Long.toString(source)),
                            PostingsEnum.NONE);
                    for (int doc = docs == null ? DocIdSetIterator.NO_MORE_DOCS : docs.nextDoc();
                         doc != DocIdSetIterator.NO_MORE_DOCS; doc = docs.nextDoc()) {
                        live.clear(doc);
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            numDocs = live.cardinality();
        }

        @Override
        public Bits getLiveDocs() {
            return live;
        }

        @Override
        public int numDocs() {
            return numDocs;
        }

        @Override
        public CacheHelper getCoreCacheHelper() {
            return in.getCoreCacheHelper();
        }

        @Override
        public CacheHelper getReaderCacheHelper() {
            return null;
        }
    }
}
