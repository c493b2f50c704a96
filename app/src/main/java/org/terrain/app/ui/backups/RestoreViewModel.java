package org.terrain.app.ui.backups;

import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.terrain.app.ui.common.Background;
import org.terrain.app.ui.common.UiText;
import org.terrain.corpus.store.Backups;
import org.terrain.corpus.store.ProjectLayout;

/**
 * « Projet › Restaurer une sauvegarde… »: the backups of the project in the window (or of the one that could
 * not be opened, which is when it is needed most), newest first, each with its date, size, why it was taken
 * and whether it passes SQLite's check. Restoring is handed to {@link Restorer}: the window lets the project go,
 * the engine restores (setting the current state aside as one more backup) and the project opens again. The
 * list is read off the FX thread: checking a backup reads it whole. FX thread only.
 */
public final class RestoreViewModel {
    /** Restores the backup of that name, then says on the FX thread, in one sentence, what happened. */
    @FunctionalInterface
    public interface Restorer {
        void restore(String backup, Consumer<String> done);
    }

    private final Background background;
    private final Supplier<Path> folder;
    private final Restorer restorer;
    private final ObservableList<BackupRow> rows = FXCollections.observableArrayList();
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper();
    private final ReadOnlyStringWrapper outcome = new ReadOnlyStringWrapper("");

    /** @param folder the folder of the project in the window, whether it opened or not */
    public RestoreViewModel(Background background, Supplier<Path> folder, Restorer restorer) {
        this.background = background;
        this.folder = folder;
        this.restorer = restorer;
    }

    /** Reads the list again (each backup checked). */
    public void load() {
        Path of = folder.get();
        busy.set(true);
        background.run(UiText.get("task.backups"), (progress, cancellation) -> rows(of), read -> {
            busy.set(false);
            rows.setAll(read);
        }, failure -> {
            busy.set(false);
            outcome.set(org.terrain.app.ui.common.ErrorText.of(failure));
        });
    }

    private static List<BackupRow> rows(Path folder) {
        return Backups.in(new ProjectLayout(folder)).checked().reversed().stream()
                .map(c -> new BackupRow(c.backup().name(), c.backup().taken(), c.size(), c.backup().reason(),
                        c.ok()))
                .toList();
    }

    /** Restores {@code row} (the dialog asked first); a damaged backup is refused here already. */
    public void restore(BackupRow row) {
        if (row == null || !row.ok() || busy.get()) {
            return;
        }
        busy.set(true);
        restorer.restore(row.name(), said -> {
            outcome.set(said);
            load();
        });
    }

    /** The backups, newest first. */
    public ObservableList<BackupRow> rows() {
        return rows;
    }

    /** True while the list is read or a restore runs. */
    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    /** What the last restore did, in one sentence (empty before any). */
    public ReadOnlyStringProperty outcomeProperty() {
        return outcome.getReadOnlyProperty();
    }
}
