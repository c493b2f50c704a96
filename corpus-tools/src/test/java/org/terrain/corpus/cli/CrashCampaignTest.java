package org.terrain.corpus.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;
import org.terrain.corpus.testing.ChildJvm;

/**
 * kill -9 at a random moment of a command that changes the project (or writes out of it), then what a
 * researcher's work needs: the project opens and passes the full integrity check, the command took effect
 * wholly or not at all, and running it again finishes the work. Seeded, so that a failing round is replayed
 * with {@code -Dterrain.crash.seed=S -Dterrain.crash.rounds=N}; the test command runs 20 rounds,
 * {@code bench/crash-campaign.sh} many more with a fresh seed.
 */
class CrashCampaignTest {
    private static final long SEED = Long.getLong("terrain.crash.seed", 20261207L);
    private static final int ROUNDS = Integer.getInteger("terrain.crash.rounds", 20);

    @TempDir
    static Path temp;
    static Path base;

    /** One project built once and copied for each round: the rounds test the crash, not the set-up. */
    @BeforeAll
    static void baseProject() {
        base = CrashScenario.baseProject(temp.resolve("base"));
    }

    @TestFactory
    Stream<DynamicTest> aCommandKilledAtAnyMomentLeavesAWholeProject() {
        Random random = new Random(SEED);
        List<DynamicTest> rounds = new ArrayList<>();
        for (int round = 0; round < ROUNDS; round++) {
            CrashScenario scenario = CrashScenario.values()[random.nextInt(CrashScenario.values().length)];
            long killAfterMs = 100 + random.nextInt(4000);
            Path dir = temp.resolve("round-" + round);
            rounds.add(DynamicTest.dynamicTest("round " + round + ": " + scenario + " killed after " + killAfterMs
                    + " ms (seed " + SEED + ")", () -> run(dir, scenario, killAfterMs)));
        }
        return rounds.stream();
    }

    private static void run(Path dir, CrashScenario scenario, long killAfterMs) throws Exception {
        Path project = dir.resolve("p");
        CrashScenario.copyProject(base, project);
        Path tmp = Files.createDirectories(dir.resolve("tmp"));
        CrashScenario.Round round = scenario.prepare(project, dir);
        try (ChildJvm child = ChildJvm.start(List.of("-Djava.io.tmpdir=" + tmp), java.util.Map.of(), TerrainCli.class,
                round.args().toArray(String[]::new))) {
            boolean ended = child.process().waitFor(killAfterMs, TimeUnit.MILLISECONDS);
            if (!ended) {
                child.kill();
            }
            // Said so that a campaign shows how many kills landed in the middle of the work.
            System.out.println("crash campaign: " + scenario + (ended ? " ended before the kill"
                    : " killed after " + killAfterMs + " ms"));
        }
        try (Stream<Path> left = Files.list(tmp)) {
            assertThat(left.map(Path::toString)).as("nothing of SQLite's left in the temporary folder")
                    .noneMatch(name -> name.contains("sqlite"));
        }
        CrashScenario.projectIsWhole(project);
        round.tookEffectWhollyOrNotAtAll();
        round.finish();
        CrashScenario.projectIsWhole(project);
        round.finished();
    }
}
