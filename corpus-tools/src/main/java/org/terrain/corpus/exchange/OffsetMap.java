package org.terrain.corpus.exchange;

import java.text.Normalizer;

/**
 * One map from the positions a REFI-QDA file gives (counted on the text as the tool had it) to code points of
 * Terrain's canonical text (NFC, {@code \n}, no BOM), built while the canonical text itself is built, so that
 * every excerpt stays on its words: a leading BOM is not counted, CRLF becomes one {@code \n}, decomposed
 * letters are composed, and the unit of the file (UTF-16 code units for NVivo, code points per the standard,
 * code points with CRLF as one for ATLAS.ti) is followed. A position inside a character that composition
 * merged rounds outwards: a start down, an end up.
 */
final class OffsetMap {
    /** What a file's positions count. */
    enum Units {
        /** NVivo: Java {@code String} indices; an emoji counts 2, CRLF counts 2. */
        UTF16,
        /** The standard (§10.2): code points; CRLF counts 2. */
        CODE_POINTS,
        /** ATLAS.ti as QualCoder reads it: code points, CRLF counts 1. */
        CODE_POINTS_CRLF_AS_ONE
    }

    private final String canonical;
    private final int[] floor;
    private final int[] ceil;

    private OffsetMap(String canonical, int[] floor, int[] ceil) {
        this.canonical = canonical;
        this.floor = floor;
        this.ceil = ceil;
    }

    static OffsetMap build(String raw, Units units) {
        int begin = 0;
        while (begin < raw.length() && raw.charAt(begin) == '\uFEFF') {
            begin++;
        }
        String s = raw.substring(begin);
        int maxUnits = s.length() + 1;
        int[] floor = new int[maxUnits];
        int[] ceil = new int[maxUnits];
        StringBuilder out = new StringBuilder(s.length());
        int outCp = 0;
        int unit = 0;
        int i = 0;
        while (i < s.length()) {
            char c = s.charAt(i);
            if (c == '\r') {
                boolean crlf = i + 1 < s.length() && s.charAt(i + 1) == '\n';
                int consumed = crlf && units != Units.CODE_POINTS_CRLF_AS_ONE ? 2 : 1;
                for (int k = 0; k < consumed; k++) {
                    floor[unit + k] = outCp;
                    ceil[unit + k] = k == 0 ? outCp : outCp + 1;
                }
                unit += consumed;
                out.append('\n');
                outCp++;
                i += crlf ? 2 : 1;
                continue;
            }
            // a cluster: one code point and the combining marks after it
            int end = i + Character.charCount(s.codePointAt(i));
            while (end < s.length() && isCombining(s.codePointAt(end))) {
                end += Character.charCount(s.codePointAt(end));
            }
            String cluster = s.substring(i, end);
            String composed = Normalizer.normalize(cluster, Normalizer.Form.NFC);
            int composedCps = composed.codePointCount(0, composed.length());
            if (composed.equals(cluster)) {
                // unchanged: every code point keeps its place; only the middle of a surrogate pair rounds
                for (int j = i; j < end; ) {
                    int cp = s.codePointAt(j);
                    floor[unit] = outCp;
                    ceil[unit] = outCp;
                    unit++;
                    if (units == Units.UTF16 && Character.charCount(cp) == 2) {
                        floor[unit] = outCp;
                        ceil[unit] = outCp + 1;
                        unit++;
                    }
                    outCp++;
                    j += Character.charCount(cp);
                }
                out.append(cluster);
                i = end;
                continue;
            }
            int clusterUnits = units == Units.UTF16 ? cluster.length() : cluster.codePointCount(0, cluster.length());
            for (int k = 0; k < clusterUnits; k++) {
                floor[unit + k] = outCp;
                ceil[unit + k] = k == 0 ? outCp : outCp + composedCps;
            }
            unit += clusterUnits;
            out.append(composed);
            outCp += composedCps;
            i = end;
        }
        floor[unit] = outCp;
        ceil[unit] = outCp;
        String text = out.toString();
        if (!Normalizer.isNormalized(text, Normalizer.Form.NFC)) {
            // marks that compose across our clusters (rare scripts): keep the text canonical; positions may drift
            text = Normalizer.normalize(text, Normalizer.Form.NFC);
        }
        return new OffsetMap(text, java.util.Arrays.copyOf(floor, unit + 1), java.util.Arrays.copyOf(ceil, unit + 1));
    }

    private static boolean isCombining(int cp) {
        int type = Character.getType(cp);
        return type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK
                || type == Character.ENCLOSING_MARK;
    }

    String canonical() {
        return canonical;
    }

    /** How many units the original text counts. */
    int units() {
        return floor.length - 1;
    }

    /** The canonical position of a start, or -1 when outside the text. */
    int start(long position) {
        return position < 0 || position > units() ? -1 : floor[(int) position];
    }

    /** The canonical position of an end (exclusive), or -1 when outside the text. */
    int end(long position) {
        return position < 0 || position > units() ? -1 : ceil[(int) position];
    }
}
