package org.terrain.app.ui.sets;

import java.util.List;
import java.util.Objects;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.terrain.app.ui.common.ProjectSession;
import org.terrain.app.ui.common.ReadWhileShown;
import org.terrain.app.ui.common.UiText;
import org.terrain.codingschemes.CodePath;

/**
 * « Ensembles » : named groups of sources and codes, as REFI-QDA and ATLAS.ti have them (document groups, code
 * groups; ATLAS.ti's document attributes arrive as sets too). Create, delete, put the shown source or the chosen
 * code in a set, take a member out: each one action of the operation log, so Ctrl+Z takes it back. A set of
 * sources is also a side of a contrast ({@code set=NAME}). Read only while the tab is shown. FX thread only.
 */
public final class SetsViewModel {
    private final ProjectSession session;
    private final ObservableList<SetRow> sets = FXCollections.observableArrayList();
    private final ObjectProperty<SetRow> selected = new SimpleObjectProperty<>();
    private final ObjectProperty<String> currentSource = new SimpleObjectProperty<>();
    private final ObjectProperty<CodePath> currentCode = new SimpleObjectProperty<>();
    private final ReadWhileShown reads = new ReadWhileShown(false, this::read);

    public SetsViewModel(ProjectSession session) {
        this.session = session;
        session.revisionProperty().addListener((observable, before, now) -> reads.request());
    }

    private void read() {
        session.read(store -> store.sets().list().stream()
                .map(set -> new SetRow(set.name(), set.description(), set.sources(), set.codes()))
                .sorted(java.util.Comparator.comparing(SetRow::name, java.text.Collator.getInstance(java.util.Locale.FRENCH)))
                .toList(), read -> {
            String keep = selected.get() == null ? null : selected.get().name();
            sets.setAll(read);
            selected.set(read.stream().filter(set -> set.name().equals(keep)).findFirst().orElse(null));
        });
    }

    /** A new, empty set; a blank or taken name is refused with a message. */
    public void create(String name, String description) {
        session.change(UiText.get("task.sets"), store -> {
            store.sets().create(name, description);
            return name.strip();
        }, created -> UiText.get("status.set_created", created));
    }

    public void delete(SetRow set) {
        session.change(UiText.get("task.sets"), store -> {
            store.sets().delete(set.name());
            return set.name();
        }, deleted -> UiText.get("status.set_deleted", deleted));
    }

    /** Puts the source shown in the document into the selected set. */
    public void addCurrentSource() {
        SetRow set = selected.get();
        String source = currentSource.get();
        if (set == null || source == null) {
            session.hint(UiText.get("sets.choose_set_and_source"));
            return;
        }
        session.change(UiText.get("task.sets"), store -> {
            store.sets().addSources(set.name(), List.of(source));
            return source;
        }, added -> UiText.get("status.set_member_added", added, set.name()));
    }

    /** Puts the code chosen in the code tree into the selected set. */
    public void addCurrentCode() {
        SetRow set = selected.get();
        CodePath code = currentCode.get();
        if (set == null || code == null) {
            session.hint(UiText.get("sets.choose_set_and_code"));
            return;
        }
        session.change(UiText.get("task.sets"), store -> {
            store.sets().addCodes(set.name(), List.of(code));
            return code.toString();
        }, added -> UiText.get("status.set_member_added", added, set.name()));
    }

    public void removeSource(String source) {
        SetRow set = Objects.requireNonNull(selected.get());
        session.change(UiText.get("task.sets"), store -> {
            store.sets().removeSources(set.name(), List.of(source));
            return source;
        }, removed -> UiText.get("status.set_member_removed", removed, set.name()));
    }

    public void removeCode(CodePath code) {
        SetRow set = Objects.requireNonNull(selected.get());
        session.change(UiText.get("task.sets"), store -> {
            store.sets().removeCodes(set.name(), List.of(code));
            return code.toString();
        }, removed -> UiText.get("status.set_member_removed", removed, set.name()));
    }

    public ObservableList<SetRow> sets() {
        return sets;
    }

    public ObjectProperty<SetRow> selectedProperty() {
        return selected;
    }

    /** Bound to the document's shown source. */
    public ObjectProperty<String> currentSourceProperty() {
        return currentSource;
    }

    /** Bound to the code tree's current code. */
    public ObjectProperty<CodePath> currentCodeProperty() {
        return currentCode;
    }

    /** Bound to the tab's selection. */
    public BooleanProperty activeProperty() {
        return reads.shownProperty();
    }
}
