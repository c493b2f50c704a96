package org.terrain.corpus.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import java.util.zip.ZipFile;
import org.terrain.corpus.model.Identity;
import org.terrain.corpus.model.ReviewExcerpt;
import org.terrain.corpus.model.ReviewVerdict;
import org.terrain.corpus.model.Source;
import org.terrain.corpus.store.IntegrityReport;
import org.terrain.corpus.store.ProjectStore;
import org.terrain.corpus.store.ReviewPackageStore;
import org.terrain.corpus.testing.Fixtures;
import org.terrain.corpus.text.CanonicalText;

/** The commands the crash campaign kills, each with what must hold after the kill and after a second run. */
enum CrashScenario {
    /** A folder import: each file is atomic, the rest is imported by the next run. */
    IMPORT {
        @Override
        Round prepare(Path project, Path dir) {
            Path folder = dir.resolve("nouveaux");
            Map<String, String> written = new HashMap<>();
            for (int i = 0; i < 150; i++) {
                String name = String.format("nouveau-%03d.txt", i);
                written.put(name, Fixtures.write(folder, name, interview(1000 + i, 150)).toString());
            }
            int before = sourceCount(project);
            return new Round(List.of("import", project.toString(), folder.toString(), "--kind", "interview")) {
                @Override
                void tookEffectWhollyOrNotAtAll() {
                    try (ProjectStore store = ProjectStore.open(project, "crash check")) {
                        List<String> names = store.sources().names();
                        assertThat(names.size()).isBetween(before, before + written.size());
                        for (String name : names) {
                            if (written.containsKey(name)) {
                                Source source = store.sources().get(name);
                                assertThat(source.text()).as(name).isEqualTo(
                                        CanonicalText.of(read(Path.of(written.get(name)))));
                            }
                        }
                    }
                }

                @Override
                void finished() {
                    assertThat(sourceCount(project)).isEqualTo(before + written.size());
                }
            };
        }
    },
    /** Auto-coding every sentence around a word: one action, so all its segments or none. */
    AUTOCODE {
        @Override
        Round prepare(Path project, Path dir) {
            return new Round(List.of("autocode", project.toString(), "--code", "Auto", "--query", "usine",
                    "--unit", "sentence")) {
                @Override
                void tookEffectWhollyOrNotAtAll() {
                    assertThat(segmentsOf(project, "Auto")).isIn(0, expectedAutocoded);
                }

                @Override
                void finished() {
                    assertThat(segmentsOf(project, "Auto")).isEqualTo(expectedAutocoded);
                }
            };
        }
    },
    /** A correction of a coded transcript: the old text with its codings, or the new with them re-anchored. */
    EDIT {
        @Override
        Round prepare(Path project, Path dir) {
            String old = CliRun.of("text", project.toString(), "base-000.txt").out();
            String replacement = "tout ça a été corrigé à Vénissieux";
            String corrected = old.substring(0, old.offsetByCodePoints(0, 20)) + replacement
                    + old.substring(old.offsetByCodePoints(0, 60));
            return new Round(List.of("edit", project.toString(), "--source", "base-000.txt", "--range", "20:60",
                    "--replace", replacement)) {
                @Override
                void tookEffectWhollyOrNotAtAll() {
                    String text = CliRun.of("text", project.toString(), "base-000.txt").out();
                    assertThat(text).isIn(old, corrected);
                    segmentsLieInTheirText(project, "base-000.txt", text);
                }

                @Override
                List<String> again() {
                    String text = CliRun.of("text", project.toString(), "base-000.txt").out();
                    return text.equals(old) ? args() : List.of("sources", project.toString());
                }

                @Override
                void finished() {
                    assertThat(CliRun.of("text", project.toString(), "base-000.txt").out()).isEqualTo(corrected);
                }
            };
        }
    },
    /** An export reads the project: the project is unchanged, and the file is whole or absent. */
    EXPORT {
        @Override
        Round prepare(Path project, Path dir) {
            Path out = dir.resolve("export").resolve("projet.qdpx");
            String segments = CliRun.of("segments", project.toString(), "--json").out();
            try {
                Files.createDirectories(out.getParent());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return new Round(List.of("export", "qdpx", project.toString(), out.toString())) {
                @Override
                void tookEffectWhollyOrNotAtAll() {
                    assertThat(CliRun.of("segments", project.toString(), "--json").out()).isEqualTo(segments);
                    if (Files.exists(out)) {
                        wholeQdpx(out);
                    }
                }

                @Override
                void finished() {
                    wholeQdpx(out);
                }
            };
        }
    },
    /** Putting a backup back: the project as it was, or as the backup holds it — never a missing database. */
    RESTORE {
        @Override
        Round prepare(Path project, Path dir) {
            JsonNode backups = CliRun.of("restore", project.toString(), "--list", "--json").json();
            assertThat(backups.size()).isPositive();
            String oldest = backups.get(0).path("name").asText();
            String before = state(project);
            Path twin = dir.resolve("restored-twin");
            copyProject(project, twin);
            CliRun restored = CliRun.of("restore", twin.toString(), oldest);
            assertThat(restored.exit()).as(restored.err()).isZero();
            String after = state(twin);
            assertThat(after).as("the backup holds another state than the project's").isNotEqualTo(before);
            return new Round(List.of("restore", project.toString(), oldest)) {
                @Override
                void tookEffectWhollyOrNotAtAll() {
                    assertThat(state(project)).isIn(before, after);
                }

                @Override
                List<String> again() {
                    return state(project).equals(before) ? args() : List.of("sources", project.toString());
                }

                @Override
                void finished() {
                    assertThat(state(project)).isEqualTo(after);
                }
            };
        }
    },
    /** A merge of a copy coded by a second coder: one transaction, so all of that coder's codings or none. */
    MERGE {
        @Override
        Round prepare(Path project, Path dir) {
            Path copy = dir.resolve("copie");
            copyProject(project, copy);
            ok("autocode", copy.toString(), "--code", "Auto", "--query", "usine", "--unit", "sentence",
                    "--coder", "Karim");
            int expected = codingsOf(copy, "Karim");
            assertThat(expected).isPositive();
            return new Round(List.of("merge", project.toString(), copy.toString())) {
                @Override
                void tookEffectWhollyOrNotAtAll() {
                    assertThat(codingsOf(project, "Karim")).isIn(0, expected);
                }

                @Override
                void finished() {
                    assertThat(codingsOf(project, "Karim")).isEqualTo(expected);
                }
            };
        }
    },
    /** Merging a reviewed package: one transaction, so every verdict becomes an item or none; no coding changes. */
    REVIEW_MERGE {
        @Override
        Round prepare(Path project, Path dir) {
            Path pkg = dir.resolve("relecture.terrain-review");
            ok("review", "pack", project.toString(), pkg.toString(), "--code", "Pratiques/Travail");
            int marked = 0;
            try (ReviewPackageStore pack = ReviewPackageStore.open(pkg)) {
                for (ReviewExcerpt excerpt : pack.excerpts()) {
                    if (marked++ == 400) {
                        break;
                    }
                    pack.mark(excerpt.id(), new ReviewExcerpt.Review(marked % 2 == 0 ? ReviewVerdict.CONTEST
                            : ReviewVerdict.APPROVE, null, "avis " + marked, Identity.named("Anne"), "2026-12-07T10:00:00Z"));
                }
            }
            int verdicts = Math.min(marked, 400);
            int coded = segmentsOf(project, "Pratiques/Travail");
            return new Round(List.of("review", "merge", project.toString(), pkg.toString())) {
                @Override
                void tookEffectWhollyOrNotAtAll() {
                    assertThat(reviewItems(project)).isIn(0, verdicts);
                    assertThat(segmentsOf(project, "Pratiques/Travail")).isEqualTo(coded);
                }

                @Override
                void finished() {
                    assertThat(reviewItems(project)).isEqualTo(verdicts);
                    assertThat(segmentsOf(project, "Pratiques/Travail")).as("a merge changes no coding").isEqualTo(coded);
                }
            };
        }
    };

    private static int reviewItems(Path project) {
        return CliRun.of("review", "list", project.toString(), "--json").json().size();
    }

    static int expectedAutocoded;

    abstract Round prepare(Path project, Path dir);

    /** One killed command: its arguments and what must hold. */
    abstract static class Round {
        private final List<String> args;

        Round(List<String> args) {
            this.args = args;
        }

        List<String> args() {
            return args;
        }

        abstract void tookEffectWhollyOrNotAtAll();

        /** The command run again, in-process, to its end. */
        List<String> again() {
            return args;
        }

        void finish() {
            CliRun run = CliRun.of(again().toArray(String[]::new));
            assertThat(run.exit()).as(run.err()).isZero();
        }

        abstract void finished();
    }

    /** Forty coded interviews and the code the auto-coding round fills. */
    static Path baseProject(Path project) {
        Path folder = project.resolveSibling("base-corpus");
        for (int i = 0; i < 40; i++) {
            Fixtures.write(folder, String.format("base-%03d.txt", i), interview(i, 120));
        }
        ok("init", project.toString());
        ok("import", project.toString(), folder.toString(), "--kind", "interview");
        ok("codes", "add", project.toString(), "Pratiques/Travail");
        ok("codes", "add", project.toString(), "Auto");
        for (int i = 0; i < 40; i += 3) {
            ok("code", project.toString(), "--source", String.format("base-%03d.txt", i), "--code", "Pratiques/Travail",
                    "--match", "Feyzin", "--all");
        }
        JsonNode preview = CliRun.of("autocode", project.toString(), "--code", "Auto", "--query", "usine", "--unit",
                "sentence", "--dry-run", "--json").json();
        expectedAutocoded = preview.path("segments").asInt();
        assertThat(expectedAutocoded).isPositive();
        return project;
    }

    /** Opens (so the lock is free), passes the full check, and searches (a half-built index is rebuilt). */
    static void projectIsWhole(Path project) {
        try (ProjectStore store = ProjectStore.open(project, "crash check")) {
            IntegrityReport report = store.checkIntegrity(true);
            assertThat(report.ok()).as(String.join("; ", report.problems())).isTrue();
        }
        CliRun search = CliRun.of("search", project.toString(), "usine", "--json");
        assertThat(search.exit()).as(search.err()).isZero();
        assertThat(search.json().path("total").asInt()).isPositive();
    }

    static String interview(int n, int turns) {
        StringBuilder text = new StringBuilder();
        for (int turn = 0; turn < turns; turn++) {
            text.append(String.format("[00:%02d:%02d] %s : tour %d de l’entretien %d. Je travaille à l’usine de Feyzin"
                    + " depuis %d ans. Ça a changé 🏭%n", turn / 60 % 60, turn % 60, turn % 2 == 0 ? "ENQ" : "OUVRIER",
                    turn, n, 1 + turn % 30));
        }
        return text.toString();
    }

    private static void ok(String... args) {
        CliRun run = CliRun.of(args);
        assertThat(run.exit()).as(String.join(" ", args) + ": " + run.err()).isZero();
    }

    /** What a researcher would compare: the sources, the codebook and the codings. */
    private static String state(Path project) {
        return CliRun.of("sources", project.toString(), "--json").out()
                + CliRun.of("codes", "list", project.toString(), "--json").out()
                + CliRun.of("segments", project.toString(), "--json").out();
    }

    private static int sourceCount(Path project) {
        return CliRun.of("sources", project.toString(), "--json").json().size();
    }

    private static int segmentsOf(Path project, String code) {
        return CliRun.of("segments", project.toString(), "--code", code, "--json").json().size();
    }

    private static int codingsOf(Path project, String coder) {
        int n = 0;
        for (JsonNode segment : CliRun.of("segments", project.toString(), "--json").json()) {
            n += segment.path("coder").asText().equals(coder) ? 1 : 0;
        }
        return n;
    }

    private static void segmentsLieInTheirText(Path project, String source, String text) {
        int length = text.codePointCount(0, text.length());
        for (JsonNode segment : CliRun.of("segments", project.toString(), "--source", source, "--json").json()) {
            assertThat(segment.path("end").asInt()).isLessThanOrEqualTo(length);
            int start = text.offsetByCodePoints(0, segment.path("start").asInt());
            int end = text.offsetByCodePoints(0, segment.path("end").asInt());
            assertThat(segment.path("text").asText()).isEqualTo(text.substring(start, end));
        }
    }

    private static void wholeQdpx(Path qdpx) {
        try (ZipFile zip = new ZipFile(qdpx.toFile())) {
            assertThat(zip.getEntry("project.qde")).as("project.qde in " + qdpx).isNotNull();
            try (var in = zip.getInputStream(zip.getEntry("project.qde"))) {
                javax.xml.parsers.DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(in);
            }
        } catch (Exception e) {
            throw new AssertionError(qdpx + " is not a whole REFI-QDA archive", e);
        }
        try (Stream<Path> files = Files.list(qdpx.getParent())) {
            assertThat(files.map(f -> f.getFileName().toString()).filter(n -> !n.startsWith(".")))
                    .as("only the export, no half-written file beside it").containsExactly(qdpx.getFileName().toString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The project folder as a user would copy it (backups and index included), without its lock. */
    static void copyProject(Path from, Path to) {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path file : (Iterable<Path>) files::iterator) {
                Path target = to.resolve(from.relativize(file).toString());
                if (Files.isDirectory(file)) {
                    Files.createDirectories(target);
                } else if (!file.getFileName().toString().equals("terrain.lock")) {
                    Files.copy(file, target);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
