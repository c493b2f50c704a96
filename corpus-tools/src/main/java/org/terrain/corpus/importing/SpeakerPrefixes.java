package org.terrain.corpus.importing;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Speaker names written at the start of a cue's line, as diarising tools and meeting software write them:
 * {@code SPEAKER_00: …} or {@code [SPEAKER_00]: …} (WhisperX), {@code Martine Dupont: …} (Zoom),
 * {@code [Martine] …}, French {@code ENQ : …}.
 *
 * <p>French prose also puts a colon after a capitalised word ("Résultat : rien"), so a plain {@code Name:}
 * counts only when the file uses the same name so at least twice, or starts most of its cues with a name; a
 * bracketed name followed by a colon, or a
 * diarisation id ({@code SPEAKER_01}, {@code Intervenant 2}), counts at once. A bracket without a colon is
 * a speaker only if it is a diarisation id: {@code [Musique]} and {@code [rires]} are sounds.
 */
final class SpeakerPrefixes {
    private static final String WORD = "[\\p{Lu}\\p{N}][\\p{L}\\p{N}_.'’\\-]*";
    private static final String PARTICLE = "(?:de|du|des|d’|d'|la|le|van|von|di|da|del|et)";
    private static final String NAME = WORD + "(?:\\s+(?:" + PARTICLE + "\\s+)?" + WORD + "){0,3}";
    private static final String ID = "(?i:speaker|spk|locuteur|intervenant|orateur|interlocuteur)[ _-]?\\d{1,3}";
    private static final Pattern DIARISATION_ID = Pattern.compile(ID);
    private static final Pattern PLAIN = Pattern.compile("^(" + ID + "|" + NAME + ")\\s*:(?:\\s+(.*))?$");
    private static final Pattern BRACKETED = Pattern.compile("^\\[([^\\[\\]]{1,40})]\\s*(:)?\\s*(.*)$");
    private static final int MAX_NAME_LENGTH = 40;

    /** A speaker name and the speech after it. */
    record Named(String speaker, String speech) {
    }

    private record Candidate(String name, String speech, boolean certain) {
    }

    private final Map<String, Integer> uses;
    private final boolean namesEveryCue;

    private SpeakerPrefixes(Map<String, Integer> uses, boolean namesEveryCue) {
        this.uses = uses;
        this.namesEveryCue = namesEveryCue;
    }

    /**
     * Counts the names the file writes before its lines, so that {@link #find} can require two uses, unless
     * the file starts most cues with a name (Zoom does, and someone may speak only once).
     */
    static SpeakerPrefixes of(List<CleanCue> cues) {
        Map<String, Integer> uses = new HashMap<>();
        int named = 0;
        for (CleanCue cue : cues) {
            for (CuePiece piece : cue.pieces()) {
                Candidate c = piece.voice() == null ? candidate(piece.text()) : null;
                if (c != null) {
                    uses.merge(c.name(), 1, Integer::sum);
                    named += piece == cue.pieces().getFirst() ? 1 : 0;
                }
            }
        }
        return new SpeakerPrefixes(uses, named >= 2 && named * 2 >= cues.size());
    }

    /** The speaker written at the start of {@code text}, or null when there is none (or only a lookalike). */
    Named find(String text) {
        Candidate c = candidate(text);
        if (c == null || !c.certain() && !namesEveryCue && uses.getOrDefault(c.name(), 0) < 2) {
            return null;
        }
        return new Named(c.name(), c.speech());
    }

    private static Candidate candidate(String text) {
        Matcher bracketed = BRACKETED.matcher(text);
        if (bracketed.matches()) {
            String name = bracketed.group(1).strip();
            boolean id = DIARISATION_ID.matcher(name).matches();
            return !name.isEmpty() && (bracketed.group(2) != null || id)
                    ? new Candidate(name, bracketed.group(3), true) : null;
        }
        Matcher plain = PLAIN.matcher(text);
        if (plain.matches() && plain.group(1).length() <= MAX_NAME_LENGTH) {
            String name = plain.group(1);
            return new Candidate(name, plain.group(2) == null ? "" : plain.group(2),
                    DIARISATION_ID.matcher(name).matches());
        }
        return null;
    }
}
