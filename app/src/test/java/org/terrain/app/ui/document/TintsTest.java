package org.terrain.app.ui.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class TintsTest {
    @Test
    void noCodingNoTint() {
        assertThat(Tints.blend(List.of())).isNull();
    }

    @Test
    void oneCodeIsALightTintOfItsColour() {
        // 30 % of #E15759 over white.
        assertThat(Tints.blend(List.of("#E15759"))).isEqualTo("#F6CDCD");
    }

    @Test
    void overlappingCodesMixTheirColoursAndDarkenALittle() {
        String red = Tints.blend(List.of("#FF0000"));
        String blue = Tints.blend(List.of("#0000FF"));
        String both = Tints.blend(List.of("#FF0000", "#0000FF"));

        assertThat(both).isNotIn(red, blue);
        int rgb = Integer.parseInt(both.substring(1), 16);
        assertThat((rgb >> 16) & 0xFF).isEqualTo(rgb & 0xFF);
        assertThat(rgb >> 8 & 0xFF).isLessThan(Integer.parseInt(red.substring(3, 5), 16));
    }

    @Test
    void manyCodesStayLightEnoughToRead() {
        String many = Tints.blend(List.of("#000000", "#000000", "#000000", "#000000", "#000000", "#000000"));

        assertThat(Integer.parseInt(many.substring(1, 3), 16)).isGreaterThanOrEqualTo(127);
    }
}
