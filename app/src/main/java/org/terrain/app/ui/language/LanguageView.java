package org.terrain.app.ui.language;

import java.util.List;
import java.util.function.Supplier;
import javafx.beans.property.BooleanProperty;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.Dialog;
import javafx.scene.control.MenuItem;
import javafx.stage.Window;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;
import org.terrain.app.ui.common.DialogButtons;
import org.terrain.app.ui.common.ProgressDialog;
import org.terrain.app.ui.common.Theme;
import org.terrain.app.ui.common.UiText;

/**
 * The Outils menu's language items: « Analyse linguistique… » says how many sources are to analyse (or that
 * none are) and asks to start, shows the progress with « Annuler », then what was done, or how much memory
 * Java needs; « Afficher les entités nommées » lays the entities over the document.
 */
public final class LanguageView {
    private final LanguageViewModel viewModel;
    private final Supplier<Window> owner;
    private final BooleanProperty showEntities;
    private Dialog<ButtonType> progressDialog;

    /** @param showEntities whether the document shows the named entities (the document ViewModel's) */
    public LanguageView(LanguageViewModel viewModel, Supplier<Window> owner, BooleanProperty showEntities) {
        this.viewModel = viewModel;
        this.owner = owner;
        this.showEntities = showEntities;
        viewModel.planProperty().addListener((observable, before, plan) -> {
            if (plan != null) {
                confirm(plan);
            }
        });
        viewModel.outcomeProperty().addListener((observable, before, outcome) -> {
            if (outcome != null) {
                closeProgress();
                report(outcome);
            }
        });
        viewModel.task().runningProperty().addListener((observable, before, running) -> {
            if (!running) {
                closeProgress();
            }
        });
    }

    /** « Analyse linguistique… » and « Afficher les entités nommées », for the Outils menu. */
    public List<MenuItem> items() {
        MenuItem analyse = new MenuItem(UiText.get("menu.tools.language"), new FontIcon(Feather.CPU));
        analyse.setId("menu-language");
        analyse.disableProperty().bind(viewModel.task().runningProperty());
        analyse.setOnAction(event -> viewModel.prepare());
        CheckMenuItem entities = new CheckMenuItem(UiText.get("menu.tools.show_entities"));
        entities.setId("menu-show-entities");
        entities.selectedProperty().bindBidirectional(showEntities);
        return List.of(analyse, entities);
    }

    private void confirm(LanguageViewModel.Plan plan) {
        Alert alert = alert(plan.nothingToDo() ? Alert.AlertType.INFORMATION : Alert.AlertType.CONFIRMATION,
                "language-plan");
        if (plan.nothingToDo()) {
            alert.setHeaderText(UiText.get("language.plan.nothing", plan.total(), UiText.number(plan.total())));
            alert.setContentText(UiText.get("language.plan.nothing.detail"));
            alert.getButtonTypes().setAll(DialogButtons.OK);
            alert.show();
            return;
        }
        ButtonType start = new ButtonType(UiText.get("language.plan.start"), ButtonBar.ButtonData.OK_DONE);
        alert.setHeaderText(UiText.get("language.plan.header", plan.pending(), UiText.number(plan.pending()),
                plan.total(), UiText.number(plan.total())));
        alert.setContentText(UiText.get("language.plan.detail"));
        alert.getButtonTypes().setAll(start, DialogButtons.CANCEL);
        alert.setOnHidden(event -> {
            if (alert.getResult() == start) {
                viewModel.start();
                if (viewModel.task().isRunning()) {
                    progressDialog = ProgressDialog.show(owner.get(), "language-progress",
                            UiText.get("language.progress.title"), UiText.get("language.progress.header"),
                            viewModel.task(), viewModel::cancel);
                }
            }
        });
        alert.show();
    }

    private void report(LanguageViewModel.Outcome outcome) {
        boolean memory = outcome.kind() == LanguageViewModel.Outcome.Kind.NOT_ENOUGH_MEMORY;
        Alert alert = alert(memory ? Alert.AlertType.ERROR : Alert.AlertType.INFORMATION, "language-outcome");
        alert.setHeaderText(UiText.get(memory ? "language.outcome.memory" : "language.outcome.header"));
        alert.setContentText(outcome.text());
        alert.getButtonTypes().setAll(DialogButtons.OK);
        alert.show();
    }

    private Alert alert(Alert.AlertType type, String id) {
        Alert alert = new Alert(type);
        Window window = owner.get();
        if (window != null) {
            alert.initOwner(window);
        }
        alert.setTitle(UiText.get("language.title"));
        alert.getDialogPane().setId(id);
        alert.getDialogPane().setPrefWidth(520);
        Theme.apply(alert.getDialogPane());
        return alert;
    }

    private void closeProgress() {
        if (progressDialog != null) {
            Dialog<ButtonType> dialog = progressDialog;
            progressDialog = null;
            dialog.close();
        }
    }
}
