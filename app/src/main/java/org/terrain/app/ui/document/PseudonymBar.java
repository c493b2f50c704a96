package org.terrain.app.ui.document;

import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;
import org.terrain.app.ui.common.UiText;

/**
 * Under the document's title: « Texte pseudonymisé », which shows the source as the exports write it (the menu
 * Affichage has the same switch), then, while on, how many names were replaced and why coding waits.
 */
final class PseudonymBar extends HBox {
    PseudonymBar(DocumentViewModel viewModel) {
        super(10);
        setAlignment(Pos.CENTER_LEFT);
        getStyleClass().add("pseudonym-bar");
        ToggleButton toggle = new ToggleButton(UiText.get("document.pseudonymised.toggle"),
                new FontIcon(Feather.SHIELD));
        toggle.setId("toggle-pseudonymised");
        toggle.setTooltip(new Tooltip(UiText.get("document.pseudonymised.tooltip")));
        toggle.selectedProperty().bindBidirectional(viewModel.pseudonymisedProperty());
        Label note = new Label();
        note.setId("pseudonym-note");
        note.getStyleClass().add("entity-note");
        note.setWrapText(true);
        note.textProperty().bind(viewModel.pseudonymNoteProperty());
        getChildren().addAll(toggle, note);
    }
}
