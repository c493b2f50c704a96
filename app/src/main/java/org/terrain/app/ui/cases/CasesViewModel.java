package org.terrain.app.ui.cases;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.terrain.app.ui.common.ProjectSession;
import org.terrain.app.ui.common.UiText;
import org.terrain.corpus.importing.CasesTable;
import org.terrain.corpus.model.AttributeType;
import org.terrain.corpus.model.SourceSummary;
import org.terrain.corpus.store.AttributeColumn;
import org.terrain.corpus.store.CaseInfo;
import org.terrain.corpus.store.ProjectStore;

/**
 * « Cas et attributs » : the cases × attributes table (a row per case, a column per attribute with its type),
 * and which case each source belongs to. Every edit — a case or an attribute added, a cell set or emptied, a
 * source assigned, a CSV imported — is one action of the store, so Ctrl+Z takes it back; the table is read
 * again after every change of the project, whoever made it. A source inherits its case's values. FX thread only.
 */
public final class CasesViewModel {
    /** The table as read in the background. */
    private record Table(List<CaseColumn> columns, List<CaseRow> rows, List<SourceCase> sources) {
    }

    private final ProjectSession session;
    private final ObservableList<CaseColumn> columns = FXCollections.observableArrayList();
    private final ObservableList<CaseRow> rows = FXCollections.observableArrayList();
    private final ObservableList<SourceCase> sources = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper refusal = new ReadOnlyStringWrapper("");
    private Runnable onSourcesChanged = () -> { };
    private boolean active;

    public CasesViewModel(ProjectSession session) {
        this.session = session;
        session.revisionProperty().addListener((observable, before, now) -> {
            if (active) {
                load();
            }
        });
    }

    /** Starts showing the table; it follows every change until {@link #close}. */
    public void open() {
        active = true;
        refusal.set(""); // a refusal from the last time the dialog was open is no news
        load();
    }

    public void close() {
        active = false;
    }

    private void load() {
        session.read(CasesViewModel::read, table -> {
            columns.setAll(table.columns());
            rows.setAll(table.rows());
            sources.setAll(table.sources());
        });
    }

    private static Table read(ProjectStore store) {
        List<CaseColumn> columns = new ArrayList<>();
        for (AttributeColumn column : store.cases().columns()) {
            columns.add(new CaseColumn(column.name(), ColumnType.valueOf(column.type().name())));
        }
        List<CaseRow> rows = new ArrayList<>();
        for (CaseInfo info : store.cases().list()) {
            rows.add(new CaseRow(info.name(), info.attributes(), info.sources()));
        }
        List<SourceCase> sources = new ArrayList<>();
        for (SourceSummary summary : store.sources().summaries()) {
            sources.add(new SourceCase(summary.name(), summary.caseName() == null ? "" : summary.caseName()));
        }
        return new Table(columns, rows, sources);
    }

    /** A new, empty case (a row). */
    public void addCase(String name) {
        session.change(UiText.get("task.cases"), store -> {
            store.cases().addCase(name);
            return name.strip();
        }, added -> UiText.get("status.case_added", added));
    }

    /** A new attribute (a column) whose values must fit {@code type}. */
    public void addAttribute(String name, ColumnType type) {
        session.change(UiText.get("task.cases"), store -> {
            store.cases().addAttribute(name, AttributeType.valueOf(type.name()));
            return name.strip();
        }, added -> UiText.get("status.attribute_added", added, type.label()));
    }

    /** Sets one cell; a blank value empties it. A value that does not fit the column's type is refused. */
    public void setValue(String caseName, String attribute, String value) {
        refusal.set("");
        String kept = value == null ? "" : value.strip();
        CaseRow row = rows.stream().filter(r -> r.name().equals(caseName)).findFirst().orElse(null);
        if (row != null && row.value(attribute).equals(kept)) {
            return;
        }
        session.change(UiText.get("task.cases"), store -> {
            store.cases().setValue(caseName, attribute, kept);
            return kept;
        }, done -> UiText.get(done.isEmpty() ? "status.case_value_cleared" : "status.case_value_set", caseName,
                attribute, done), done -> refusal.set(""), reason -> {
                    refusal.set(reason);
                    load(); // the table drops what was typed and shows the stored value again
                });
    }

    /** Why the last value typed in the table was refused ("" when it was not): shown under the table. */
    public ReadOnlyStringProperty refusalProperty() {
        return refusal.getReadOnlyProperty();
    }

    /** Attaches a source to a case; a blank case detaches it. The sources pane regroups it. */
    public void assign(String source, String caseName) {
        String kept = caseName == null || caseName.isBlank() ? null : caseName.strip();
        session.change(UiText.get("task.cases"), store -> {
            store.cases().assign(source, kept);
            return source;
        }, done -> kept == null ? UiText.get("status.source_no_case", source)
                : UiText.get("status.source_assigned", source, kept), done -> onSourcesChanged.run());
    }

    /**
     * Sets the table from a spreadsheet saved as CSV (first column the case, then the attributes, an optional
     * column {@code sources}): one action; a file with an unknown source changes nothing and says why.
     */
    public void importCsv(Path file) {
        session.change(UiText.get("task.cases_import", file.getFileName()), store -> {
            CasesTable table = CasesTable.read(file);
            store.cases().importTable(table.values(), table.types(), table.sources());
            return table;
        }, table -> UiText.get("status.cases_imported", table.values().size(), table.attributes().size()),
                table -> onSourcesChanged.run());
    }

    /** Who hears that sources changed case (the sources pane groups them again). */
    public void setOnSourcesChanged(Runnable handler) {
        this.onSourcesChanged = handler;
    }

    public ObservableList<CaseColumn> columns() {
        return columns;
    }

    public ObservableList<CaseRow> rows() {
        return rows;
    }

    public ObservableList<SourceCase> sources() {
        return sources;
    }

    /** The case names, for the choice of a source's case. */
    public List<String> caseNames() {
        return rows.stream().map(CaseRow::name).toList();
    }
}
