package org.terrain.app.ui.review;

import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.terrain.app.ui.common.UiText;

/**
 * The « Relecture » tab: the supervisors' verdicts merged into the project (open ones, or all), each with its
 * reviewer, verdict, code (and the code proposed), place, words and comment; a reply, then Accepter or Refuser.
 */
public final class ReviewItemsView extends BorderPane {
    public ReviewItemsView(ReviewItemsViewModel viewModel) {
        setId("reviews-view");
        CheckBox all = new CheckBox(UiText.get("reviews.show_all"));
        all.setId("reviews-all");
        all.selectedProperty().addListener((o, was, now) -> viewModel.filterProperty()
                .set(now ? ReviewItemsViewModel.Filter.ALL : ReviewItemsViewModel.Filter.OPEN));
        HBox top = new HBox(8, all);
        top.setPadding(new Insets(6, 8, 6, 8));
        setTop(top);

        ListView<ReviewItemRow> list = new ListView<>(viewModel.items());
        list.setId("reviews-list");
        list.setPlaceholder(new Label(UiText.get("reviews.none")));
        list.setCellFactory(view -> new ListCell<>() {
            @Override
            protected void updateItem(ReviewItemRow item, boolean empty) {
                super.updateItem(item, empty);
                if (empty || item == null) {
                    setText(null);
                    return;
                }
                String verdict = UiText.get("reviews.verdict." + item.verdict(),
                        item.proposedCode() == null ? "" : item.proposedCode());
                StringBuilder text = new StringBuilder(UiText.get("reviews.row", item.reviewer(), verdict, item.code(),
                        item.place()));
                if (item.text() != null) {
                    text.append("\n« ").append(item.text().replace('\n', ' ')).append(" »");
                }
                if (item.comment() != null) {
                    text.append("\n").append(item.comment());
                }
                if (!item.status().equals("open")) {
                    text.append("\n").append(UiText.get("reviews.status." + item.status()))
                            .append(item.reply() == null ? "" : " — " + item.reply());
                }
                setText(text.toString());
                setWrapText(true);
            }
        });
        list.getSelectionModel().selectedItemProperty().addListener((o, was, now) -> viewModel.selectedProperty().set(now));
        setCenter(list);

        TextField reply = new TextField();
        reply.setId("reviews-reply");
        reply.setPromptText(UiText.get("reviews.reply_prompt"));
        reply.textProperty().bindBidirectional(viewModel.replyProperty());
        HBox.setHgrow(reply, Priority.ALWAYS);
        Button accept = new Button(UiText.get("reviews.accept"));
        accept.setId("reviews-accept");
        accept.disableProperty().bind(viewModel.selectedProperty().isNull());
        accept.setOnAction(event -> viewModel.accept());
        Button reject = new Button(UiText.get("reviews.reject"));
        reject.setId("reviews-reject");
        reject.disableProperty().bind(viewModel.selectedProperty().isNull());
        reject.setOnAction(event -> viewModel.reject());
        HBox bar = new HBox(8, reply, accept, reject);
        bar.setPadding(new Insets(6, 8, 6, 8));
        setBottom(new VBox(bar));
    }
}
