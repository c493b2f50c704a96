package org.terrain.corpus.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;

/**
 * A Transcriber file and its plain-text rendering, as shared/corpus/interviews holds them: other bytes (the
 * {@code .txt} has a BOM, CRLF line ends and decomposed accents), the same canonical text.
 */
public final class TranscriptTwins {
    /** The text both give once canonical; the header names the {@code .trs}, as the ESLO twins do. */
    public static final String TEXT = """
            # Transcription : martine.trs
            # Rendu texte brut dérivé du fichier Transcriber (.trs) : un tour de parole par ligne, [hh:mm:ss] LOCUTEUR : texte
            # Locuteurs : spk1=ENQ, spk2=MARTINE

            [00:00:01] ENQ : vous travaillez à l’usine depuis longtemps ?
            [00:00:04] MARTINE : oui, depuis 1972, à la chaîne
            """;

    private static final String TRS = """
            <?xml version="1.0" encoding="UTF-8"?>
            <!DOCTYPE Trans SYSTEM "trans-14.dtd">
            <Trans scribe="test" audio_filename="martine" version="1" version_date="240101">
            <Speakers>
            <Speaker id="spk1" name="ENQ" check="no" dialect="native" accent="" scope="local"/>
            <Speaker id="spk2" name="MARTINE" check="no" dialect="native" accent="" scope="local"/>
            </Speakers>
            <Episode>
            <Section type="report" startTime="0" endTime="9">
            <Turn speaker="spk1" startTime="1.5" endTime="4">
            <Sync time="1.5"/>
            vous travaillez à l’usine depuis longtemps ?
            </Turn>
            <Turn speaker="spk2" startTime="4" endTime="9">
            <Sync time="4"/>
            oui, depuis 1972, à la chaîne
            </Turn>
            </Section>
            </Episode>
            </Trans>
            """;

    private TranscriptTwins() {
    }

    /** Writes {@code martine.trs} into {@code folder}; returns its path. */
    public static Path writeTrs(Path folder) {
        return write(folder.resolve("martine.trs"), TRS);
    }

    /** Writes the plain-text twin under {@code name} into {@code folder}; returns its path. */
    public static Path writeTxt(Path folder, String name) {
        String txt = "\uFEFF" + Normalizer.normalize(TEXT, Normalizer.Form.NFD).replace("\n", "\r\n");
        return write(folder.resolve(name), txt);
    }

    private static Path write(Path file, String content) {
        try {
            Files.createDirectories(file.getParent());
            return Files.writeString(file, content, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
