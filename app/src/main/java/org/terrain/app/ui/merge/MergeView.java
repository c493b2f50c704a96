package org.terrain.app.ui.merge;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.MenuItem;
import javafx.scene.layout.VBox;
import javafx.stage.DirectoryChooser;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;
import org.terrain.app.ui.common.DialogButtons;
import org.terrain.app.ui.common.FileDialogs;
import org.terrain.app.ui.common.Theme;
import org.terrain.app.ui.common.UiText;

/**
 * « Fichier › Fusionner une copie… »: the copy chosen (a colleague's project folder, or a .qdpx), a report of
 * what it would bring — codings, codes, sources found corrected or not found, conflicts — and only then, on
 * « Fusionner », the merge. A report with nothing to add offers only to close.
 */
public final class MergeView {
    private final MergeViewModel viewModel;
    private final Supplier<Window> owner;
    private Dialog<ButtonType> shown;

    public MergeView(MergeViewModel viewModel, Supplier<Window> owner) {
        this.viewModel = viewModel;
        this.owner = owner;
        viewModel.previewProperty().addListener((observable, before, summary) -> {
            if (summary != null) {
                showPreview(summary);
            }
        });
        viewModel.refusalProperty().addListener((observable, before, why) -> {
            if (why != null) {
                refused(why);
            }
        });
    }

    /** The Fichier menu's item. */
    public MenuItem item() {
        MenuItem merge = new MenuItem(UiText.get("menu.file.merge"), new FontIcon(Feather.GIT_MERGE));
        merge.setId("menu-merge");
        merge.setOnAction(event -> choose());
        return merge;
    }

    private void choose() {
        ButtonType folder = new ButtonType(UiText.get("merge.choose.folder"), ButtonBar.ButtonData.LEFT);
        ButtonType file = new ButtonType(UiText.get("merge.choose.file"), ButtonBar.ButtonData.OK_DONE);
        Alert ask = new Alert(Alert.AlertType.CONFIRMATION, UiText.get("merge.choose.text"), folder, file,
                DialogButtons.CANCEL);
        ask.initOwner(owner.get());
        ask.setTitle(UiText.get("merge.title"));
        ask.setHeaderText(UiText.get("merge.choose.header"));
        Theme.apply(ask.getDialogPane());
        Optional<ButtonType> answer = ask.showAndWait();
        Optional<Path> copy = Optional.empty();
        if (answer.filter(folder::equals).isPresent()) {
            DirectoryChooser chooser = new DirectoryChooser();
            chooser.setTitle(UiText.get("merge.choose.folder"));
            copy = FileDialogs.folder(chooser, owner.get());
        } else if (answer.filter(file::equals).isPresent()) {
            FileChooser chooser = new FileChooser();
            chooser.setTitle(UiText.get("merge.choose.file"));
            chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(UiText.get("import.filter.refi"),
                    "*.qdpx", "*.qde"));
            copy = FileDialogs.open(chooser, owner.get());
        }
        copy.ifPresent(this::previewThenMerge);
    }

    /**
     * Reads the copy and shows what merging it would do, then merges it if the user says so (where the choosers
     * lead; public so that the window tests, which cannot drive a native chooser, start here).
     */
    public void previewThenMerge(Path copy) {
        viewModel.preview(copy);
    }

    private void showPreview(MergeSummary summary) {
        if (shown != null) {
            shown.close();
        }
        Dialog<ButtonType> dialog = new Dialog<>();
        dialog.initOwner(owner.get());
        dialog.setTitle(UiText.get("merge.title"));
        dialog.setHeaderText(summary.nothingToAdd() ? UiText.get("merge.preview.nothing", summary.copy().getFileName())
                : UiText.get("merge.preview.header", summary.copy().getFileName()));
        ListView<String> lines = new ListView<>();
        lines.setId("merge-preview-lines");
        lines.getItems().setAll(lines(summary));
        lines.setPrefSize(640, Math.max(160, Math.min(420, 40 + 26 * lines.getItems().size())));
        Label undo = new Label(UiText.get("merge.preview.undo"));
        undo.setWrapText(true);
        dialog.getDialogPane().setContent(new VBox(8, lines, undo));
        ButtonType merge = new ButtonType(UiText.get("merge.preview.confirm"), ButtonBar.ButtonData.OK_DONE);
        if (summary.nothingToAdd()) {
            dialog.getDialogPane().getButtonTypes().add(DialogButtons.CLOSE);
        } else {
            dialog.getDialogPane().getButtonTypes().addAll(merge, DialogButtons.CANCEL);
            dialog.getDialogPane().lookupButton(merge).setId("merge-confirm");
        }
        dialog.getDialogPane().setId("merge-preview");
        dialog.setResizable(true);
        Theme.apply(dialog.getDialogPane());
        dialog.setOnHidden(event -> {
            shown = null;
            if (dialog.getResult() == merge) {
                viewModel.merge(summary.copy());
            }
        });
        shown = dialog;
        dialog.show();
    }

    /** The report's lines: the counts first, then each source and conflict to know of. */
    static List<String> lines(MergeSummary summary) {
        List<String> out = new ArrayList<>();
        out.add(UiText.get("merge.preview.codings", summary.codingsAdded(), summary.codingsPresent()));
        out.add(UiText.get("merge.preview.codes", summary.codesAdded(), summary.codersAdded(), summary.memosAdded()));
        out.add(UiText.get("merge.preview.sources", summary.sourcesMatched(), summary.unmatched().size()));
        summary.reanchored().forEach(name -> out.add(UiText.get("merge.preview.reanchored", name)));
        summary.unmatched().forEach(name -> out.add(UiText.get("merge.preview.unmatched", name)));
        out.addAll(summary.conflicts());
        return out;
    }

    private void refused(String why) {
        Alert alert = new Alert(Alert.AlertType.WARNING, why, DialogButtons.CLOSE);
        alert.initOwner(owner.get());
        alert.setTitle(UiText.get("merge.title"));
        alert.setHeaderText(UiText.get("merge.refused"));
        alert.getDialogPane().setId("merge-refused");
        Theme.apply(alert.getDialogPane());
        alert.show();
    }
}
