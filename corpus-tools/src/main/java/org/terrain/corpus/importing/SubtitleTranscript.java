package org.terrain.corpus.importing;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.terrain.corpus.errors.ImportException;
import org.terrain.corpus.text.CanonicalText;

/**
 * Reads a subtitle file (WebVTT or SRT: the same cue structure, see {@link SubtitleParser}) into turns, one a
 * cue: the cue's start time, its speaker (a voice tag, or a name written before the text, see
 * {@link SpeakerPrefixes}; {@link TranscriptWriter#UNNAMED_SPEAKER} when the file names none), and its lines
 * joined with spaces. A cue in which a second speaker starts (another voice, another name, a dialogue dash)
 * gives one turn per speaker, at the cue's time.
 *
 * <p>Consecutive cues of one speaker are <em>not</em> merged into one turn: each keeps its own time, the way
 * back to the recording, as the ESLO renderings keep consecutive lines of one speaker; and where the file
 * names nobody, merging would make the whole recording one turn. Roll-up captions are undone first
 * ({@link RollingCaptions}).
 */
final class SubtitleTranscript {
    private static final Logger LOG = LoggerFactory.getLogger(SubtitleTranscript.class);

    private SubtitleTranscript() {
    }

    static ImportedDocument read(byte[] bytes, String fileName) {
        String text = CanonicalText.of(TextDecoder.decode(bytes, fileName).text());
        SubtitleParser.Result parsed = SubtitleParser.parse(text);
        if (parsed.cues().isEmpty()) {
            if (parsed.malformed() > 0) {
                throw new ImportException("subtitle_bad_times", fileName, parsed.malformed(),
                        parsed.firstMalformedLine(), parsed.firstMalformedText());
            }
            throw new ImportException("subtitle_no_cue", fileName);
        }
        if (parsed.malformed() > 0) {
            LOG.warn("{}: {} unreadable timing line(s) skipped with their cues, the first at line {}: {}", fileName,
                    parsed.malformed(), parsed.firstMalformedLine(), parsed.firstMalformedText());
        }
        List<CleanCue> cues = RollingCaptions.undo(parsed.cues().stream().map(CueText::clean).toList());
        List<TranscriptLine> lines = turns(cues, SpeakerPrefixes.of(cues));
        if (lines.isEmpty()) {
            throw new ImportException("transcript_no_speech", fileName);
        }
        TranscriptWriter writer = new TranscriptWriter();
        lines.forEach(writer::turn);
        return writer.document(Map.of());
    }

    private static List<TranscriptLine> turns(List<CleanCue> cues, SpeakerPrefixes prefixes) {
        List<TranscriptLine> out = new ArrayList<>();
        for (CleanCue cue : cues) {
            String speaker = null;
            StringBuilder speech = null;
            for (CuePiece piece : cue.pieces()) {
                String named = piece.voice();
                String text = piece.text();
                if (named == null) {
                    SpeakerPrefixes.Named prefix = prefixes.find(text);
                    if (prefix != null) {
                        named = prefix.speaker();
                        text = prefix.speech();
                    }
                }
                boolean someoneElse = piece.dialogueDash() || named != null && !named.equals(speaker);
                if (speech == null || someoneElse) {
                    add(out, speaker, cue.startMs(), speech);
                    speaker = named;
                    speech = new StringBuilder();
                }
                speech.append(speech.isEmpty() ? "" : " ").append(text);
            }
            add(out, speaker, cue.startMs(), speech);
        }
        return out;
    }

    private static void add(List<TranscriptLine> out, String speaker, long startMs, StringBuilder speech) {
        if (speech != null && !speech.isEmpty()) {
            out.add(new TranscriptLine(speaker == null ? TranscriptWriter.UNNAMED_SPEAKER : speaker, startMs,
                    speech.toString()));
        }
    }
}
