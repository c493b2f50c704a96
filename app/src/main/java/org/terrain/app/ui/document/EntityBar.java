package org.terrain.app.ui.document;

import javafx.scene.control.Label;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;
import org.terrain.app.ui.common.EntityTypes;
import org.terrain.app.ui.common.UiText;

/**
 * Under the document's title: « Entités nommées », which lays the source's named entities over its text (off
 * by default), then, while on, the legend of the types' colours and how many mentions there are, or why there
 * are none to show (no language analysis of this text yet).
 */
final class EntityBar extends HBox {
    private final HBox legend = new HBox(10);
    private final Label note = new Label();

    EntityBar(DocumentViewModel viewModel) {
        super(10);
        getStyleClass().add("entity-bar");
        ToggleButton toggle = new ToggleButton(UiText.get("entities.toggle"), new FontIcon(Feather.USERS));
        toggle.setId("toggle-entities");
        toggle.getStyleClass().add("entity-toggle");
        toggle.setTooltip(new Tooltip(UiText.get("entities.toggle.tooltip")));
        toggle.selectedProperty().bindBidirectional(viewModel.showEntitiesProperty());
        for (String type : EntityTypes.ALL) {
            Region swatch = new Region();
            swatch.getStyleClass().addAll("entity-swatch", EntityTypes.styleClass(type));
            Label label = new Label(EntityTypes.name(type), swatch);
            label.getStyleClass().add("entity-legend-item");
            legend.getChildren().add(label);
        }
        legend.setId("entity-legend");
        note.setId("entity-note");
        note.getStyleClass().add("entity-note");
        note.setWrapText(true);
        getChildren().addAll(toggle, legend, note);
        viewModel.entitiesProperty().addListener((observable, before, layer) -> show(layer));
        show(viewModel.entitiesProperty().get());
    }

    private void show(EntityLayer layer) {
        boolean shown = layer.state() == EntityLayer.State.SHOWN;
        legend.setVisible(shown && !layer.marks().isEmpty());
        legend.setManaged(legend.isVisible());
        note.setText(switch (layer.state()) {
            case HIDDEN -> "";
            case NOT_ANALYSED -> UiText.get("entities.not_analysed");
            case NO_ENTITIES -> UiText.get("entities.no_entities");
            case SHOWN -> UiText.get("entities.count", layer.marks().size(), UiText.number(layer.marks().size()));
        });
    }

    /** What hovering a mention says: « Lyon : lieu (LOC) ». */
    static String description(EntityMark mark) {
        return UiText.get("entities.hover", mark.text(), EntityTypes.name(mark.type()), mark.type());
    }
}
