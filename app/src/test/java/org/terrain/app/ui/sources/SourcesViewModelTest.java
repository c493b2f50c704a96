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
    void theFirstSourceIsSelectedAndASelectionThatStillExistsIsKept() {
        SourcesViewModel viewModel = new SourcesViewModel();

        viewModel.show(SOURCES);
        assertThat(viewModel.selectedSourceProperty().get()).isEqualTo("martine.txt");

        viewModel.select("presse.txt");
        viewModel.show(SOURCES);
        assertThat(viewModel.selectedSourceProperty().get()).isEqualTo("presse.txt");
    }

    private static SourceSummary summary(String name, SourceKind kind, int turns, int words) {
        return new SourceSummary(name, kind, null, words * 6, words, turns, List.of(), List.of(), Map.of());
    }
}
