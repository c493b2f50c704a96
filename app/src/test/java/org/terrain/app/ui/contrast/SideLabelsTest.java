package org.terrain.app.ui.contrast;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The contrast's sides are chosen by name and still typed as selectors when one wants. */
class SideLabelsTest {
    private static final List<String> OFFERED = List.of("kind=interview", "rest", "case=Usine A",
            "attr:site=Saint-Fons", "code=Pratiques/Lieux", "set=Groupe 1", "speaker=MARTINE");

    @Test
    void eachSideIsShownByNameAndReadBackAsItsSelector() {
        assertThat(OFFERED).extracting(SideLabels::label).containsExactly("Entretiens", "Le reste du projet",
                "Cas : Usine A", "site = Saint-Fons", "Code : Pratiques/Lieux", "Ensemble : Groupe 1",
                "Locuteur : MARTINE");
        for (String selector : OFFERED) {
            assertThat(SideLabels.selector(SideLabels.label(selector), OFFERED)).isEqualTo(selector);
        }
    }

    @Test
    void aTypedSelectorStaysAsTyped() {
        assertThat(SideLabels.selector(" kind=interview&case=Usine A ", OFFERED)).isEqualTo("kind=interview&case=Usine A");
        assertThat(SideLabels.label("kind=interview&case=Usine A")).isEqualTo("kind=interview&case=Usine A");
    }
}
