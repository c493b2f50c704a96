package org.terrain.app.ui.language;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import java.util.stream.Collectors;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.terrain.app.ui.common.ProjectSession;
import org.terrain.app.ui.common.ReadWhileShown;
import org.terrain.app.ui.common.UiText;
import org.terrain.app.ui.exchange.NamedFileExport;
import org.terrain.corpus.exchange.CsvDialect;
import org.terrain.corpus.exchange.ExportTarget;
import org.terrain.corpus.model.EntityMention;
import org.terrain.corpus.model.Span;
import org.terrain.corpus.store.AnnotationStore;
import org.terrain.corpus.store.ProjectStore;
import org.terrain.corpus.store.SourceStore;

/**
 * « Entités »: the named entities of the project (people, places, organisations…) found by the language
 * analysis, most mentioned first, filtered by type; opening one shows a mention of it in its source, and
 * opening it again the next mention, through every source that has it. Exported as CSV, the list is where a
 * pseudonymisation table starts. Read only while the list is on screen ({@link #activeProperty()}): a project
 * change marks it stale, and it is read again once shown. FX thread only.
 */
public final class EntitiesViewModel {
    /** What a read hands back: the rows, and whether any source is analysed (to say why the list is empty). */
    private record Found(long generation, List<EntityRow> rows, boolean analysed) {
    }

    /** One mention, where it is. */
    private record Place(String source, Span span) {
    }

    private final ProjectSession session;
    private final ObjectProperty<EntityTypeChoice> type = new SimpleObjectProperty<>(EntityTypeChoice.ALL);
    /** Only the entities of the source shown in the document (the list per source), or the project's. */
    private final BooleanProperty shownSourceOnly = new SimpleBooleanProperty();
    private final BooleanProperty realNames = new SimpleBooleanProperty(false);
    private final ObjectProperty<String> shownSource = new SimpleObjectProperty<>();
    private final ReadWhileShown reads = new ReadWhileShown(false, this::read);
    private final ObservableList<EntityRow> rows = FXCollections.observableArrayList();
    private final ObservableList<EntityRow> readOnlyRows = FXCollections.unmodifiableObservableList(rows);
    private final ReadOnlyStringWrapper count = new ReadOnlyStringWrapper("");
    private BiConsumer<String, Span> onOpen = (source, span) -> { };
    private long generation;
    private EntityRow lastOpened;
    private int nextMention;

    public EntitiesViewModel(ProjectSession session) {
        this.session = session;
        session.revisionProperty().addListener((observable, before, now) -> refresh());
        type.addListener((observable, before, now) -> refresh());
        shownSourceOnly.addListener((observable, before, now) -> refresh());
        shownSource.addListener((observable, before, now) -> {
            if (shownSourceOnly.get()) {
                refresh();
            }
        });
    }

    /** Reads the list again now if it is on screen, else once it is. */
    public void refresh() {
        reads.request();
    }

    private void read() {
        long asked = ++generation;
        String only = type.get() == null ? null : type.get().type();
        String source = shownSourceOnly.get() ? shownSource.get() : null;
        if (shownSourceOnly.get() && source == null) {
            found(new Found(asked, List.of(), true));
            return;
        }
        session.read(store -> new Found(asked, rows(store.annotations().entities(source, only)),
                store.annotations().anyCurrent()), this::found);
    }

    private static List<EntityRow> rows(List<AnnotationStore.EntitySummary> entities) {
        return entities.stream().map(e -> new EntityRow(e.text(), e.type(), e.count(), e.sources())).toList();
    }

    private void found(Found found) {
        if (found.generation() != generation) {
            return; // a newer read was asked meanwhile
        }
        rows.setAll(found.rows());
        count.set(countText(found.rows(), found.analysed()));
        if (!found.rows().contains(lastOpened)) {
            lastOpened = null;
        }
    }

    /** « 42 entités, 128 mentions », or why there are none. */
    static String countText(List<EntityRow> rows, boolean analysed) {
        if (rows.isEmpty()) {
            return UiText.get(analysed ? "entities.list.none" : "entities.list.not_analysed");
        }
        long mentions = rows.stream().mapToLong(EntityRow::count).sum();
        return UiText.get("entities.list.count", rows.size(), UiText.number(rows.size()), mentions,
                UiText.number(mentions));
    }

    /**
     * Shows a mention of the entity in its source: the first one, then on each new opening of the same entity
     * the next one, through its sources in turn, back to the first after the last.
     */
    public void open(EntityRow row) {
        session.read(store -> places(store, row), places -> {
            if (places.isEmpty()) {
                return;
            }
            nextMention = row.equals(lastOpened) ? (nextMention + 1) % places.size() : 0;
            lastOpened = row;
            Place place = places.get(nextMention);
            session.hint(UiText.get("entities.opened", nextMention + 1, places.size(), row.text(), place.source()));
            onOpen.accept(place.source(), place.span());
        });
    }

    private static List<Place> places(ProjectStore store, EntityRow row) {
        Map<String, Long> ids = store.sources().versions().stream()
                .collect(Collectors.toMap(SourceStore.Version::name, SourceStore.Version::id, (a, b) -> a));
        List<Place> out = new ArrayList<>();
        for (String source : row.sources()) {
            Long id = ids.get(source);
            if (id == null) {
                continue;
            }
            for (EntityMention mention : store.annotations().mentions(id)) {
                if (mention.text().equals(row.text()) && mention.type().equals(row.type())) {
                    out.add(new Place(source, new Span(mention.start(), mention.end())));
                }
            }
        }
        return out;
    }

    /**
     * Writes the listed entities (with the type filter) to a CSV file; the status bar says so. Once the
     * pseudonym table has an entry the list is all names: each entity that is an original of the table is
     * written as its replacement, the others (names not yet decided, which no leak check could know) are left
     * out, and the sources' names go through the table too; « Exporter les noms réels » writes the list as it
     * is (logged).
     */
    public void exportCsv(Path file) {
        List<EntityRow> snapshot = List.copyOf(rows);
        CsvDialect dialect = UiText.csvDialect();
        boolean real = realNames.get();
        session.read(UiText.get("task.export", file.getFileName()), store -> {
            int[] written = {snapshot.size()};
            boolean logged = NamedFileExport.text(store, file, "entities_csv", real, names -> {
                List<EntityRow> kept = names.pseudonymised() ? pseudonymised(snapshot, names) : snapshot;
                written[0] = kept.size();
                EntitiesCsv.write(kept, ExportTarget.of(store.layout(), file), dialect);
            });
            return new int[] {written[0], logged ? 1 : 0};
        }, done -> session.hint(NamedFileExport.said(UiText.get("status.entities_exported", done[0],
                UiText.number(done[0]), file.toString()), done[1] == 1)));
    }

    /**
     * The entities that are, whole, an original of the table, as their replacements, with their sources' names
     * rewritten; « Jean Dupont » with only « Jean » in the table would still name Dupont: left out.
     */
    private static List<EntityRow> pseudonymised(List<EntityRow> rows, NamedFileExport.Names names) {
        List<EntityRow> kept = new ArrayList<>();
        for (EntityRow row : rows) {
            if (names.isOriginal(row.text())) {
                kept.add(new EntityRow(names.apply(row.text()), row.type(), row.count(),
                        row.sources().stream().map(names::apply).toList()));
            }
        }
        return kept;
    }

    /**
     * « Exporter les noms réels » (bound to Fichier › Exporter's): off, the exported list goes through the
     * pseudonym table once it has an entry; on, it carries the real names and the operation log says so.
     */
    public BooleanProperty realNamesProperty() {
        return realNames;
    }

    /** Who shows a mention in its source (the main ViewModel, which knows the sources and the document). */
    public void setOnOpen(BiConsumer<String, Span> action) {
        this.onOpen = action;
    }

    public ObjectProperty<EntityTypeChoice> typeProperty() {
        return type;
    }

    /** Bound to the « source affichée » box of the tab. */
    public BooleanProperty shownSourceOnlyProperty() {
        return shownSourceOnly;
    }

    /** Bound to the document's shown source. */
    public ObjectProperty<String> shownSourceProperty() {
        return shownSource;
    }

    public BooleanProperty activeProperty() {
        return reads.shownProperty();
    }

    public ObservableList<EntityRow> rows() {
        return readOnlyRows;
    }

    /** « 42 entités, 128 mentions », or why the list is empty; "" before the first read. */
    public ReadOnlyStringProperty countProperty() {
        return count.getReadOnlyProperty();
    }
}
