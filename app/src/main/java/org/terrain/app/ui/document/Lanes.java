package org.terrain.app.ui.document;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Lanes of the coding margin: overlapping codings side by side, each in the leftmost lane free where it starts.
 * This is the greedy colouring of an interval graph taken in order of start (a longer coding first when two
 * start together, so an enclosing coding stands outside what it encloses), which uses as many lanes as the
 * most codings that overlap at one place: three overlapping codings take three lanes, and no more.
 */
public final class Lanes {
    private Lanes() {
    }

    /** The codings with their lane set, in order of start (then longest first); lanes count from 0. */
    public static List<Coding> assign(List<Coding> codings) {
        List<Coding> ordered = new ArrayList<>(codings);
        ordered.sort(Comparator.comparingInt((Coding c) -> c.range().start())
                .thenComparing(Comparator.comparingInt((Coding c) -> c.range().end()).reversed())
                .thenComparingLong(Coding::segmentId));
        List<Integer> laneEnds = new ArrayList<>();
        List<Coding> out = new ArrayList<>(ordered.size());
        for (Coding coding : ordered) {
            int lane = 0;
            while (lane < laneEnds.size() && laneEnds.get(lane) > coding.range().start()) {
                lane++;
            }
            if (lane == laneEnds.size()) {
                laneEnds.add(coding.range().end());
            } else {
                laneEnds.set(lane, coding.range().end());
            }
            out.add(coding.inLane(lane));
        }
        return List.copyOf(out);
    }

    /** How many lanes the margin needs for codings whose lanes are set. */
    public static int count(List<Coding> codings) {
        return codings.stream().mapToInt(Coding::lane).max().orElse(-1) + 1;
    }
}
