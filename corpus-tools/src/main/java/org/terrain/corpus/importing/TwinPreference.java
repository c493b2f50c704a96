package org.terrain.corpus.importing;

import java.util.Locale;

/**
 * Which of two files of one import that give the same text is kept: the one that carries the most as structure.
 * A Transcriber {@code .trs} holds its speakers and times as XML, where its {@code .txt} rendering only has them
 * as words on each line; subtitles ({@code .vtt}, {@code .srt}) hold times per cue. The import stores files in
 * this order (stable: the path order among equals), and a later file with the text of a stored one is skipped.
 */
final class TwinPreference {
    private TwinPreference() {
    }

    /** Lower first: 0 for Transcriber, 1 for subtitles, 2 for every other format. */
    static int rank(String fileName) {
        String name = fileName.toLowerCase(Locale.ROOT);
        if (name.endsWith(".trs")) {
            return 0;
        }
        if (name.endsWith(".vtt") || name.endsWith(".srt")) {
            return 1;
        }
        return 2;
    }
}
