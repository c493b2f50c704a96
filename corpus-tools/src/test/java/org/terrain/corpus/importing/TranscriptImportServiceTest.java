package org.terrain.corpus.importing;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.terrain.corpus.store.ProjectStore;
import org.terrain.corpus.task.Cancellation;
import org.terrain.corpus.task.ProgressListener;

/** Transcripts through the import service: each is an interview with its speakers, a bad one fails alone. */
class TranscriptImportServiceTest {
    @TempDir
    Path dir;
    ProjectStore store;
    Path in;

    @BeforeEach
    void project() throws Exception {
        store = ProjectStore.create(dir.resolve("p"), "t", "test");
        in = Files.createDirectories(dir.resolve("in"));
    }

    @AfterEach
    void close() {
        store.close();
    }

    @Test
    void trsVttAndSrtBecomeInterviews() throws Exception {
        Files.writeString(in.resolve("entretien.trs"), """
                <?xml version="1.0" encoding="UTF-8"?>
                <!DOCTYPE Trans SYSTEM "trans-14.dtd">
                <Trans scribe="Dupont"><Speakers><Speaker id="spk1" name="ENQ"/><Speaker id="spk2" name="MARTINE"/>
                </Speakers><Episode><Section>
                <Turn speaker="spk1" startTime="1"><Sync time="1"/>vous travaillez à l’usine ?</Turn>
                <Turn speaker="spk2" startTime="3"><Sync time="3"/>oui depuis longtemps</Turn>
                </Section></Episode></Trans>
                """, StandardCharsets.UTF_8);
        Files.writeString(in.resolve("zoom.vtt"), "WEBVTT\n\n00:00:01.000 --> 00:00:02.000\n<v Paul>bonjour à tous\n",
                StandardCharsets.UTF_8);
        Files.writeString(in.resolve("whisper.srt"), "1\n00:00:01,000 --> 00:00:02,000\nça a été dur\n",
                StandardCharsets.UTF_8);
        Files.writeString(in.resolve("casse.vtt"), "WEBVTT\n\nrien\n", StandardCharsets.UTF_8);

        ImportReport report = new ImportService(store, List.of(new TranscriberImporter(), new WebVttImporter(),
                new SrtImporter()), ImportService.DEFAULT_MAX_BYTES)
                .importPaths(List.of(in), ImportOptions.defaults(), ProgressListener.NONE, Cancellation.none());

        assertThat(report.failed()).singleElement()
                .satisfies(f -> assertThat(f.error()).isEqualTo("subtitle_no_cue"));
        assertThat(report.imported()).hasSize(3).allSatisfy(i -> assertThat(i.kind()).isEqualTo("interview"));
        ImportReport.Imported trs = report.imported().stream().filter(i -> i.source().equals("entretien.trs"))
                .findFirst().orElseThrow();
        assertThat(trs.speakers()).containsExactly("ENQ", "MARTINE");
        assertThat(trs.turns()).isEqualTo(2);
        assertThat(trs.words()).as("speech only, labels and header are not words").isEqualTo(7);
        assertThat(store.sources().get("entretien.trs").attributes()).containsEntry("scribe", "Dupont");
    }
}
