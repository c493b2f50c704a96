package org.terrain.app.ui.sources;

import java.text.Collator;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
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
 * The project's sources grouped by kind, then by case within a kind, in the order of the research design (told practices, seen practices,
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

    /**
     * One group per kind; under it one sub-group per case (in alphabetical order, French collation), then the
     * sources of no case. Within each, the sources keep the store's order. Every label carries its count.
     */
    static List<SourceTreeEntry.Group> group(List<SourceSummary> summaries) {
        Collator collator = Collator.getInstance(UiText.locale());
        List<SourceTreeEntry.Group> out = new ArrayList<>();
        for (SourceKind kind : SourceKind.values()) {
            List<SourceSummary> ofKind = summaries.stream().filter(s -> s.kind() == kind).toList();
            if (ofKind.isEmpty()) {
                continue;
            }
            Map<String, List<SourceTreeEntry.Item>> byCase = new TreeMap<>(collator);
            List<SourceTreeEntry> children = new ArrayList<>();
            List<SourceTreeEntry.Item> caseless = new ArrayList<>();
            for (SourceSummary summary : ofKind) {
                SourceTreeEntry.Item item = new SourceTreeEntry.Item(summary.name(), detail(summary));
                String caseName = summary.caseName();
                if (caseName == null || caseName.isBlank()) {
                    caseless.add(item);
                } else {
                    byCase.computeIfAbsent(caseName.strip(), name -> new ArrayList<>()).add(item);
                }
            }
            byCase.forEach((caseName, items) -> children.add(new SourceTreeEntry.Case(
                    UiText.get("sources.case", caseName, items.size()), caseName, List.copyOf(items))));
            children.addAll(caseless);
            String label = UiText.get("sources.group", UiText.get("kind." + kind.id() + ".group"), ofKind.size());
            out.add(new SourceTreeEntry.Group(label, List.copyOf(children)));
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
