package org.terrain.corpus.review;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.terrain.codingschemes.CodePath;
import org.terrain.corpus.errors.ReviewPackageException;
import org.terrain.corpus.exchange.ExportTarget;
import org.terrain.corpus.exchange.PseudonymisedExport;
import org.terrain.corpus.model.Code;
import org.terrain.corpus.model.ReviewCode;
import org.terrain.corpus.model.ReviewExcerpt;
import org.terrain.corpus.model.ReviewPackageInfo;
import org.terrain.corpus.model.Source;
import org.terrain.corpus.model.Span;
import org.terrain.corpus.store.CodeInfo;
import org.terrain.corpus.store.ProjectStore;
import org.terrain.corpus.store.ReviewPackageStore;
import org.terrain.corpus.store.SegmentInfo;
import org.terrain.corpus.text.CodePointIndex;
import org.terrain.corpus.text.TextFingerprint;

/**
 * Writes a review package from the project {@code store} it is given: the chosen codings with their context,
 * the whole codebook with definitions and criteria (a recode proposes any of its codes), the sources' kinds,
 * cases, attributes and text hashes. The store may be a pseudonymised snapshot of the project: the package holds
 * its texts and names, and the project's and codings' ids, so that the verdicts merge back into the project.
 *
 * <p>The file is built beside the target under a temporary name, then written through {@link ExportTarget}
 * (never inside the project folder; temporary file then rename): a failed pack leaves no half package.
 */
public final class ReviewPack {
    private ReviewPack() {
    }

    /**
     * The package a supervisor receives: written from the pseudonymised project once the pseudonym table has an
     * entry, and checked for leaks like every export (a leak deletes it). Ids and the project's identity are
     * the project's own, so the verdicts merge back onto the real codings.
     */
    public static int send(ProjectStore store, Path out, ReviewSelection selection, String reviewer) {
        return PseudonymisedExport.run(store, out, from -> write(from, out, selection, reviewer)).count();
    }

    /** Writes the package and returns how many excerpts it holds; a selection without coding is refused. */
    public static int write(ProjectStore store, Path out, ReviewSelection selection, String reviewer) {
        ExportTarget target = ExportTarget.of(store.layout(), out);
        List<SegmentInfo> chosen = chosen(store, selection);
        if (chosen.isEmpty()) {
            throw ReviewPackageException.empty(out.toString());
        }
        List<ReviewCode> codes = codebook(store);
        List<ReviewExcerpt> excerpts = excerpts(store, chosen);
        var info = new ReviewPackageInfo(UUID.randomUUID().toString(), store.info().guid(), store.info().name(),
                Instant.now().toString(), reviewer == null || reviewer.isBlank() ? null : reviewer.strip(),
                ReviewPackageStore.FORMAT_VERSION);
        Path folder = out.toAbsolutePath().getParent();
        Path build = folder.resolve(".terrain-review-" + HexFormat.of().toHexDigits(ThreadLocalRandom.current().nextLong())
                + ".build");
        try {
            Files.createDirectories(folder);
            try (ReviewPackageStore written = ReviewPackageStore.create(build, info, codes, excerpts)) {
                written.info(); // written whole and readable before it is handed over
            }
            target.write(stream -> Files.copy(build, stream));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            deleteQuietly(build);
            deleteQuietly(build.resolveSibling(build.getFileName() + "-journal"));
        }
        return excerpts.size();
    }

    private static List<SegmentInfo> chosen(ProjectStore store, ReviewSelection selection) {
        List<SegmentInfo> out = new ArrayList<>();
        List<String> sources = selection.sources().isEmpty() ? java.util.Collections.singletonList(null)
                : selection.sources();
        for (String source : sources) {
            if (source != null) {
                store.sources().get(source); // an unknown source is said, not packed as nothing
            }
            if (selection.codes().isEmpty()) {
                out.addAll(store.segments().list(null, source));
            } else {
                for (CodePath code : selection.codes()) {
                    out.addAll(store.segments().list(code, source));
                }
            }
        }
        Map<Long, SegmentInfo> once = new LinkedHashMap<>(); // a code and its parent both chosen: once each
        out.forEach(s -> once.putIfAbsent(s.segment().id(), s));
        List<SegmentInfo> sorted = new ArrayList<>(once.values());
        sorted.sort(java.util.Comparator.comparing((SegmentInfo s) -> s.code().toString())
                .thenComparing(SegmentInfo::source).thenComparingInt(s -> s.segment().span().start())
                .thenComparingLong(s -> s.segment().id()));
        return sorted;
    }

    private static List<ReviewCode> codebook(ProjectStore store) {
        List<ReviewCode> out = new ArrayList<>();
        for (CodeInfo info : store.codes().list()) {
            Code code = info.code();
            out.add(new ReviewCode(info.path().toString(), code.guid(), code.color(), code.description(),
                    store.codes().criteria(info.path()), null));
        }
        return out;
    }

    private static List<ReviewExcerpt> excerpts(ProjectStore store, List<SegmentInfo> chosen) {
        Map<String, Source> sources = new HashMap<>();
        Map<String, CodePointIndex> texts = new HashMap<>();
        Map<String, String> hashes = new HashMap<>();
        List<ReviewExcerpt> out = new ArrayList<>();
        long id = 1;
        for (SegmentInfo segment : chosen) {
            Source source = sources.computeIfAbsent(segment.source(), store.sources()::get);
            CodePointIndex text = texts.computeIfAbsent(segment.source(), name -> new CodePointIndex(source.text()));
            String hash = hashes.computeIfAbsent(segment.source(), name -> TextFingerprint.of(source.text()));
            Span span = segment.segment().span();
            Span context = ExcerptContext.around(source, text, span);
            out.add(new ReviewExcerpt(id++, source.name(), source.kind(), source.caseName(), source.attributes(),
                    source.guid(), hash, segment.segment().guid(), span, segment.code().toString(), segment.text(),
                    text.substring(context.start(), context.end()), span.start() - context.start(),
                    segment.segment().coder(), segment.segment().created().toString(), null));
        }
        return out;
    }

    private static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException ignored) {
            // a temporary file of ours: the package itself is what matters
        }
    }
}
