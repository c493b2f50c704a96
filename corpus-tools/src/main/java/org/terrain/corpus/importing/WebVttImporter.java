package org.terrain.corpus.importing;

import java.nio.file.Path;
import java.util.Set;

/**
 * WebVTT captions ({@code .vtt}), as Whisper, Zoom, Teams and YouTube write them, rendered one turn a cue as
 * {@code [hh:mm:ss] SPEAKER : text} (start time floored to the second).
 *
 * <p>The speaker is the cue's voice tag ({@code <v Martine>}, {@code <v.loud Martine>}, Teams), else a name
 * written before the text ({@code Martine Dupont: …} from Zoom, {@code SPEAKER_00: …} from WhisperX), else
 * {@value TranscriptWriter#UNNAMED_SPEAKER}, a label that says only "someone speaks" and which the researcher
 * can replace. Other tags are dropped, entities decoded, {@code NOTE}/{@code STYLE}/{@code REGION} blocks and
 * cue identifiers skipped, and YouTube's roll-up captions are read once. Details in {@link SubtitleTranscript}.
 */
public final class WebVttImporter implements Importer {
    @Override
    public Set<String> extensions() {
        return Set.of("vtt");
    }

    @Override
    public ImportedDocument read(Path file, byte[] bytes, ImportOptions options) {
        return SubtitleTranscript.read(bytes, file.getFileName().toString());
    }
}
