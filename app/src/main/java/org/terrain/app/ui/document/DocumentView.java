package org.terrain.app.ui.document;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;

/**
 * The selected source, read-only: a heading, then the text in a reading column, one paragraph per line of the
 * canonical text (a turn, in a transcript), with turn labels standing apart from speech. Plain
 * {@link TextFlow}s for now; the coding editor (selection, margins) will replace them.
 */
public final class DocumentView extends BorderPane {
    /** A line length that reads well; wider windows get margins rather than longer lines. */
    private static final double READING_WIDTH = 820;

    private final VBox paragraphs = new VBox();

    public DocumentView(DocumentViewModel viewModel) {
        getStyleClass().add("document-view");

        Label title = new Label();
        title.setId("document-title");
        title.getStyleClass().add("document-title");
        title.textProperty().bind(viewModel.titleProperty());
        Label subtitle = new Label();
        subtitle.getStyleClass().add("document-subtitle");
        subtitle.textProperty().bind(viewModel.subtitleProperty());
        subtitle.setWrapText(true);
        VBox heading = new VBox(2, title, subtitle);
        heading.getStyleClass().add("document-heading");
        heading.visibleProperty().bind(Bindings.isNotEmpty(viewModel.pieces()));
        heading.managedProperty().bind(heading.visibleProperty());

        paragraphs.setId("document-text");
        paragraphs.getStyleClass().add("document-text");
        paragraphs.setMaxWidth(READING_WIDTH);
        StackPane column = new StackPane(paragraphs);
        column.setAlignment(Pos.TOP_CENTER);
        column.getStyleClass().add("document-column");
        ScrollPane scroll = new ScrollPane(column);
        scroll.setFitToWidth(true);
        scroll.getStyleClass().add("document-scroll");

        Label placeholder = new Label();
        placeholder.textProperty().bind(viewModel.placeholderProperty());
        placeholder.getStyleClass().add("placeholder");
        placeholder.setWrapText(true);
        placeholder.setMaxWidth(READING_WIDTH * 0.6);
        placeholder.visibleProperty().bind(Bindings.isEmpty(viewModel.pieces()));

        setTop(heading);
        setCenter(new StackPane(scroll, placeholder));
        viewModel.pieces().addListener((ListChangeListener<DocumentPiece>) change -> render(viewModel.pieces()));
        render(viewModel.pieces());
    }

    /** Built in one go: a single children change is one layout pass, not one per turn. */
    private void render(List<DocumentPiece> pieces) {
        List<TextFlow> lines = new ArrayList<>();
        TextFlow line = new TextFlow();
        for (DocumentPiece piece : pieces) {
            String[] parts = piece.text().split("\n", -1);
            for (int i = 0; i < parts.length; i++) {
                if (i > 0) {
                    lines.add(line);
                    line = new TextFlow();
                }
                if (!parts[i].isEmpty()) {
                    line.getChildren().add(text(parts[i], piece.role()));
                }
            }
        }
        if (!line.getChildren().isEmpty()) {
            lines.add(line);
        }
        lines.forEach(paragraph -> paragraph.getStyleClass().add("paragraph"));
        paragraphs.getChildren().setAll(lines);
    }

    private static Text text(String content, DocumentPiece.Role role) {
        Text text = new Text(content);
        text.getStyleClass().addAll("piece", "piece-" + role.name().toLowerCase(Locale.ROOT).replace('_', '-'));
        return text;
    }
}
