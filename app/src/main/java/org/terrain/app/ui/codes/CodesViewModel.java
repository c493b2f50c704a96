package org.terrain.app.ui.codes;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.terrain.app.ui.common.ProjectSession;
import org.terrain.app.ui.common.UiText;
import org.terrain.codingschemes.CodePath;
import org.terrain.corpus.store.CodeInfo;

/**
 * The codebook as a tree: every code with its colour and counts, a filter, the selected codes, and the changes
 * a researcher makes to it (create, rename, recolour, describe, move, merge, delete), each one action of the
 * engine, so each one undoable. Read again after every change of the project. FX thread only.
 */
public final class CodesViewModel {
    private final ProjectSession session;
    private final ObservableList<CodeEntry> entries = FXCollections.observableArrayList();
    private final ObservableList<CodeEntry> readOnlyEntries = FXCollections.unmodifiableObservableList(entries);
    private final StringProperty filter = new SimpleStringProperty("");
    private final ObjectProperty<CodePath> current = new SimpleObjectProperty<>();
    private final ObservableList<CodePath> selected = FXCollections.observableArrayList();
    private final ReadOnlyBooleanWrapper loaded = new ReadOnlyBooleanWrapper();

    public CodesViewModel(ProjectSession session) {
        this.session = session;
        session.revisionProperty().addListener((observable, before, now) -> reload());
    }

    /** Reads the codebook again; the selection keeps the codes that still exist. */
    public void reload() {
        session.read(store -> entries(store.codes().list()), this::show);
    }

    void show(List<CodeEntry> read) {
        entries.setAll(read);
        loaded.set(true);
        selected.removeIf(path -> find(path).isEmpty());
        if (current.get() != null && find(current.get()).isEmpty()) {
            current.set(selected.isEmpty() ? null : selected.getFirst());
        }
    }

    /** The engine's listing as tree lines, each with the count of its whole branch. */
    static List<CodeEntry> entries(List<CodeInfo> codes) {
        List<CodeEntry> out = new ArrayList<>(codes.size());
        for (CodeInfo info : codes) {
            int total = 0;
            boolean parent = false;
            for (CodeInfo other : codes) {
                if (startsWith(other.path(), info.path())) {
                    total += other.segments();
                    parent |= !other.path().equals(info.path());
                }
            }
            out.add(new CodeEntry(info.path(), info.code().color(), info.code().description(), info.segments(),
                    total, parent));
        }
        return out;
    }

    private static boolean startsWith(CodePath path, CodePath prefix) {
        return path.names().size() >= prefix.names().size()
                && path.names().subList(0, prefix.names().size()).equals(prefix.names());
    }

    /**
     * The lines to show for a filter: codes whose name contains it (ignoring case and accents), with the codes
     * above them so that each stays in its place in the tree; all lines for a blank filter.
     */
    public static List<CodeEntry> filtered(List<CodeEntry> all, String filter) {
        String wanted = fold(filter == null ? "" : filter.strip());
        if (wanted.isEmpty()) {
            return List.copyOf(all);
        }
        Set<CodePath> kept = new LinkedHashSet<>();
        for (CodeEntry entry : all) {
            if (fold(entry.name()).contains(wanted)) {
                for (int depth = 1; depth <= entry.path().names().size(); depth++) {
                    kept.add(new CodePath(entry.path().names().subList(0, depth)));
                }
            }
        }
        return all.stream().filter(entry -> kept.contains(entry.path())).toList();
    }

    /** Lower case without accents: "Sécurité" is found by "securite". */
    static String fold(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT);
    }

    public Optional<CodeEntry> find(CodePath path) {
        return entries.stream().filter(e -> e.path().equals(path)).findFirst();
    }

    /** Selects these codes; the first is the current one, which coding uses. */
    public void select(List<CodePath> paths) {
        if (!selected.equals(paths)) {
            selected.setAll(paths);
        }
        current.set(paths.isEmpty() ? null : paths.getFirst());
    }

    /** Creates a code under {@code parent} (at the root for null) and selects it. */
    public void create(CodePath parent, String name) {
        String clean = name == null ? "" : name.strip();
        if (clean.isEmpty()) {
            return;
        }
        CodePath path = parent == null ? CodePath.of(clean) : parent.child(clean);
        if (find(path).isPresent()) {
            session.hint(UiText.get("codes.exists", path.toString()));
            return;
        }
        session.change(UiText.get("task.codes"), store -> store.codes().add(path, null, null),
                code -> UiText.get("status.code_added", path.toString()), code -> select(List.of(path)));
    }

    public void rename(CodePath path, String newName) {
        String clean = newName == null ? "" : newName.strip();
        if (clean.isEmpty() || clean.equals(path.name())) {
            return;
        }
        CodePath renamed = path.isRoot() ? CodePath.of(clean) : path.parent().child(clean);
        if (find(renamed).isPresent()) {
            session.hint(UiText.get("codes.exists", renamed.toString()));
            return;
        }
        session.change(UiText.get("task.codes"), store -> {
            store.codes().rename(path, clean);
            return renamed;
        }, done -> UiText.get("status.code_renamed", path.toString(), clean), done -> select(List.of(renamed)));
    }

    /** Sets a code's colour, {@code #RRGGBB}. */
    public void recolor(CodePath path, String color) {
        session.change(UiText.get("task.codes"), store -> {
            store.codes().describe(path, color, null);
            return path;
        }, done -> UiText.get("status.code_recolored", path.toString()));
    }

    /** Sets a code's description; a blank one clears it. */
    public void describe(CodePath path, String description) {
        String clean = description == null ? "" : description.strip();
        session.change(UiText.get("task.codes"), store -> {
            store.codes().describe(path, null, clean);
            return path;
        }, done -> UiText.get("status.code_described", path.toString()));
    }

    /** How many segments deleting this code removes: its own and its sub-codes'. */
    public int segmentsUnder(CodePath path) {
        return find(path).map(CodeEntry::total).orElse(0);
    }

    /** How many sub-codes go with it. */
    public int subCodes(CodePath path) {
        return (int) entries.stream().filter(e -> !e.path().equals(path) && startsWith(e.path(), path)).count();
    }

    public void delete(CodePath path) {
        int segments = segmentsUnder(path);
        session.change(UiText.get("task.codes"), store -> {
            store.codes().delete(path);
            return path;
        }, done -> UiText.get("status.code_deleted", path.toString(), segments));
    }

    /** Whether {@code path} may go under {@code newParent} (null: the root): not under itself, not where it is. */
    public boolean canMove(CodePath path, CodePath newParent) {
        if (newParent == null) {
            return !path.isRoot();
        }
        return !startsWith(newParent, path) && (path.isRoot() || !path.parent().equals(newParent));
    }

    /** Moves a code with its sub-codes and segments under another code, or to the root for null. */
    public void move(CodePath path, CodePath newParent) {
        if (!canMove(path, newParent)) {
            return;
        }
        CodePath moved = newParent == null ? CodePath.of(path.name()) : newParent.child(path.name());
        if (find(moved).isPresent()) {
            session.hint(UiText.get("codes.exists", moved.toString()));
            return;
        }
        session.change(UiText.get("task.codes"), store -> {
            store.codes().move(path, newParent);
            return moved;
        }, done -> newParent == null ? UiText.get("status.code_moved_root", path.toString())
                : UiText.get("status.code_moved", path.toString(), newParent.toString()), done -> select(List.of(moved)));
    }

    /** Whether {@code source} may be merged into {@code target}: another code, not one of its own sub-codes. */
    public boolean canMerge(CodePath source, CodePath target) {
        return target != null && !startsWith(target, source);
    }

    /** Merges a code into another: its segments and sub-codes go to the target, and it goes. */
    public void merge(CodePath source, CodePath target) {
        if (!canMerge(source, target)) {
            return;
        }
        session.change(UiText.get("task.codes"), store -> store.codes().merge(source, target),
                moved -> UiText.get("status.code_merged", source.toString(), target.toString(), moved),
                moved -> select(List.of(target)));
    }

    /** Every code, in tree order. */
    public ObservableList<CodeEntry> entries() {
        return readOnlyEntries;
    }

    public StringProperty filterProperty() {
        return filter;
    }

    /** The code that coding uses: the first selected. */
    public ObjectProperty<CodePath> currentProperty() {
        return current;
    }

    /** The selected codes, whose segments the segments pane lists. */
    public ObservableList<CodePath> selected() {
        return selected;
    }

    public ReadOnlyBooleanProperty loadedProperty() {
        return loaded.getReadOnlyProperty();
    }
}
