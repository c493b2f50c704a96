package org.terrain.corpus.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.terrain.corpus.store.ProjectStore;

/** terrain review pack | excerpts | mark | merge | list | resolve: a supervisor's review, end to end. */
class ReviewCommandTest {
    private static final String INTERVIEW = "ENQ : Vous travaillez où ?\n"
            + "MARTINE : À l’usine, depuis mes seize ans. Mon père m’a appris le métier.\n"
            + "ENQ : Et vos enfants ?\n"
            + "MARTINE : Ils ne veulent pas de l’usine.\n";

    @TempDir
    Path dir;
    String p;
    String pkg;

    @BeforeEach
    void project() throws Exception {
        p = dir.resolve("p").toString();
        ok("init", p);
        Path text = Files.writeString(dir.resolve("martine.txt"), INTERVIEW);
        ok("import", p, text.toString(), "--kind", "interview");
        ok("codes", "add", p, "Transmission");
        ok("codes", "add", p, "Travail");
        ok("codes", "add", p, "Famille");
        ok("code", p, "--source", "martine.txt", "--code", "Transmission", "--match", "Mon père m’a appris le métier");
        ok("code", p, "--source", "martine.txt", "--code", "Travail", "--match", "À l’usine");
        ok("code", p, "--source", "martine.txt", "--code", "Travail", "--match", "Ils ne veulent pas");
        pkg = dir.resolve("relecture.terrain-review").toString();
    }

    private static CliRun ok(String... args) {
        CliRun run = CliRun.of(args);
        assertThat(run.exit()).as(String.join(" ", args) + "\n" + run.err() + run.out()).isZero();
        return run;
    }

    /** The excerpt of {@code code} whose text starts with {@code text}. */
    private long excerpt(String code, String text) {
        for (JsonNode e : ok("review", "excerpts", pkg, "--json").json()) {
            if (e.path("code").asText().equals(code) && e.path("text").asText().startsWith(text)) {
                return e.path("id").asLong();
            }
        }
        throw new AssertionError("no excerpt " + code + " " + text);
    }

    /** START:END of the coding whose text is {@code text}. */
    private String span(String text) {
        for (JsonNode s : ok("segments", p, "--json").json()) {
            if (s.path("text").asText().equals(text)) {
                return s.path("start").asInt() + ":" + s.path("end").asInt();
            }
        }
        throw new AssertionError("no coding of " + text);
    }

    private void uncode(long segment) {
        try (ProjectStore store = ProjectStore.open(Path.of(p), "test")) {
            store.segments().uncode(segment);
        }
    }

    private List<String> segments() {
        List<String> out = new ArrayList<>();
        for (JsonNode s : ok("segments", p, "--json").json()) {
            out.add(s.path("code").asText() + "@" + s.path("start").asInt() + ":" + s.path("end").asInt());
        }
        return out;
    }

    private void markThree() {
        ok("review", "mark", pkg, String.valueOf(excerpt("Transmission", "Mon père")), "--verdict", "approve",
                "--reviewer", "Anne Dupont");
        ok("review", "mark", pkg, String.valueOf(excerpt("Travail", "À l’usine")), "--verdict", "contest",
                "--comment", "Un lieu, pas un travail.", "--reviewer", "Anne Dupont");
        ok("review", "mark", pkg, String.valueOf(excerpt("Travail", "Ils ne")), "--verdict", "recode",
                "--code", "Famille", "--comment", "Plutôt la famille.", "--reviewer", "Anne Dupont");
    }

    @Test
    void aPackageHoldsTheExcerptsWithTheirTurnAndCodeAndNoVerdictYet() {
        assertThat(ok("review", "pack", p, pkg, "--reviewer", "Anne Dupont", "--json").json().path("excerpts").asInt())
                .isEqualTo(3);
        JsonNode excerpts = ok("review", "excerpts", pkg, "--json").json();
        assertThat(excerpts).hasSize(3);
        JsonNode first = excerpts.get(0);
        for (String field : List.of("id", "source", "code", "start", "end", "text", "context", "verdict",
                "proposed_code", "comment", "reviewer")) {
            assertThat(first.has(field)).as(field).isTrue();
        }
        JsonNode transmission = excerpts.get(excerpts.size() - 2); // by code: Transmission, Travail ×2
        transmission = excerpts.get(0).path("code").asText().equals("Transmission") ? excerpts.get(0) : transmission;
        assertThat(transmission.path("code").asText()).isEqualTo("Transmission");
        assertThat(transmission.path("context").asText())
                .isEqualTo("MARTINE : À l’usine, depuis mes seize ans. Mon père m’a appris le métier.");
        assertThat(transmission.path("context").asText().substring(transmission.path("context_start").asInt()))
                .startsWith("Mon père");
        assertThat(transmission.path("verdict").isNull()).isTrue();
        assertThat(ok("review", "pack", p, dir.resolve("t.terrain-review").toString(), "--code", "Travail", "--json")
                .json().path("excerpts").asInt()).isEqualTo(2);
    }

    @Test
    void aPackageIsPseudonymisedOnceTheTableHasAnEntryAndItsVerdictsStillMergeOntoTheRealCodings() throws Exception {
        ok("pseudonyms", "add", p, "Martine", "--as", "Odile");
        ok("review", "pack", p, pkg, "--reviewer", "Anne Dupont");
        JsonNode excerpts = ok("review", "excerpts", pkg, "--json").json();
        assertThat(excerpts.toString()).doesNotContainIgnoringCase("martine").contains("ODILE : À l’usine");
        assertThat(new String(Files.readAllBytes(Path.of(pkg)), java.nio.charset.StandardCharsets.UTF_8))
                .doesNotContainIgnoringCase("martine");
        assertThat(CliRun.of("leak-check", p, pkg, "--json").exit()).isZero();
        markThree();
        List<String> before = segments();
        JsonNode merged = ok("review", "merge", p, pkg, "--json").json();
        assertThat(merged.path("merged").asInt()).isEqualTo(3);
        assertThat(merged.path("unmatched")).isEmpty();
        assertThat(segments()).isEqualTo(before);
    }

    @Test
    void verdictsMergeAsItemsAndNothingInTheCodingChangesBeforeResolve() {
        ok("review", "pack", p, pkg);
        markThree();
        List<String> before = segments();

        JsonNode merged = ok("review", "merge", p, pkg, "--json").json();
        assertThat(merged.path("merged").asInt()).isEqualTo(3);
        assertThat(merged.path("unchanged").asInt()).isZero();
        assertThat(merged.path("unmatched")).isEmpty();
        assertThat(segments()).isEqualTo(before);

        JsonNode open = ok("review", "list", p, "--status", "open", "--json").json();
        assertThat(open).hasSize(2); // the approval without comment needs no decision
        for (JsonNode item : open) {
            for (String field : List.of("id", "source", "code", "start", "end", "text", "reviewer", "verdict",
                    "proposed_code", "comment", "status", "reply")) {
                assertThat(item.has(field)).as(field).isTrue();
            }
            assertThat(item.path("reviewer").asText()).isEqualTo("Anne Dupont");
        }
    }

    @Test
    void acceptingARecodeMovesTheCodingAndAContestRemovesItEachOneUndoableActionNamingTheReviewer() {
        ok("review", "pack", p, pkg);
        markThree();
        ok("review", "merge", p, pkg);
        long recode = -1;
        long contest = -1;
        for (JsonNode item : ok("review", "list", p, "--status", "open", "--json").json()) {
            if (item.path("verdict").asText().equals("recode")) {
                recode = item.path("id").asLong();
            } else {
                contest = item.path("id").asLong();
            }
        }
        List<String> before = segments();
        String recoded = span("Ils ne veulent pas");
        String contested = span("À l’usine");
        JsonNode accepted = ok("review", "resolve", p, String.valueOf(recode), "--accept", "--reply", "D’accord.",
                "--json").json();
        assertThat(accepted.path("status").asText()).isEqualTo("accepted");
        assertThat(accepted.path("reply").asText()).isEqualTo("D’accord.");
        assertThat(segments()).contains("Famille@" + recoded).doesNotContain("Travail@" + recoded);

        ok("review", "resolve", p, String.valueOf(contest), "--accept");
        assertThat(segments()).doesNotContain("Travail@" + contested).hasSize(2);
        JsonNode log = ok("log", p, "--json", "--lang", "fr").json();
        assertThat(log.toString()).contains("après relecture par Anne Dupont");

        ok("undo", p);
        ok("undo", p);
        assertThat(segments()).isEqualTo(before);
        assertThat(ok("review", "list", p, "--status", "open", "--json").json()).hasSize(2);
        assertThat(CliRun.of("review", "resolve", p, "999", "--reject").exit()).isEqualTo(1);
    }

    @Test
    void theCodebookHistoryCountsWhatWasRecodedAndRemovedAfterReviewByWhom() throws Exception {
        ok("review", "pack", p, pkg);
        markThree();
        ok("review", "merge", p, pkg);
        List<String> recodeThenContest = new ArrayList<>();
        for (JsonNode item : ok("review", "list", p, "--status", "open", "--json").json()) {
            recodeThenContest.add(item.path("verdict").asText().equals("recode") ? 0 : recodeThenContest.size(),
                    item.path("id").asText());
        }
        for (String id : recodeThenContest) {
            ok("review", "resolve", p, id, "--accept");
        }
        Path history = dir.resolve("historique.md");
        ok("export", "codebook-log", p, history.toString(), "--lang", "fr");
        String md = Files.readString(history);
        assertThat(md).contains("Après relecture par Anne Dupont : un extrait recodé, un codage retiré.")
                .contains("après relecture par Anne Dupont : passage de");
        ok("undo", p);
        ok("export", "codebook-log", p, history.toString(), "--lang", "fr");
        assertThat(Files.readString(history)).contains("Après relecture par Anne Dupont : un extrait recodé, aucun codage retiré.");
    }

    @Test
    void aRejectedItemKeepsTheCodingAndCannotBeResolvedTwice() {
        ok("review", "pack", p, pkg);
        markThree();
        ok("review", "merge", p, pkg);
        long id = ok("review", "list", p, "--status", "open", "--json").json().get(0).path("id").asLong();
        List<String> before = segments();
        ok("review", "resolve", p, String.valueOf(id), "--reject", "--reply", "Je maintiens.");
        assertThat(segments()).isEqualTo(before);
        assertThat(ok("review", "list", p, "--status", "rejected", "--json").json().get(0).path("reply").asText())
                .isEqualTo("Je maintiens.");
        CliRun again = CliRun.of("review", "resolve", p, String.valueOf(id), "--accept");
        assertThat(again.exit()).isEqualTo(1);
        assertThat(again.err()).contains("déjà traité");
    }

    @Test
    void mergingTwiceChangesNothingAndADryRunChangesNothing() {
        ok("review", "pack", p, pkg);
        markThree();
        JsonNode dry = ok("review", "merge", p, pkg, "--dry-run", "--json").json();
        assertThat(dry.path("merged").asInt()).isEqualTo(3);
        assertThat(ok("review", "list", p, "--json").json()).isEmpty();

        ok("review", "merge", p, pkg);
        int logLength = ok("log", p, "--json").json().size();
        JsonNode second = ok("review", "merge", p, pkg, "--json").json();
        assertThat(second.path("merged").asInt()).isZero();
        assertThat(second.path("unchanged").asInt()).isEqualTo(3);
        assertThat(ok("review", "list", p, "--json").json()).hasSize(3);
        assertThat(ok("log", p, "--json").json()).hasSize(logLength);
    }

    @Test
    void twoReviewersPackagesMergeSideBySide() {
        String other = dir.resolve("autre.terrain-review").toString();
        ok("review", "pack", p, pkg);
        ok("review", "pack", p, other);
        long id = excerpt("Transmission", "Mon père");
        ok("review", "mark", pkg, String.valueOf(id), "--verdict", "contest", "--reviewer", "Anne Dupont");
        ok("review", "mark", other, String.valueOf(id), "--verdict", "approve", "--comment", "Très juste.",
                "--reviewer", "Paul Martin");
        ok("review", "merge", p, pkg);
        ok("review", "merge", p, other);
        JsonNode items = ok("review", "list", p, "--json").json();
        assertThat(items).hasSize(2);
        assertThat(items.get(0).path("reviewer").asText()).isEqualTo("Anne Dupont");
        assertThat(items.get(1).path("reviewer").asText()).isEqualTo("Paul Martin");
        assertThat(items.get(0).path("start").asInt()).isEqualTo(items.get(1).path("start").asInt());
    }

    @Test
    void aPackageMadeBeforeATranscriptCorrectionIsReanchored() {
        ok("review", "pack", p, pkg);
        markThree();
        // A correction before every excerpt: the codings move with their words.
        ok("edit", p, "--source", "martine.txt", "--range", "0:3", "--replace", "ENQUÊTRICE");
        List<String> moved = segments();
        JsonNode merged = ok("review", "merge", p, pkg, "--json").json();
        assertThat(merged.path("merged").asInt()).isEqualTo(3);
        assertThat(merged.path("unmatched")).isEmpty();
        for (JsonNode item : ok("review", "list", p, "--json").json()) {
            String placed = item.path("code").asText() + "@" + item.path("start").asInt() + ":" + item.path("end").asInt();
            assertThat(moved).contains(placed);
        }
    }

    @Test
    void anExcerptWhoseCodingWasMadeAgainAfterACorrectionIsFoundByItsWords() {
        ok("review", "pack", p, pkg);
        long id = excerpt("Transmission", "Mon père");
        ok("review", "mark", pkg, String.valueOf(id), "--verdict", "contest", "--reviewer", "Anne Dupont");
        long segment = ok("segments", p, "--code", "Transmission", "--json").json().get(0).path("id").asLong();
        ok("edit", p, "--source", "martine.txt", "--range", "0:3", "--replace", "ENQUÊTRICE");
        uncode(segment);
        ok("code", p, "--source", "martine.txt", "--code", "Transmission", "--match", "Mon père m’a appris le métier");
        JsonNode merged = ok("review", "merge", p, pkg, "--json").json();
        assertThat(merged.path("merged").asInt()).isEqualTo(1);
        JsonNode item = ok("review", "list", p, "--json").json().get(0);
        assertThat(item.path("text").asText()).isEqualTo("Mon père m’a appris le métier");
        assertThat(item.path("segment").isNull()).isFalse();
    }

    @Test
    void anExcerptWhoseCodingIsGoneIsListedUnmatchedNotDropped() {
        ok("review", "pack", p, pkg);
        long id = excerpt("Transmission", "Mon père");
        ok("review", "mark", pkg, String.valueOf(id), "--verdict", "contest", "--comment", "Non.", "--reviewer", "Anne");
        long segment = ok("segments", p, "--code", "Transmission", "--json").json().get(0).path("id").asLong();
        uncode(segment);
        JsonNode merged = ok("review", "merge", p, pkg, "--json").json();
        assertThat(merged.path("unmatched")).hasSize(1);
        assertThat(merged.path("unmatched").get(0).path("id").asLong()).isEqualTo(id);
        assertThat(merged.path("unmatched").get(0).path("reason").asText()).isEqualTo("coding_removed");
        assertThat(ok("review", "list", p, "--json").json().get(0).path("comment").asText()).isEqualTo("Non.");
    }

    @Test
    void aPackageOfAnotherProjectIsRefusedSayingSo() {
        ok("review", "pack", p, pkg);
        markThree();
        String q = dir.resolve("q").toString();
        ok("init", q);
        CliRun refused = CliRun.of("review", "merge", q, pkg, "--json");
        assertThat(refused.exit()).isEqualTo(1);
        assertThat(refused.json().path("error").path("code").asText()).isEqualTo("review_other_project");
        assertThat(refused.err()).contains("relecture.terrain-review").contains("pas pour");
        assertThat(ok("review", "list", q, "--json").json()).isEmpty();
    }

    @Test
    void badPackagesVerdictsAndCodesAreRefusedInOneSentence() throws Exception {
        Path notAPackage = Files.writeString(dir.resolve("notes.terrain-review"), "pas un paquet");
        CliRun unreadable = CliRun.of("review", "excerpts", notAPackage.toString());
        assertThat(unreadable.exit()).isEqualTo(1);
        assertThat(unreadable.err()).contains("notes.terrain-review").doesNotContain("Exception");
        CliRun project = CliRun.of("review", "excerpts", p + "/terrain.sqlite");
        assertThat(project.exit()).isEqualTo(1);

        ok("review", "pack", p, pkg);
        assertThat(CliRun.of("review", "mark", pkg, "1", "--verdict", "maybe", "--reviewer", "A").exit()).isEqualTo(2);
        assertThat(CliRun.of("review", "mark", pkg, "1", "--verdict", "recode", "--reviewer", "A").exit()).isEqualTo(2);
        assertThat(CliRun.of("review", "mark", pkg, "1", "--verdict", "recode", "--code", "Absent", "--reviewer", "A")
                .exit()).isEqualTo(2);
        assertThat(CliRun.of("review", "mark", pkg, "99", "--verdict", "approve", "--reviewer", "A").exit()).isEqualTo(1);
        assertThat(CliRun.of("review", "pack", p, dir.resolve("x.terrain-review").toString(), "--code", "Absent")
                .exit()).isEqualTo(1);
        assertThat(CliRun.of("review", "pack", p, p + "/dedans.terrain-review").exit()).isEqualTo(2); // as exports
        assertThat(Path.of(p, "dedans.terrain-review")).doesNotExist();
    }

    @Test
    void aCommentOnACodeTravelsAsAnItem() {
        ok("review", "pack", p, pkg);
        ok("review", "comment-code", pkg, "Transmission", "--comment", "Définition trop large.", "--reviewer", "Anne");
        JsonNode merged = ok("review", "merge", p, pkg, "--json").json();
        assertThat(merged.path("merged").asInt()).isEqualTo(1);
        JsonNode item = ok("review", "list", p, "--status", "open", "--json").json().get(0);
        assertThat(item.path("verdict").asText()).isEqualTo("comment");
        assertThat(item.path("code").asText()).isEqualTo("Transmission");
        assertThat(item.path("comment").asText()).isEqualTo("Définition trop large.");
    }
}
