package org.terrain.app.ui.sources;

import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.terrain.app.ui.common.UiText;
import org.terrain.corpus.model.SourceKind;
import org.terrain.corpus.model.SourceSummary;

/**
 * The project's sources grouped by kind, in the order of the research design (told practices, seen practices,
 * discourse), and which one is selected. Groups without sources are left out. FX thread only.
 */
public final class SourcesViewModel {
    private final ObservableList<SourceTreeEntry.Group> groups = FXCollections.observableArrayList();
    private final ObservableList<SourceTreeEntry.Group> readOnlyGroups = FXCollections.unmodifiableObservableList(groups);
    private final ObjectProperty<String> selectedSource = new SimpleObjectProperty<>();
    private final ReadOnlyBooleanWrapper loaded = new ReadOnlyBooleanWrapper();

    /** Shows these sources; keeps the selection if it still exists, else selects the first source. */
    public void show(List<SourceSummary> summaries) {
        groups.setAll(group(summaries));
        loaded.set(true);
        String selected = selectedSource.get();
        boolean stillThere = groups.stream().flatMap(g -> g.items().stream()).anyMatch(i -> i.name().equals(selected));
        if (!stillThere) {
            selectedSource.set(groups.isEmpty() ? null : groups.getFirst().items().getFirst().name());
        }
    }

    public void select(String sourceName) {
        selectedSource.set(sourceName);
    }

    static List<SourceTreeEntry.Group> group(List<SourceSummary> summaries) {
        List<SourceTreeEntry.Group> out = new ArrayList<>();
        for (SourceKind kind : SourceKind.values()) {
            List<SourceTreeEntry.Item> items = summaries.stream()
                    .filter(s -> s.kind() == kind)
                    .map(s -> new SourceTreeEntry.Item(s.name(), detail(s)))
                    .toList();
            if (!items.isEmpty()) {
                String label = UiText.get("sources.group", UiText.get("kind." + kind.id() + ".group"), items.size());
                out.add(new SourceTreeEntry.Group(label, items));
            }
        }
        return out;
    }

    private static String detail(SourceSummary summary) {
        String words = UiText.number(summary.words());
        return summary.turns() > 0
                ? UiText.get("sources.detail.turns", UiText.number(summary.turns()), words)
                : UiText.get("sources.detail.words", words);
    }

    public ObservableList<SourceTreeEntry.Group> groups() {
        return readOnlyGroups;
    }

    /** Whether a project's sources are listed yet: an empty list means an empty project only then. */
    public ReadOnlyBooleanProperty loadedProperty() {
        return loaded.getReadOnlyProperty();
    }

    public ObjectProperty<String> selectedSourceProperty() {
        return selectedSource;
    }
}
