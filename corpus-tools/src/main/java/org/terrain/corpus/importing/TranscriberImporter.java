package org.terrain.corpus.importing;

import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.terrain.corpus.errors.ImportException;

/**
 * Transcriber ({@code .trs}) transcripts, rendered one turn a line as {@code [hh:mm:ss] SPEAKER : speech}
 * (see {@link TranscriberReader} for how turns, overlaps and events are read) under three {@code #} header
 * lines naming the file and its speakers. The rendering is, character for character, the plain-text form in
 * which the ESLO corpus circulates ({@code ESLO1_INTPERS_421_C.txt}), so a researcher who imports the
 * {@code .trs} and a colleague who imports the {@code .txt} code the same text.
 *
 * <p>Metadata: {@code scribe} (the transcribers) and {@code audio} (the recording's file name), when given.
 * The DTD named by the file is never read (see {@link SafeXmlInput}).
 */
public final class TranscriberImporter implements Importer {
    /** ESLO names its files ESLO1_…, ESLO2_…; its renderings name the corpus in the first header line. */
    private static final Pattern ESLO = Pattern.compile("^(ESLO\\d)_");

    @Override
    public Set<String> extensions() {
        return Set.of("trs");
    }

    @Override
    public ImportedDocument read(Path file, byte[] bytes, ImportOptions options) {
        String fileName = file.getFileName().toString();
        TranscriberReader.Transcription transcription =
                TranscriberReader.read(XmlTextDecoder.decode(bytes, fileName), fileName);
        if (transcription.lines().isEmpty()) {
            throw new ImportException("transcript_no_speech", fileName);
        }
        TranscriptWriter writer = new TranscriptWriter()
                .comment("# Transcription : " + fileName + corpusNote(fileName))
                .comment("# Rendu texte brut dérivé du fichier Transcriber (.trs) : un tour de parole par ligne, "
                        + "[hh:mm:ss] LOCUTEUR : texte")
                .comment("# Locuteurs : " + speakerList(transcription.speakers()))
                .blankLine();
        transcription.lines().forEach(writer::turn);
        return writer.document(transcription.metadata());
    }

    private static String corpusNote(String fileName) {
        Matcher m = ESLO.matcher(fileName);
        return m.find() ? " (" + m.group(1) + ", Enquêtes SocioLinguistiques à Orléans)" : "";
    }

    private static String speakerList(Map<String, String> speakers) {
        if (speakers.isEmpty()) {
            return "aucun";
        }
        return speakers.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue())
                .collect(Collectors.joining(", "));
    }
}
