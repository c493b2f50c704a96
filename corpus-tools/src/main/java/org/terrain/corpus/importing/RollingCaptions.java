package org.terrain.corpus.importing;

import java.util.ArrayList;
import java.util.List;

/**
 * Undoes roll-up captions, as YouTube's automatic captions write them: each cue repeats the line(s) shown
 * by the cue before and adds one, and short "frozen" cues repeat it whole, so every sentence would be
 * imported two or three times. A cue's leading pieces that equal the previous cue's trailing pieces are
 * dropped, and a cue left empty disappears.
 *
 * <p>Only in files that roll: when at least half of the cues (and two) start with the previous cue's last
 * line. Elsewhere a repeated line is speech ("non." / "non."), which a researcher in conversation analysis
 * must not lose.
 */
final class RollingCaptions {
    private RollingCaptions() {
    }

    static List<CleanCue> undo(List<CleanCue> cues) {
        if (!rolls(cues)) {
            return cues;
        }
        List<CleanCue> out = new ArrayList<>();
        List<CuePiece> previous = List.of();
        for (CleanCue cue : cues) {
            int repeated = overlap(previous, cue.pieces());
            List<CuePiece> fresh = cue.pieces().subList(repeated, cue.pieces().size());
            if (!fresh.isEmpty()) {
                out.add(new CleanCue(cue.startMs(), List.copyOf(fresh)));
            }
            previous = cue.pieces();
        }
        return out;
    }

    private static boolean rolls(List<CleanCue> cues) {
        int pairs = 0;
        int repeating = 0;
        for (int i = 1; i < cues.size(); i++) {
            List<CuePiece> before = cues.get(i - 1).pieces();
            List<CuePiece> now = cues.get(i).pieces();
            if (before.isEmpty() || now.isEmpty()) {
                continue;
            }
            pairs++;
            if (now.getFirst().text().equals(before.getLast().text())) {
                repeating++;
            }
        }
        return repeating >= 2 && repeating * 2 >= pairs;
    }

    /** The largest k such that the last k pieces of {@code before} are the first k of {@code now}. */
    private static int overlap(List<CuePiece> before, List<CuePiece> now) {
        for (int k = Math.min(before.size(), now.size()); k > 0; k--) {
            boolean same = true;
            for (int j = 0; j < k && same; j++) {
                same = before.get(before.size() - k + j).text().equals(now.get(j).text());
            }
            if (same) {
                return k;
            }
        }
        return 0;
    }
}
