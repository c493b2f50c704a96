package org.terrain.corpus.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.terrain.codingschemes.CodePath;
import org.terrain.corpus.errors.TerrainException;
import org.terrain.corpus.errors.UnknownSourceException;
import org.terrain.corpus.errors.UsageException;
import org.terrain.corpus.importing.TurnMode;
import org.terrain.corpus.model.Source;
import org.terrain.corpus.model.SourceKind;
import org.terrain.corpus.model.Span;
import org.terrain.corpus.model.Turn;
import org.terrain.corpus.store.ProjectStore;
import org.terrain.corpus.testing.Fixtures;

class AgreementServiceTest {
    static final CodePath GESTES = CodePath.parse("Pratiques/Gestes");
    static final CodePath OUTILS = CodePath.parse("Pratiques/Gestes/Outils");
    static final CodePath RISQUES = CodePath.parse("Discours/Risques");
    @TempDir
    Path dir;
    ProjectStore store;

    @BeforeEach
    void project() {
        store = ProjectStore.create(dir.resolve("p"), "t", "test");
        Fixtures.importText(store, dir, "notes.txt", "0123456789".repeat(100), SourceKind.OBSERVATION, null,
                Map.of(), TurnMode.OFF);
        Fixtures.importText(store, dir, "entretien.txt", Fixtures.INTERVIEW, SourceKind.INTERVIEW);
        store.codes().add(GESTES, null, null);
        store.codes().add(OUTILS, null, null);
        store.codes().add(RISQUES, null, null);
    }

    @AfterEach
    void close() {
        store.close();
    }

    private void code(String coder, CodePath code, String source, Span... spans) {
        store.segments().code(source, code, List.of(spans), null, coder);
    }

    private AgreementResult compare(String a, String b, List<String> codes, List<String> sources, double overlap) {
        return new AgreementService(store).compare(new AgreementRequest(a, b, codes, sources, overlap, false));
    }

    @Test
    void nvivoCharacterExampleEndToEnd() {
        // 1,000 characters: 50 coded by both, 100 by Anne only, 50 by Bruno only, 800 by neither.
        code("Anne", GESTES, "notes.txt", new Span(0, 150));
        code("Bruno", GESTES, "notes.txt", new Span(100, 200));

        AgreementResult result = compare("Anne", "Bruno", List.of(), List.of("notes.txt"), 90);

        assertThat(result.units()).isEqualTo(1000);
        AgreementResult.Row row = result.codes().getFirst();
        assertThat(row.code()).isEqualTo("Pratiques/Gestes");
        assertThat(row.percent()).isCloseTo(0.85, within(1e-12));
        assertThat(row.kappa()).isCloseTo(0.318, within(5e-4));
        assertThat(row.segmentsA()).isEqualTo(1);
        assertThat(row.segmentsB()).isEqualTo(1);
        assertThat(row.segmentAgreement()).isZero(); // 50 shared of the longer 150: far below 90 %
        assertThat(compare("Anne", "Bruno", List.of(), List.of("notes.txt"), 30).codes().getFirst()
                .segmentAgreement()).isEqualTo(1.0); // 50 ≥ 30 % of 150
        assertThat(result.disagreements()).extracting(d -> d.start() + ":" + d.end() + " " + d.coder())
                .containsExactly("0:100 Anne", "150:200 Bruno");
        assertThat(result.disagreements().getFirst().segmentA()).isEqualTo(new Span(0, 150));
        assertThat(result.disagreements().getFirst().segmentB()).isEqualTo(new Span(100, 200));
    }

    @Test
    void theCaseQualCoderGetsWrongEndToEnd() {
        code("Anne", GESTES, "notes.txt", new Span(0, 100));
        code("Bruno", GESTES, "notes.txt", new Span(50, 150));

        AgreementResult.Row row = compare("Anne", "Bruno", List.of(), List.of("notes.txt"), 90).codes().getFirst();

        assertThat(row.kappa()).isCloseTo(0.4444, within(1e-4));
        assertThat(row.alpha()).isCloseTo(0.4447, within(1e-4));
    }

    @Test
    void speakersLabelsAreNotUnitsAndARunBrokenOnlyByALabelIsOne() {
        Source interview = store.sources().get("entretien.txt");
        Turn first = interview.turns().get(0);
        Turn second = interview.turns().get(1);
        long speech = interview.turns().stream().mapToLong(t -> t.speech().length()).sum();
        // Anne takes the first label in; Bruno codes the speech only: they agree on every unit.
        code("Anne", GESTES, "entretien.txt", new Span(first.label().start(), first.speech().end()));
        code("Bruno", GESTES, "entretien.txt", first.speech());
        // Anne codes two turns across the label between them, Bruno nothing of it: one run of disagreement.
        code("Anne", RISQUES, "entretien.txt", new Span(first.speech().start(), second.speech().end()));
        code("Bruno", RISQUES, "entretien.txt", new Span(interview.turns().get(3).speech().start(),
                interview.turns().get(3).speech().start() + 3));

        AgreementResult result = compare("Anne", "Bruno", List.of(), List.of("entretien.txt"), 90);

        assertThat(result.units()).isEqualTo(speech);
        AgreementResult.Row gestes = row(result, "Pratiques/Gestes");
        assertThat(gestes.table().both()).isEqualTo(first.speech().length());
        assertThat(gestes.table().aOnly() + gestes.table().bOnly()).isZero();
        assertThat(gestes.kappa()).isEqualTo(1.0);
        assertThat(result.disagreements()).filteredOn(d -> d.code().equals("Discours/Risques"))
                .extracting(d -> d.start() + ":" + d.end() + " " + d.coder())
                .containsExactly(first.speech().start() + ":" + second.speech().end() + " Anne",
                        interview.turns().get(3).speech().start() + ":" + (interview.turns().get(3).speech().start() + 3)
                                + " Bruno");
    }

    @Test
    void overallWeightsEachCodeByItsUnits() {
        code("Anne", GESTES, "notes.txt", new Span(0, 150));
        code("Bruno", GESTES, "notes.txt", new Span(100, 200));
        code("Anne", RISQUES, "notes.txt", new Span(500, 600), new Span(700, 710));
        code("Bruno", RISQUES, "notes.txt", new Span(505, 600));

        AgreementResult result = compare("Anne", "Bruno", List.of(), List.of(), 90);

        List<AgreementResult.Row> codes = result.codes();
        assertThat(codes).extracting(AgreementResult.Row::code).containsExactly("Discours/Risques", "Pratiques/Gestes");
        long units = result.units();
        assertThat(codes).allSatisfy(row -> assertThat(row.table().units()).isEqualTo(units));
        // Every code has the same units (every unit considered): the weighted mean is the plain mean.
        assertThat(result.overall().kappa()).isCloseTo((codes.get(0).kappa() + codes.get(1).kappa()) / 2, within(1e-12));
        assertThat(result.overall().percent()).isCloseTo(
                (double) (codes.get(0).table().both() + codes.get(0).table().neither() + codes.get(1).table().both()
                        + codes.get(1).table().neither()) / (2 * units), within(1e-12));
        assertThat(result.overall().segmentsA()).isEqualTo(3);
        assertThat(result.overall().segmentsB()).isEqualTo(2);
        // [505,600) is 95 % of [500,600): matched both ways; [700,710) and the Gestes pair are not.
        assertThat(result.overall().segmentAgreement()).isCloseTo(2.0 / 5, within(1e-12));
        assertThat(result.bySource()).extracting(r -> r.source() + " " + r.code())
                .containsExactly("notes.txt Discours/Risques", "notes.txt Pratiques/Gestes");
    }

    @Test
    void swappingTheCodersChangesNoFigure() {
        code("Anne", GESTES, "notes.txt", new Span(0, 150), new Span(300, 340));
        code("Bruno", GESTES, "notes.txt", new Span(100, 200), new Span(310, 340));
        code("Bruno", RISQUES, "entretien.txt", new Span(40, 60));

        AgreementResult ab = compare("Anne", "Bruno", List.of(), List.of(), 80);
        AgreementResult ba = compare("Bruno", "Anne", List.of(), List.of(), 80);

        for (int i = 0; i < ab.codes().size(); i++) {
            AgreementResult.Row x = ab.codes().get(i);
            AgreementResult.Row y = ba.codes().get(i);
            assertThat(y.kappa()).isCloseTo(x.kappa(), within(1e-12));
            assertThat(y.alpha()).isCloseTo(x.alpha(), within(1e-12));
            assertThat(y.percent()).isCloseTo(x.percent(), within(1e-12));
            assertThat(y.segmentAgreement()).isCloseTo(x.segmentAgreement(), within(1e-12));
            assertThat(y.segmentsA()).isEqualTo(x.segmentsB());
        }
        assertThat(ba.disagreements()).extracting(d -> d.start() + ":" + d.end() + " " + d.coder())
                .containsExactlyInAnyOrderElementsOf(ab.disagreements().stream()
                        .map(d -> d.start() + ":" + d.end() + " " + d.coder()).toList());
    }

    @Test
    void aCoderIsNamedByNameIdOrGuidAndAStrangerIsRefused() {
        code("Anne", GESTES, "notes.txt", new Span(0, 10));
        code("Bruno", GESTES, "notes.txt", new Span(0, 12));
        AgreementResult byName = compare("anne", "Bruno", List.of(), List.of(), 90);
        AgreementResult byId = compare(String.valueOf(byName.a().id()), byName.b().guid(), List.of(), List.of(), 90);
        assertThat(byId.codes()).isEqualTo(byName.codes());

        assertThatThrownBy(() -> compare("Anne", "Zoé", List.of(), List.of(), 90))
                .isInstanceOf(TerrainException.class).hasMessageContaining("Zoé")
                .satisfies(e -> assertThat(((TerrainException) e).category())
                        .isEqualTo(TerrainException.Category.ACTION_NEEDED));
        assertThatThrownBy(() -> compare("Anne", "anne", List.of(), List.of(), 90)).isInstanceOf(UsageException.class);
        assertThatThrownBy(() -> compare("Anne", "Bruno", List.of(), List.of(), 101)).isInstanceOf(UsageException.class);
        assertThatThrownBy(() -> compare("Anne", "Bruno", List.of(), List.of("absent.txt"), 90))
                .isInstanceOf(UnknownSourceException.class);
    }

    @Test
    void aCodeAskedForBringsItsSubCodesAndACodeNobodyUsedAgreesByDefinition() {
        code("Anne", OUTILS, "notes.txt", new Span(0, 10));
        code("Bruno", OUTILS, "notes.txt", new Span(0, 12));
        code("Anne", RISQUES, "notes.txt", new Span(0, 10));

        AgreementResult result = compare("Anne", "Bruno", List.of("Pratiques/Gestes"), List.of(), 90);

        assertThat(result.codes()).extracting(AgreementResult.Row::code)
                .containsExactly("Pratiques/Gestes", "Pratiques/Gestes/Outils");
        AgreementResult.Row unused = result.codes().getFirst();
        assertThat(unused.table().both() + unused.table().aOnly() + unused.table().bOnly()).isZero();
        assertThat(List.of(unused.percent(), unused.kappa(), unused.alpha(), unused.segmentAgreement()))
                .containsOnly(1.0);
        assertThat(result.disagreements()).extracting(AgreementResult.Disagreement::code)
                .containsOnly("Pratiques/Gestes/Outils");
    }

    @Test
    void onlyTheSourcesBothCodedWhenAsked() {
        code("Anne", GESTES, "notes.txt", new Span(0, 100));
        code("Bruno", GESTES, "notes.txt", new Span(0, 90));
        code("Anne", GESTES, "entretien.txt", new Span(40, 60));

        AgreementResult shared = new AgreementService(store).compare(
                new AgreementRequest("Anne", "Bruno", List.of(), List.of(), 90, true));

        assertThat(shared.sources()).containsExactly("notes.txt");
        assertThat(shared.units()).isEqualTo(1000);
        assertThat(compare("Anne", "Bruno", List.of(), List.of(), 90).sources())
                .containsExactly("entretien.txt", "notes.txt");
    }

    /** The engine's table against per-code-point arrays built from the turns, on seeded random codings. */
    @Test
    void countsAgreeWithPositionArraysOnRandomCodings() {
        Source interview = store.sources().get("entretien.txt");
        int length = interview.text().codePointCount(0, interview.text().length());
        boolean[] speech = new boolean[length];
        for (Turn turn : interview.turns()) {
            for (int p = turn.speech().start(); p < turn.speech().end(); p++) {
                speech[p] = true;
            }
        }
        Random random = new Random(7);
        boolean[] a = new boolean[length];
        boolean[] b = new boolean[length];
        Set<Span> taken = new HashSet<>();
        List<Span> spansA = new ArrayList<>();
        List<Span> spansB = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            boolean ofA = random.nextBoolean();
            int start = random.nextInt(length - 1);
            Span span = new Span(start, start + 1 + random.nextInt(Math.min(40, length - start)));
            if (!taken.add(span)) {
                continue; // one segment per code and span, whoever coded it
            }
            (ofA ? spansA : spansB).add(span);
            for (int p = span.start(); p < span.end(); p++) {
                (ofA ? a : b)[p] = true;
            }
        }
        code("Anne", GESTES, "entretien.txt", spansA.toArray(Span[]::new));
        code("Bruno", GESTES, "entretien.txt", spansB.toArray(Span[]::new));
        long both = 0;
        long onlyA = 0;
        long onlyB = 0;
        long units = 0;
        for (int p = 0; p < length; p++) {
            if (speech[p]) {
                units++;
                both += a[p] && b[p] ? 1 : 0;
                onlyA += a[p] && !b[p] ? 1 : 0;
                onlyB += !a[p] && b[p] ? 1 : 0;
            }
        }

        AgreementResult result = compare("Anne", "Bruno", List.of(), List.of("entretien.txt"), 90);

        AgreementResult.Row row = result.codes().getFirst();
        assertThat(row.table()).isEqualTo(new org.terrain.corpus.agreement.TwoByTwo(both, onlyA, onlyB,
                units - both - onlyA - onlyB));
        long runs = 0;
        for (AgreementResult.Disagreement d : result.disagreements()) {
            for (int p = d.start(); p < d.end(); p++) {
                runs += speech[p] ? 1 : 0;
                boolean byA = d.coder().equals("Anne");
                if (speech[p]) {
                    assertThat(byA ? a[p] && !b[p] : b[p] && !a[p]).as("position " + p).isTrue();
                }
            }
        }
        assertThat(runs).isEqualTo(onlyA + onlyB);
    }

    private static AgreementResult.Row row(AgreementResult result, String code) {
        return result.codes().stream().filter(r -> r.code().equals(code)).findFirst().orElseThrow();
    }
}
