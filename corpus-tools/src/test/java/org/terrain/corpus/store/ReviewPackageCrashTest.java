package org.terrain.corpus.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.io.TempDir;
import org.terrain.corpus.model.Identity;
import org.terrain.corpus.model.ReviewExcerpt;
import org.terrain.corpus.model.ReviewVerdict;
import org.terrain.corpus.testing.ChildJvm;

/**
 * kill -9 of a process saving verdicts one after another (as the app's review mode does at each key): the
 * package still opens, every verdict in it is whole, and every verdict the process had reported saved is there.
 */
class ReviewPackageCrashTest {
    private static final int EXCERPTS = 200;

    @TempDir
    Path dir;

    /** The child: marks excerpts in a loop, saying « saved N » on stderr after each save returns. */
    public static void main(String[] args) {
        try (ReviewPackageStore pack = ReviewPackageStore.open(Path.of(args[0]))) {
            for (long n = 1; ; n++) {
                long id = (n - 1) % EXCERPTS + 1;
                ReviewVerdict verdict = ReviewVerdict.values()[(int) (n % 3)];
                pack.mark(id, new ReviewExcerpt.Review(verdict, verdict == ReviewVerdict.RECODE
                        ? otherCode(pack.excerpt(id).code()) : null, "save " + n + " of " + id,
                        Identity.named("Anne"), "2026-12-07T10:00:00Z"));
                System.err.println("saved " + n);
            }
        }
    }

    static String otherCode(String code) {
        return code.equals("Pratiques/Code 0") ? "Pratiques/Code 1" : "Pratiques/Code 0";
    }

    @RepeatedTest(3)
    void aKillWhileSavingVerdictsLeavesAPackageThatOpensWithEveryReportedVerdict() throws Exception {
        Path file = dir.resolve("r.terrain-review");
        ReviewPackages.synthetic(file, EXCERPTS).close();
        long reported;
        try (ChildJvm child = ChildJvm.start(List.of(), Map.of(), ReviewPackageCrashTest.class, file.toString())) {
            child.awaitStderr(line -> line.startsWith("saved 20"), Duration.ofSeconds(60));
            Thread.sleep(new Random().nextInt(400));
            child.kill();
            reported = child.stderr().stream().filter(l -> l.startsWith("saved ")).mapToLong(
                    l -> Long.parseLong(l.substring(6).strip())).max().orElse(0);
        }
        assertThat(reported).isGreaterThanOrEqualTo(20);
        try (ReviewPackageStore pack = ReviewPackageStore.open(file)) {
            List<ReviewExcerpt> excerpts = pack.excerpts();
            assertThat(excerpts).hasSize(EXCERPTS);
            long lastId = (reported - 1) % EXCERPTS + 1;
            String lastComment = pack.excerpt(lastId).review().comment();
            long saved = Long.parseLong(lastComment.substring(5, lastComment.indexOf(" of ")));
            assertThat(saved).as("the last verdict reported saved is in the file").isGreaterThanOrEqualTo(reported);
            for (ReviewExcerpt e : excerpts) {
                if (e.review() != null) {
                    long n = Long.parseLong(e.review().comment().substring(5, e.review().comment().indexOf(" of ")));
                    assertThat(e.review().verdict()).as("verdict and comment saved together")
                            .isEqualTo(ReviewVerdict.values()[(int) (n % 3)]);
                    assertThat(e.review().comment()).endsWith(" of " + e.id());
                }
            }
        }
    }
}
