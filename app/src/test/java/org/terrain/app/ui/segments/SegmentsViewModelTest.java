package org.terrain.app.ui.segments;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.terrain.app.ui.FxSession;
import org.terrain.app.ui.common.ErrorText;
import org.terrain.codingschemes.CodePath;
import org.terrain.corpus.errors.TerrainException;
import org.terrain.corpus.exchange.CsvDialect;
import org.terrain.corpus.exchange.SegmentsCsv;
import org.terrain.corpus.importing.TurnDetector;
import org.terrain.corpus.importing.TurnMode;
import org.terrain.corpus.model.Span;
import org.terrain.corpus.model.Turn;
import org.terrain.corpus.store.ProjectStore;
import org.terrain.corpus.text.CodePointIndex;

class SegmentsViewModelTest {
    private static final String TRANSCRIPT = """
            [00:00:01] ENQ : Et la sécurité ?
            [00:00:04] LÉA : À Feyzin 🏭, la sécurité passait avant tout, même avant la paie.
            [00:00:09] ENQ : Merci.""";

    @Test
    void theSpeakerIsThatOfTheTurnTheSegmentIsIn() {
        List<Turn> turns = TurnDetector.detect(TRANSCRIPT, TurnMode.ON);

        assertThat(SegmentsViewModel.speakerAt(turns, cp("la sécurité passait"))).isEqualTo("LÉA");
        assertThat(SegmentsViewModel.speakerAt(turns, cp("Merci"))).isEqualTo("ENQ");
        assertThat(SegmentsViewModel.speakerAt(List.of(), 5)).isEmpty();
    }

    @Test
    void theContextIsTheRestOfTheSpeechWithoutTheTurnsLabel() {
        List<Turn> turns = TurnDetector.detect(TRANSCRIPT, TurnMode.ON);
        Span span = new Span(cp("la sécurité passait"), cp("la sécurité passait") + "la sécurité".length());

        String[] context = SegmentsViewModel.context(new CodePointIndex(TRANSCRIPT), span,
                SegmentsViewModel.speechAround(turns, span));

        assertThat(context).containsExactly("À Feyzin 🏭, ", " passait avant tout, même avant la paie.");
    }

    @Test
    void aLongContextIsCutAtAWord() {
        String prose = "mot ".repeat(100) + "CODÉ" + " suite".repeat(100);
        int start = prose.indexOf("CODÉ");

        String[] context = SegmentsViewModel.context(new CodePointIndex(prose), new Span(start, start + 4), null);

        assertThat(context[0]).startsWith("…mot ").endsWith("mot ").hasSizeLessThanOrEqualTo(SegmentsViewModel.CONTEXT + 1);
        assertThat(context[1]).startsWith(" suite").endsWith("suite…");
    }

    @Test
    void anExportIntoTheProjectFolderIsRefusedInASentenceAndWritesNothing(@TempDir Path temp) throws Exception {
        Path project = temp.resolve("projet");
        try (ProjectStore store = ProjectStore.create(project, "Feyzin", "test")) {
            FxSession.importInterview(store, temp, "lea.txt", TRANSCRIPT);
            CodePath securite = CodePath.of("Sécurité");
            store.codes().add(securite, null, null);
            store.segments().code("lea.txt", securite, List.of(new Span(cp("la sécurité"), cp("la sécurité") + 11)),
                    null, "test");
            FxSession fx = FxSession.on(store);
            SegmentsViewModel viewModel = FxSession.onFx(() -> new SegmentsViewModel(fx.session));
            FxSession.runFx(() -> viewModel.show(List.of(securite)));
            fx.waitIdle();
            assertThat(FxSession.onFx(() -> viewModel.rows().size())).isEqualTo(1);
            Path out = project.resolve("backups/segments.csv");

            FxSession.runFx(() -> viewModel.exportCsv(out));
            fx.waitIdle();

            assertThat(fx.failures).singleElement().satisfies(failure -> {
                assertThat(((TerrainException) failure).code()).isEqualTo("export_inside_project");
                assertThat(ErrorText.of(failure)).startsWith("Exportation refusée : " + out);
            });
            assertThat(out).doesNotExist();
            assertThat(project.resolve("backups")).isDirectoryNotContaining("glob:**.terrain-export*");
        }
    }

    /**
     * The Segments tab and « Fichier › Exporter › Segments (CSV) » write one file: the same columns (with the
     * coder and the coding's dates), the same dialect (French Excel in a French interface). The tab used to
     * write its own columns (speaker, context, no coder).
     */
    @Test
    void theListedSegmentsExportAsFileExportWritesThem(@TempDir Path temp) throws Exception {
        Path project = temp.resolve("projet");
        try (ProjectStore store = ProjectStore.create(project, "Feyzin", "test")) {
            FxSession.importInterview(store, temp, "lea.txt", TRANSCRIPT);
            CodePath securite = CodePath.of("Sécurité");
            store.codes().add(securite, null, null);
            store.segments().code("lea.txt", securite, List.of(new Span(cp("la sécurité"), cp("la sécurité") + 11)),
                    "à relire ; \"important\"", "Élise");
            store.segments().code("lea.txt", securite, List.of(new Span(cp("Merci"), cp("Merci") + 5)), null, "bob");
            FxSession fx = FxSession.on(store);
            SegmentsViewModel viewModel = FxSession.onFx(() -> new SegmentsViewModel(fx.session));
            FxSession.runFx(() -> viewModel.show(List.of(securite)));
            fx.waitIdle();
            Path listed = temp.resolve("liste.csv");
            Path whole = temp.resolve("fichier-exporter.csv");

            FxSession.runFx(() -> viewModel.exportCsv(listed));
            fx.waitIdle();
            SegmentsCsv.export(store, whole, CsvDialect.EXCEL_FR);

            assertThat(fx.failures).isEmpty();
            assertThat(Files.readString(listed, StandardCharsets.UTF_8))
                    .startsWith("\uFEFFsource;type;cas;code;début;fin;texte;codeur;mémo;création;modification\r\n")
                    .contains(";Élise;\"à relire ; \"\"important\"\"\";")
                    .isEqualTo(Files.readString(whole, StandardCharsets.UTF_8));
            assertThat(fx.statusText()).startsWith("2 segments exportés vers ");
        }
    }

    @Test
    void eachSegmentSaysWhoCodedItAndWhen(@TempDir Path temp) throws Exception {
        try (ProjectStore store = ProjectStore.create(temp.resolve("projet"), "Feyzin", "test")) {
            CodePath securite = codedByTwo(store, temp);
            FxSession fx = FxSession.on(store);
            SegmentsViewModel viewModel = FxSession.onFx(() -> new SegmentsViewModel(fx.session));
            FxSession.runFx(() -> viewModel.show(List.of(securite)));
            fx.waitIdle();

            String today = java.time.format.DateTimeFormatter.ofLocalizedDate(java.time.format.FormatStyle.MEDIUM)
                    .withLocale(java.util.Locale.FRENCH).format(java.time.LocalDate.now());
            assertThat(FxSession.onFx(() -> List.copyOf(viewModel.rows())))
                    .extracting(SegmentRow::byline)
                    .containsExactly("Élise · " + today, "Élise · " + today, "bob · " + today);
        }
    }

    @Test
    void theListKeepsTheSegmentsOfTheCoderAndTheSpeakerChosen(@TempDir Path temp) throws Exception {
        try (ProjectStore store = ProjectStore.create(temp.resolve("projet"), "Feyzin", "test")) {
            CodePath securite = codedByTwo(store, temp);
            FxSession fx = FxSession.on(store);
            SegmentsViewModel viewModel = FxSession.onFx(() -> new SegmentsViewModel(fx.session));
            FxSession.runFx(() -> viewModel.show(List.of(securite)));
            fx.waitIdle();
            assertThat(FxSession.onFx(() -> List.copyOf(viewModel.coders()))).containsExactly("", "bob", "Élise");
            assertThat(FxSession.onFx(() -> List.copyOf(viewModel.speakers()))).containsExactly("", "ENQ", "LÉA");

            FxSession.runFx(() -> viewModel.coderFilterProperty().set("Élise"));
            assertThat(FxSession.onFx(() -> List.copyOf(viewModel.rows())))
                    .extracting(SegmentRow::text).containsExactly("Et la sécurité", "la sécurité");
            assertThat(FxSession.onFx(() -> viewModel.titleProperty().get()))
                    .isEqualTo("2 segments de « Sécurité » (sur 3)");

            FxSession.runFx(() -> viewModel.speakerFilterProperty().set("LÉA"));
            assertThat(FxSession.onFx(() -> List.copyOf(viewModel.rows())))
                    .extracting(SegmentRow::text).containsExactly("la sécurité");

            FxSession.runFx(() -> viewModel.coderFilterProperty().set("bob"));
            assertThat(FxSession.onFx(() -> viewModel.rows().size())).isZero();

            FxSession.runFx(() -> {
                viewModel.coderFilterProperty().set("");
                viewModel.speakerFilterProperty().set("");
            });
            assertThat(FxSession.onFx(() -> viewModel.rows().size())).isEqualTo(3);
            assertThat(FxSession.onFx(() -> viewModel.titleProperty().get())).isEqualTo("3 segments de « Sécurité »");
        }
    }

    @Test
    void theFiltersHoldWhenTheListIsReadAgainAfterAChange(@TempDir Path temp) throws Exception {
        try (ProjectStore store = ProjectStore.create(temp.resolve("projet"), "Feyzin", "test")) {
            CodePath securite = codedByTwo(store, temp);
            FxSession fx = FxSession.on(store);
            SegmentsViewModel viewModel = FxSession.onFx(() -> new SegmentsViewModel(fx.session));
            FxSession.runFx(() -> viewModel.show(List.of(securite)));
            fx.waitIdle();
            FxSession.runFx(() -> viewModel.coderFilterProperty().set("bob"));

            FxSession.runFx(() -> fx.session.change("", s -> s.segments().code("lea.txt", securite,
                    List.of(new Span(cp("même avant"), cp("même avant") + 10)), null, "bob"), done -> ""));
            fx.waitIdle();

            assertThat(FxSession.onFx(() -> List.copyOf(viewModel.rows())))
                    .extracting(SegmentRow::text).containsExactly("même avant", "Merci");
        }
    }

    /** « Sécurité » coded three times: by Élise (ENQ, then LÉA) and by bob (ENQ). */
    private static CodePath codedByTwo(ProjectStore store, Path temp) throws Exception {
        FxSession.importInterview(store, temp, "lea.txt", TRANSCRIPT);
        CodePath securite = CodePath.of("Sécurité");
        store.codes().add(securite, null, null);
        store.segments().code("lea.txt", securite, List.of(new Span(cp("Et la sécurité"), cp("Et la sécurité") + 14),
                new Span(cp("la sécurité passait"), cp("la sécurité passait") + 11)), null, "Élise");
        store.segments().code("lea.txt", securite, List.of(new Span(cp("Merci"), cp("Merci") + 5)), null, "bob");
        return securite;
    }

    private static int cp(String words) {
        int utf16 = TRANSCRIPT.indexOf(words);
        return TRANSCRIPT.codePointCount(0, utf16);
    }
}
