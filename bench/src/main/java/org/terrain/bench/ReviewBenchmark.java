package org.terrain.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.terrain.codingschemes.CodePath;
import org.terrain.corpus.importing.ImportOptions;
import org.terrain.corpus.importing.ImportService;
import org.terrain.corpus.importing.TurnMode;
import org.terrain.corpus.model.Identity;
import org.terrain.corpus.model.ReviewExcerpt;
import org.terrain.corpus.model.ReviewVerdict;
import org.terrain.corpus.model.SourceKind;
import org.terrain.corpus.model.Span;
import org.terrain.corpus.model.Turn;
import org.terrain.corpus.review.ReviewPack;
import org.terrain.corpus.review.ReviewSelection;
import org.terrain.corpus.store.ProjectStore;
import org.terrain.corpus.store.ReviewPackageStore;
import org.terrain.corpus.task.Cancellation;
import org.terrain.corpus.task.ProgressListener;

/**
 * A review package of 2,000 excerpts (24 interviews of 120 turns, one coding per participant turn, 4 codes):
 * how long packing takes, opening it and reading every excerpt (what the app's review mode does at start:
 * first in this JVM, then the median of 5), and saving a verdict (200 verdicts, each its own transaction on
 * disk, as each key press of the reviewer).
 *
 * <p>{@code java -cp bench/target/bench-0.1.0-SNAPSHOT.jar org.terrain.bench.ReviewBenchmark WORK_DIR}
 */
public final class ReviewBenchmark {
    private static final int SOURCES = 24;
    private static final int TURNS = 180;
    private static final int EXCERPTS = 2000;

    private ReviewBenchmark() {
    }

    public static void main(String[] args) throws IOException {
        System.out.println(Machine.describe());
        Path work = Files.createDirectories(Path.of(args[0]));
        Path project = work.resolve("project-" + System.nanoTime());
        Path pkg = work.resolve("review-" + System.nanoTime() + ".terrain-review");
        try (ProjectStore store = ProjectStore.create(project, "bench", "bench")) {
            List<Path> files = new ArrayList<>();
            for (int s = 0; s < SOURCES; s++) {
                files.add(Files.writeString(work.resolve("entretien-" + s + ".txt"), interview(s), StandardCharsets.UTF_8));
            }
            new ImportService(store).importPaths(files, new ImportOptions(SourceKind.INTERVIEW, null, Map.of(),
                    TurnMode.AUTO), ProgressListener.NONE, Cancellation.none());
            int coded = 0;
            for (String name : store.sources().names()) {
                List<List<Span>> byCode = List.of(new ArrayList<>(), new ArrayList<>(), new ArrayList<>(), new ArrayList<>());
                int i = 0;
                for (Turn turn : store.sources().get(name).turns()) {
                    if (!turn.speaker().equals("ENQ") && coded < EXCERPTS) {
                        byCode.get(i++ % 4).add(turn.speech());
                        coded++;
                    }
                }
                for (int c = 0; c < 4; c++) {
                    if (!byCode.get(c).isEmpty()) {
                        if (store.codes().find(CodePath.of("Pratiques", "Code " + c)).isEmpty()) {
                            store.codes().add(CodePath.of("Pratiques", "Code " + c), null, "Définition " + c);
                        }
                        store.segments().code(name, CodePath.of("Pratiques", "Code " + c), byCode.get(c), null);
                    }
                }
            }
            long t = System.nanoTime();
            int packed = ReviewPack.write(store, pkg, ReviewSelection.all(), "Anne Dupont");
            System.out.printf("pack: %d excerpts, %.0f ms, %d KB%n", packed, (System.nanoTime() - t) / 1e6,
                    Files.size(pkg) / 1024);
        }
        double[] opens = new double[6];
        for (int round = 0; round < opens.length; round++) {
            long t = System.nanoTime();
            try (ReviewPackageStore pack = ReviewPackageStore.open(pkg)) {
                int n = pack.excerpts().size() + pack.codes().size();
                if (n == 0) {
                    throw new IllegalStateException("empty package");
                }
            }
            opens[round] = (System.nanoTime() - t) / 1e6;
        }
        double first = opens[0];
        double[] warm = Arrays.copyOfRange(opens, 1, opens.length);
        Arrays.sort(warm);
        System.out.printf("open + read %d excerpts: first in this JVM %.0f ms; then median %.0f ms, max %.0f ms%n",
                EXCERPTS, first, warm[warm.length / 2], warm[warm.length - 1]);
        double[] saves = new double[200];
        try (ReviewPackageStore pack = ReviewPackageStore.open(pkg)) {
            List<ReviewExcerpt> excerpts = pack.excerpts();
            for (int i = 0; i < saves.length; i++) {
                ReviewExcerpt e = excerpts.get(i * 7 % excerpts.size());
                ReviewVerdict verdict = ReviewVerdict.values()[i % 3];
                String proposed = verdict == ReviewVerdict.RECODE
                        ? (e.code().endsWith("0") ? "Pratiques/Code 1" : "Pratiques/Code 0") : null;
                long t = System.nanoTime();
                pack.mark(e.id(), new ReviewExcerpt.Review(verdict, proposed, "commentaire " + i,
                        Identity.named("Anne Dupont"), Instant.now().toString()));
                saves[i] = (System.nanoTime() - t) / 1e6;
            }
        }
        Arrays.sort(saves);
        System.out.printf("save a verdict (200, each on disk): median %.1f ms, p95 %.1f ms, max %.1f ms%n",
                saves[100], saves[190], saves[199]);
    }

    private static String interview(int s) {
        StringBuilder text = new StringBuilder();
        for (int t = 0; t < TURNS; t++) {
            text.append(t % 2 == 0 ? "ENQ : Et ensuite, qu’est-ce qui s’est passé à l’atelier " + t + " ?\n"
                    : "MARTINE : Alors voilà, le métier je l’ai appris de mon père, entretien " + s + " tour " + t
                    + ", et puis l’usine a fermé, on a dû partir, c’était dur pour tout le monde.\n");
        }
        return text.toString();
    }
}
