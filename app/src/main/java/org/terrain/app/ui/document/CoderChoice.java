package org.terrain.app.ui.document;

import javafx.geometry.Pos;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.util.StringConverter;
import org.terrain.app.ui.common.UiText;

/**
 * Under the document's title: whose codings the text shows, « Tous les codages », « Mes codages » or one
 * coder's. In blind mode (Affichage › Mode aveugle) it is held on the user's own and says why.
 */
final class CoderChoice extends HBox {
    CoderChoice(DocumentViewModel viewModel) {
        super(8);
        setAlignment(Pos.CENTER_LEFT);
        getStyleClass().add("coder-choice");
        ChoiceBox<String> choice = new ChoiceBox<>(viewModel.coders());
        choice.setId("document-coders");
        choice.setConverter(new StringConverter<>() {
            @Override
            public String toString(String value) {
                if (value == null || value.equals(DocumentViewModel.ALL_CODERS)) {
                    return UiText.get("document.coders.all");
                }
                return value.equals(DocumentViewModel.MY_CODINGS) ? UiText.get("document.coders.mine") : value;
            }

            @Override
            public String fromString(String text) {
                return text;
            }
        });
        choice.valueProperty().bindBidirectional(viewModel.coderShownProperty());
        choice.disableProperty().bind(viewModel.blindProperty());
        Label blind = new Label(UiText.get("document.coders.blind"));
        blind.setId("document-blind-note");
        blind.getStyleClass().add("entity-note");
        blind.visibleProperty().bind(viewModel.blindProperty());
        blind.managedProperty().bind(blind.visibleProperty());
        Label label = new Label(UiText.get("document.coders.label"));
        label.setLabelFor(choice);
        setTooltip(choice);
        getChildren().addAll(label, choice, blind);
    }

    private static void setTooltip(ChoiceBox<String> choice) {
        choice.setTooltip(new Tooltip(UiText.get("document.coders.tooltip")));
    }
}
