package org.terrain.corpus.importing;

import java.nio.file.Path;
import java.util.Set;

/**
 * SubRip subtitles ({@code .srt}), as Whisper and most transcription services export them, rendered one turn
 * a cue as {@code [hh:mm:ss] SPEAKER : text} (start time floored to the second).
 *
 * <p>SRT has no voice tags: the speaker is a name written before the text ({@code SPEAKER_00: …},
 * {@code [SPEAKER_01]: …}, {@code - Martine : …}), else {@value TranscriptWriter#UNNAMED_SPEAKER}. Cue
 * numbers, {@code <i>}/{@code <b>}/{@code <font>} tags and {@code {\an8}} overrides are dropped; files in
 * windows-1252 (older French subtitles) are decoded as such. Details in {@link SubtitleTranscript}.
 */
public final class SrtImporter implements Importer {
    @Override
    public Set<String> extensions() {
        return Set.of("srt");
    }

    @Override
    public ImportedDocument read(Path file, byte[] bytes, ImportOptions options) {
        return SubtitleTranscript.read(bytes, file.getFileName().toString());
    }
}
