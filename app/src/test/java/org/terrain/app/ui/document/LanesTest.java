package org.terrain.app.ui.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.terrain.codingschemes.CodePath;

class LanesTest {
    static Stream<Arguments> lanesNeeded() {
        return Stream.of(
                Arguments.of("none", List.of(), 0),
                Arguments.of("one", List.of(new int[] {0, 10}), 1),
                Arguments.of("apart", List.of(new int[] {0, 10}, new int[] {20, 30}), 1),
                Arguments.of("touching (end exclusive)", List.of(new int[] {0, 10}, new int[] {10, 30}), 1),
                Arguments.of("two overlapping", List.of(new int[] {0, 10}, new int[] {5, 30}), 2),
                Arguments.of("three overlapping", List.of(new int[] {0, 40}, new int[] {5, 30}, new int[] {20, 50}), 3),
                Arguments.of("a chain overlapping two by two",
                        List.of(new int[] {0, 10}, new int[] {8, 20}, new int[] {18, 30}, new int[] {28, 40}), 2),
                Arguments.of("three nested", List.of(new int[] {0, 100}, new int[] {10, 90}, new int[] {20, 80}), 3));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("lanesNeeded")
    void asManyLanesAsTheMostCodingsOverlappingAtOnePlace(String name, List<int[]> ranges, int lanes) {
        List<Coding> laned = Lanes.assign(codings(ranges));

        assertThat(Lanes.count(laned)).isEqualTo(lanes);
        for (Coding a : laned) {
            for (Coding b : laned) {
                boolean overlap = a != b && a.range().start() < b.range().end() && b.range().start() < a.range().end();
                if (overlap) {
                    assertThat(a.lane()).as("%s and %s overlap", a.range(), b.range()).isNotEqualTo(b.lane());
                }
            }
        }
    }

    @Test
    void codingsGetTheLeftmostLaneFreeInOrderOfStartAndAnEnclosingCodingStandsOutside() {
        List<Coding> laned = Lanes.assign(codings(List.of(new int[] {10, 20}, new int[] {0, 50}, new int[] {25, 30},
                new int[] {10, 40})));

        assertThat(laned).extracting(c -> c.range().start() + "-" + c.range().end() + ":" + c.lane())
                .containsExactly("0-50:0", "10-40:1", "10-20:2", "25-30:2");
    }

    @Test
    void aLaneFreedIsTakenAgain() {
        List<Coding> laned = Lanes.assign(codings(List.of(new int[] {0, 10}, new int[] {2, 30}, new int[] {12, 20})));

        assertThat(laned).extracting(Coding::lane).containsExactly(0, 1, 0);
    }

    static List<Coding> codings(List<int[]> ranges) {
        List<Coding> out = new ArrayList<>();
        for (int i = 0; i < ranges.size(); i++) {
            out.add(new Coding(i + 1, CodePath.of("c" + i), "#4E79A7", null,
                    new TextRange(ranges.get(i)[0], ranges.get(i)[1]), 0));
        }
        return out;
    }
}
