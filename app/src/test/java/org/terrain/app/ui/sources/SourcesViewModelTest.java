package org.terrain.app.ui.sources;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.terrain.corpus.model.SourceKind;
import org.terrain.corpus.model.SourceSummary;

class SourcesViewModelTest {
    private static final List<SourceSummary> SOURCES = List.of(
            summary("presse.txt", SourceKind.DISCOURSE, 0, 1200),
            summary("martine.txt", SourceKind.INTERVIEW, 48, 1303),
            summary("karim.txt", SourceKind.INTERVIEW, 40, 980));

    @Test
    void sourcesAreGroupedByKindInTheOrderOfTheDesignWithCounts() {
        assertThat(SourcesViewModel.group(SOURCES))
                .extracting(SourceTreeEntry.Group::label)
                .containsExactly("Entretiens (2)", "Discours (1)");
    }

    @Test
    void eachSourceTellsItsSize() {
        List<SourceTreeEntry.Group> groups = SourcesViewModel.group(SOURCES);

        assertThat(groups.getFirst().items().getFirst())
                .isEqualTo(new SourceTreeEntry.Item("martine.txt", "48 tours · 1\u00A0303 mots"));
        assertThat(groups.getLast().items().getFirst().detail()).isEqualTo("1\u00A0200 mots");
    }

    @Test
    void withinAKindSourcesAreGroupedByCaseWithCountsThenThoseOfNoCase() {
        List<SourceSummary> sources = List.of(
                summary("martine-1.txt", SourceKind.INTERVIEW, "Martine", 10, 100),
                summary("karim.txt", SourceKind.INTERVIEW, "Karim", 10, 100),
                summary("libre.txt", SourceKind.INTERVIEW, null, 10, 100),
                summary("martine-2.txt", SourceKind.INTERVIEW, "Martine", 10, 100),
                summary("atelier.txt", SourceKind.OBSERVATION, "Élise", 0, 100));

        List<SourceTreeEntry.Group> groups = SourcesViewModel.group(sources);

        assertThat(groups).extracting(SourceTreeEntry.Group::label).containsExactly("Entretiens (4)", "Observations (1)");
        assertThat(groups.getFirst().children()).extracting(SourceTreeEntry::label)
                .containsExactly("Karim (1)", "Martine (2)", "libre.txt");
        assertThat(((SourceTreeEntry.Case) groups.getFirst().children().get(1)).items())
                .extracting(SourceTreeEntry.Item::name).containsExactly("martine-1.txt", "martine-2.txt");
        assertThat(groups.getFirst().items()).extracting(SourceTreeEntry.Item::name)
                .containsExactly("karim.txt", "martine-1.txt", "martine-2.txt", "libre.txt");
        assertThat(groups.getLast().children()).extracting(SourceTreeEntry::label).containsExactly("Élise (1)");
    }

    @Test
    void theFirstSourceIsSelectedAndASelectionThatStillExistsIsKept() {
        SourcesViewModel viewModel = new SourcesViewModel();

        viewModel.show(SOURCES);
        assertThat(viewModel.selectedSourceProperty().get()).isEqualTo("martine.txt");

        viewModel.select("presse.txt");
        viewModel.show(SOURCES);
        assertThat(viewModel.selectedSourceProperty().get()).isEqualTo("presse.txt");
    }

    private static SourceSummary summary(String name, SourceKind kind, int turns, int words) {
        return summary(name, kind, null, turns, words);
    }

    private static SourceSummary summary(String name, SourceKind kind, String caseName, int turns, int words) {
        return new SourceSummary(name, kind, caseName, words * 6, words, turns, List.of(), List.of(), Map.of());
    }
}
