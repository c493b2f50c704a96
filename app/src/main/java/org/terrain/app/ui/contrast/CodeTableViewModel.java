package org.terrain.app.ui.contrast;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.UnaryOperator;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.terrain.app.ui.common.ErrorText;
import org.terrain.app.ui.common.ProjectSession;
import org.terrain.app.ui.common.UiText;
import org.terrain.app.ui.exchange.NamedFileExport;
import org.terrain.corpus.analysis.CodeTable;
import org.terrain.corpus.analysis.CodeTables;
import org.terrain.corpus.errors.TerrainException;
import org.terrain.corpus.exchange.CsvDialect;
import org.terrain.corpus.exchange.ExportTarget;
import org.terrain.corpus.store.CodeInfo;
import org.terrain.corpus.store.ProjectStore;
import org.terrain.corpus.store.SourceStore;

/**
 * « Codes × parties »: a partition of the corpus ({@code kind}, {@code case} or {@code attr:KEY}), a measure, and
 * the code × part table the engine computes, in the background, for the heat map. The table is read again after
 * every change of the project. FX thread only.
 */
public final class CodeTableViewModel {
    /** What a cell shows. */
    public enum Measure {
        SEGMENTS, SOURCES, COVERAGE, ROW_PERCENT, COLUMN_PERCENT;

        /** Whether the value is a percentage (decimals) rather than a count. */
        public boolean percent() {
            return this == COVERAGE || this == ROW_PERCENT || this == COLUMN_PERCENT;
        }
    }

    /** A table with each code's colour ({@code #RRGGBB}, or null). */
    public record Shown(CodeTable table, Map<String, String> colours) {
    }

    /** A heat map ready to draw: headings, then one row per code. */
    public record Grid(List<String> headings, List<GridRow> rows) {
    }

    /** A code, its colour ({@code #RRGGBB} or null) and its cells, in the order of the headings. */
    public record GridRow(String code, String colour, List<GridCell> cells) {
    }

    /**
     * A cell: its value as written, its share of the table's largest value (0–1: the shade) and the three
     * counts, as the tooltip writes them.
     */
    public record GridCell(String text, double share, String tooltip) {
    }

    private record Outcome(String partition, Shown shown, List<String> partitions, String error) {
    }

    private final ProjectSession session;
    private final BooleanProperty realNames = new SimpleBooleanProperty(false);
    private final StringProperty partition = new SimpleStringProperty("kind");
    private final ObjectProperty<Measure> measure = new SimpleObjectProperty<>(Measure.SEGMENTS);
    private final ObservableList<String> partitions = FXCollections.observableArrayList("kind", "case");
    private final ReadOnlyObjectWrapper<Shown> shown = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<Grid> grid = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper();
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper(UiText.get("codetable.placeholder"));
    private long runs;

    public CodeTableViewModel(ProjectSession session) {
        this.session = session;
        shown.addListener((observable, before, now) -> regrid());
        measure.addListener((observable, before, now) -> regrid());
        session.revisionProperty().addListener((observable, before, now) -> {
            if (shown.get() != null) {
                compute();
            }
        });
    }

    /** The partitions a project offers: kind, case, then one per source attribute, by name. */
    static List<String> partitions(ProjectStore store) {
        TreeSet<String> names = new TreeSet<>(java.text.Collator.getInstance(java.util.Locale.FRENCH));
        for (SourceStore.Version version : store.sources().versions()) {
            names.addAll(store.sources().get(version.name()).attributes().keySet());
        }
        List<String> out = new ArrayList<>(List.of("kind", "case"));
        names.forEach(name -> out.add("attr:" + name));
        return out;
    }

    /** Reads the table of the chosen partition in the background. */
    public void compute() {
        String chosen = partition.get() == null || partition.get().isBlank() ? "kind" : partition.get().strip();
        long run = ++runs;
        running.set(true);
        session.read(UiText.get("task.codetable"), store -> {
            List<String> offered = partitions(store);
            try {
                return new Outcome(chosen, read(store, chosen), offered, null);
            } catch (TerrainException known) {
                return new Outcome(chosen, null, offered, ErrorText.of(known));
            }
        }, outcome -> done(run, outcome));
    }

    static Shown read(ProjectStore store, String partition) {
        CodeTable table = new CodeTables(store).table(partition);
        Map<String, String> colours = new LinkedHashMap<>();
        for (CodeInfo info : store.codes().list()) {
            colours.put(info.path().toString(), info.code().color());
        }
        return new Shown(table, colours);
    }

    private void done(long run, Outcome outcome) {
        if (run != runs) {
            return;
        }
        running.set(false);
        String kept = partition.get();
        if (!partitions.equals(outcome.partitions())) {
            partitions.setAll(outcome.partitions());
        }
        if (kept != null && !kept.equals(partition.get())) {
            partition.set(kept);
        }
        if (outcome.error() != null) {
            shown.set(null);
            summary.set(outcome.error());
            return;
        }
        shown.set(outcome.shown());
        summary.set(UiText.get("codetable.summary", outcome.shown().table().rows().size(),
                outcome.shown().table().parts().size(), label(outcome.partition())));
    }

    /** « genre », « cas », « attribut : âge ». */
    public static String label(String partition) {
        if (partition == null) {
            return "";
        }
        if (partition.startsWith("attr:")) {
            return UiText.get("codetable.partition.attr", partition.substring(5));
        }
        return switch (partition) {
            case "kind" -> UiText.get("codetable.partition.kind");
            case "case" -> UiText.get("codetable.partition.case");
            default -> partition;
        };
    }

    private void regrid() {
        Shown now = shown.get();
        grid.set(now == null || measure.get() == null ? null : grid(now, measure.get()));
    }

    /** The heat map of a table for a measure. */
    static Grid grid(Shown shown, Measure measure) {
        CodeTable table = shown.table();
        double max = max(table, measure);
        List<String> headings = table.parts().stream().map(part -> partLabel(table.partition(), part)).toList();
        List<GridRow> rows = new ArrayList<>();
        for (CodeTable.Row row : table.rows()) {
            List<GridCell> cells = new ArrayList<>();
            for (int c = 0; c < table.parts().size(); c++) {
                String part = table.parts().get(c);
                double value = value(row, part, measure);
                CodeTable.Cell counts = row.cells().get(part);
                cells.add(new GridCell(text(value, measure), max <= 0 ? 0 : value / max,
                        UiText.get("codetable.tooltip", row.code(), headings.get(c)) + "\n"
                                + UiText.get("codetable.counts", counts.segments(), counts.documents(),
                                String.format(UiText.locale(), "%.1f", counts.coverage()))));
            }
            String colour = shown.colours().get(row.code());
            rows.add(new GridRow(row.code(), colour != null && colour.matches("#[0-9a-fA-F]{6}") ? colour : null,
                    List.copyOf(cells)));
        }
        return new Grid(headings, List.copyOf(rows));
    }

    /** A part as a heading: a kind by its name in the interface (« entretiens »), any other as it is. */
    public static String partLabel(String partition, String part) {
        if ("kind".equals(partition) && List.of("interview", "discourse", "observation").contains(part)) {
            return UiText.get("search.kind." + part);
        }
        return part;
    }

    /** A cell's value for a measure. */
    public static double value(CodeTable.Row row, String part, Measure measure) {
        CodeTable.Cell cell = row.cells().get(part);
        return switch (measure) {
            case SEGMENTS -> cell.segments();
            case SOURCES -> cell.documents();
            case COVERAGE -> cell.coverage();
            case ROW_PERCENT -> row.rowPercents().getOrDefault(part, 0.0);
            case COLUMN_PERCENT -> row.columnPercents().getOrDefault(part, 0.0);
        };
    }

    /** The largest value of the table for a measure (0 when empty): the darkest shade. */
    public static double max(CodeTable table, Measure measure) {
        double max = 0;
        for (CodeTable.Row row : table.rows()) {
            for (String part : table.parts()) {
                max = Math.max(max, value(row, part, measure));
            }
        }
        return max;
    }

    /** A value as a cell writes it: a count, or a percentage with one decimal. */
    public static String text(double value, Measure measure) {
        return measure.percent() ? String.format(UiText.locale(), "%.1f", value) : UiText.number(Math.round(value));
    }

    /**
     * Writes the table shown, with the measure shown, as CSV in the background; its codes and parts (cases,
     * attribute values) through the pseudonym table once it has an entry, then the leak check, unless
     * « Exporter les noms réels » is on.
     */
    public void exportCsv(Path file) {
        Shown snapshot = shown.get();
        Measure chosen = measure.get();
        if (snapshot == null) {
            return;
        }
        CsvDialect dialect = UiText.csvDialect();
        boolean real = realNames.get();
        session.read(UiText.get("task.export", file.getFileName()), store -> NamedFileExport.text(store, file,
                        "codetable_csv", real, names -> CodeTableCsv.write(snapshot.table(), chosen,
                                ExportTarget.of(store.layout(), file), dialect, names::apply)),
                logged -> session.hint(NamedFileExport.said(
                        UiText.get("codetable.exported_csv", file.toString()), logged)));
    }

    /**
     * Reads how the heat map's codes and parts are to be drawn for a PNG — through the pseudonym table once it
     * has an entry, unless « Exporter les noms réels » is on — and hands it to {@code draw} on the FX thread,
     * which draws {@link #renamed} with it and calls {@link #exportPng(int, int, int[], Path, UnaryOperator)}.
     */
    public void drawForPng(java.util.function.Consumer<UnaryOperator<String>> draw) {
        boolean real = realNames.get();
        session.read(store -> NamedFileExport.drawing(store, real), draw);
    }

    /** Writes a snapshot drawn with the labels as they are: see {@link #exportPng(int, int, int[], Path, UnaryOperator)}. */
    public void exportPng(int width, int height, int[] argb, Path file) {
        exportPng(width, height, argb, file, UnaryOperator.identity());
    }

    /**
     * Writes the heat map's snapshot (ARGB pixels, row by row) as PNG in the background, its codes and parts
     * drawn through {@code drawnWith}; once the pseudonym table has an entry, not when one of them as drawn
     * still holds a name (a PNG cannot be searched), unless « Exporter les noms réels » is on.
     */
    public void exportPng(int width, int height, int[] argb, Path file, UnaryOperator<String> drawnWith) {
        Grid drawn = grid.get();
        List<String> labels = new ArrayList<>();
        if (drawn != null) {
            Grid named = renamed(drawn, drawnWith);
            labels.addAll(named.headings());
            named.rows().forEach(row -> labels.add(row.code()));
        }
        boolean real = realNames.get();
        session.read(UiText.get("task.export", file.getFileName()), store -> NamedFileExport.picture(store, file,
                        "codetable_png", real, labels, () -> ContrastViewModel.writePng(width, height, argb,
                                ExportTarget.of(store.layout(), file))),
                logged -> session.hint(NamedFileExport.said(
                        UiText.get("contrast.exported_png", file.toString()), logged)));
    }

    /** Writes the heat map shown as SVG in the background, as the CSV. */
    public void exportSvg(Path file) {
        Shown snapshot = shown.get();
        Measure chosen = measure.get();
        if (snapshot == null) {
            return;
        }
        String title = UiText.get("codetable.svg.title", label(snapshot.table().partition()),
                UiText.get("codetable.measure." + chosen.name().toLowerCase(java.util.Locale.ROOT)));
        Grid drawn = grid(snapshot, chosen);
        boolean real = realNames.get();
        session.read(UiText.get("task.export", file.getFileName()), store -> NamedFileExport.text(store, file,
                        "codetable_svg", real, names -> ExportTarget.of(store.layout(), file).writeText(out ->
                                Svg.heatMap(renamed(drawn, names::apply), names.apply(title), out))),
                logged -> session.hint(NamedFileExport.said(
                        UiText.get("codetable.exported_svg", file.toString()), logged)));
    }

    /** A heat map with its headings, codes and tooltips written through {@code names}. */
    static Grid renamed(Grid grid, UnaryOperator<String> names) {
        List<GridRow> rows = grid.rows().stream().map(row -> new GridRow(names.apply(row.code()), row.colour(),
                row.cells().stream().map(cell -> new GridCell(cell.text(), cell.share(),
                        names.apply(cell.tooltip()))).toList())).toList();
        return new Grid(grid.headings().stream().map(names::apply).toList(), rows);
    }

    /** « Exporter les noms réels »: on, the exports carry the real names (logged); bound to the contrast's. */
    public BooleanProperty realNamesProperty() {
        return realNames;
    }

    public StringProperty partitionProperty() {
        return partition;
    }

    public ObjectProperty<Measure> measureProperty() {
        return measure;
    }

    /** kind, case, attr:… */
    public ObservableList<String> partitions() {
        return partitions;
    }

    /** The table shown, or null before the first (or after an error). */
    public ReadOnlyObjectProperty<Shown> shownProperty() {
        return shown.getReadOnlyProperty();
    }

    /** The heat map of the table shown with the measure chosen; null when there is none. */
    public ReadOnlyObjectProperty<Grid> gridProperty() {
        return grid.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty runningProperty() {
        return running.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }
}
