package org.terrain.app.ui.merge;

import java.nio.file.Path;
import java.util.List;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.terrain.app.ui.common.ProjectSession;
import org.terrain.app.ui.common.UiText;
import org.terrain.corpus.exchange.CopyMerge;
import org.terrain.corpus.importing.ImportService;
import org.terrain.corpus.store.ProjectMerge;

/**
 * « Fichier › Fusionner une copie… »: first what the copy (a project folder or a .qdpx) would bring, changing
 * nothing ({@link #preview}); then, if the user goes on, the merge itself ({@link #merge}), one action of the
 * log that Édition › Annuler takes back whole. Both run off the FX thread. FX thread only.
 */
public final class MergeViewModel {
    private final ProjectSession session;
    private final ReadOnlyObjectWrapper<MergeSummary> preview = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<MergeSummary> merged = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper refusal = new ReadOnlyStringWrapper();

    public MergeViewModel(ProjectSession session) {
        this.session = session;
    }

    /** Reads the copy and says what a merge would do: {@link #previewProperty()} is set once known. */
    public void preview(Path copy) {
        preview.set(null);
        refusal.set(null);
        session.read(UiText.get("task.merge_preview", String.valueOf(copy.getFileName())),
                store -> worded(copy, CopyMerge.preview(store, copy, null, maxBytes())), preview::set);
    }

    /** Merges the copy, as one action; {@link #mergedProperty()} says what came in. */
    public void merge(Path copy) {
        refusal.set(null);
        session.change(UiText.get("task.merge", String.valueOf(copy.getFileName())),
                store -> worded(copy, CopyMerge.merge(store, copy, null, maxBytes())),
                done -> UiText.get("status.merged", done.codingsAdded(), done.codesAdded(), copy.getFileName()),
                merged::set, refusal::set);
    }

    private static long maxBytes() {
        return Long.getLong("terrain.import.maxBytes", ImportService.DEFAULT_MAX_BYTES);
    }

    static MergeSummary worded(Path copy, ProjectMerge.Report report) {
        List<String> conflicts = report.conflicts().stream().map(MergeViewModel::sentence).toList();
        return new MergeSummary(copy, report.codingsAdded(), report.codesAdded(), report.codersAdded(),
                report.memosAdded(), report.sourcesMatched(), report.codingsPresent(), report.sourcesReanchored(),
                report.sourcesUnmatched(), conflicts, report.dryRun());
    }

    /** A conflict as the dialog says it: « Le code « Émotions » existe ici sous un autre identifiant… ». */
    static String sentence(ProjectMerge.Conflict conflict) {
        return UiText.get("merge.conflict." + conflict.kind(), conflict.subject(), conflict.detail());
    }

    /** What the copy would bring; null while it is read (or after a failure, said in the status bar). */
    public ReadOnlyObjectProperty<MergeSummary> previewProperty() {
        return preview.getReadOnlyProperty();
    }

    /** What the last merge brought. */
    public ReadOnlyObjectProperty<MergeSummary> mergedProperty() {
        return merged.getReadOnlyProperty();
    }

    /** Why the last merge was refused, worded; null when it was not. */
    public ReadOnlyStringProperty refusalProperty() {
        return refusal.getReadOnlyProperty();
    }
}
