package org.terrain.app.ui.review;

import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;
import org.terrain.app.ui.common.UiText;

/**
 * Review mode's window content: the excerpts by code on the left (a heading where a code starts), the excerpt's
 * code with its definition and criteria, its source, its context with the excerpt highlighted, the comment and
 * the verdict on the right. Keyboard first: A approuver, C contester, R proposer le code choisi, N / ↓ suivant,
 * P / ↑ précédent; in the comment field, Échap goes back to the list and Ctrl+Entrée saves the comment.
 */
public final class ReviewView {
    private final ReviewViewModel viewModel;
    private final BorderPane root = new BorderPane();
    private final ListView<ExcerptRow> list = new ListView<>();
    private final VBox detail = new VBox(8);
    private final TextArea comment = new TextArea();
    private final ComboBox<String> proposed = new ComboBox<>();

    public ReviewView(ReviewViewModel viewModel) {
        this.viewModel = viewModel;
        build();
    }

    public Parent root() {
        return root;
    }

    private void build() {
        Label title = new Label();
        title.textProperty().bind(viewModel.titleProperty());
        title.getStyleClass().add("title-4");
        Label progress = new Label();
        progress.setId("review-progress");
        progress.textProperty().bind(viewModel.progressProperty());
        CheckBox toReview = new CheckBox(UiText.get("review.to_review"));
        toReview.setId("review-to-review");
        toReview.selectedProperty().bindBidirectional(viewModel.onlyToReviewProperty());
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox top = new HBox(12, title, gap, toReview, progress);
        top.setPadding(new Insets(8));

        list.setId("review-excerpts");
        list.setItems(viewModel.shown());
        list.setCellFactory(view -> new ExcerptCell());
        list.getSelectionModel().selectedItemProperty().addListener((o, was, now) -> {
            if (now != null && !now.equals(viewModel.currentProperty().get())) {
                viewModel.currentProperty().set(now);
            }
        });
        viewModel.currentProperty().addListener((o, was, now) -> {
            if (now != null && !now.equals(list.getSelectionModel().getSelectedItem())) {
                list.getSelectionModel().select(now);
                list.scrollTo(now);
            }
            showDetail(now);
        });

        comment.setId("review-comment");
        comment.setPromptText(UiText.get("review.comment_prompt"));
        comment.setWrapText(true);
        comment.setPrefRowCount(3);
        comment.textProperty().bindBidirectional(viewModel.commentProperty());
        comment.focusedProperty().addListener((o, was, focused) -> {
            if (!focused) {
                viewModel.saveComment();
            }
        });
        proposed.setId("review-proposed");
        proposed.setPromptText(UiText.get("review.proposed_prompt"));
        proposed.setMinWidth(Region.USE_PREF_SIZE);
        proposed.setPrefWidth(180); // the prompt « Autre code… » and a code's last name stay readable
        viewModel.codes().addListener((javafx.collections.ListChangeListener<CodeRow>) change ->
                proposed.getItems().setAll(viewModel.codes().stream().map(CodeRow::path).toList()));
        proposed.valueProperty().bindBidirectional(viewModel.proposedCodeProperty());
        Button approve = button("review-approve", "review.approve", viewModel::approve);
        Button contest = button("review-contest", "review.contest", viewModel::contest);
        Button recode = button("review-recode", "review.recode", viewModel::recode);
        Button previous = button("review-previous", "review.previous", viewModel::previous);
        Button next = button("review-next", "review.next", viewModel::next);
        // wraps rather than pushing the window wider on a laptop screen
        javafx.scene.layout.FlowPane verdicts = new javafx.scene.layout.FlowPane(8, 6, approve, contest, proposed, recode,
                previous, next);

        ScrollPane detailScroll = new ScrollPane(detail);
        detailScroll.setFitToWidth(true);
        detail.setPadding(new Insets(8));
        VBox right = new VBox(8, detailScroll, comment, verdicts);
        VBox.setVgrow(detailScroll, Priority.ALWAYS);
        right.setPadding(new Insets(8));
        SplitPane split = new SplitPane(list, right);
        split.setDividerPositions(0.34);
        list.setMinWidth(260);

        Label message = new Label();
        message.setId("review-message");
        message.textProperty().bind(viewModel.messageProperty());
        message.setPadding(new Insets(4, 8, 4, 8));
        root.setTop(top);
        root.setCenter(split);
        root.setBottom(message);
        root.addEventFilter(KeyEvent.KEY_PRESSED, this::onKey);
    }

    private Button button(String id, String key, Runnable action) {
        Button button = new Button(UiText.get(key));
        button.setId(id);
        button.setFocusTraversable(false);
        button.setMinWidth(Region.USE_PREF_SIZE); // the key in its label must stay readable
        button.setOnAction(event -> action.run());
        return button;
    }

    /** One key per verdict, except while typing a comment. */
    private void onKey(KeyEvent event) {
        boolean typing = root.getScene() != null && root.getScene().getFocusOwner() instanceof TextInputControl;
        if (typing) {
            if (event.getCode() == KeyCode.ESCAPE) {
                list.requestFocus();
                event.consume();
            } else if (event.getCode() == KeyCode.ENTER && event.isShortcutDown()) {
                viewModel.saveComment();
                event.consume();
            }
            return;
        }
        if (event.isShortcutDown() || event.isAltDown()) {
            return;
        }
        Runnable action = switch (event.getCode()) {
            case A -> viewModel::approve;
            case C -> viewModel::contest;
            case R -> viewModel::recode;
            case N, DOWN, RIGHT -> viewModel::next;
            case P, UP, LEFT -> viewModel::previous;
            default -> null;
        };
        if (action != null) {
            action.run();
            event.consume();
        }
    }

    private void showDetail(ExcerptRow excerpt) {
        detail.getChildren().clear();
        if (excerpt == null) {
            detail.getChildren().add(new Label(UiText.get("review.none")));
            return;
        }
        Label code = new Label(excerpt.code());
        code.getStyleClass().add("title-4");
        detail.getChildren().add(code);
        viewModel.code(excerpt.code()).ifPresent(c -> {
            addWrapped(c.definition(), "review.definition");
            addWrapped(c.inclusion(), "review.inclusion");
            addWrapped(c.exclusion(), "review.exclusion");
            addWrapped(c.example(), "review.example");
        });
        Label source = new Label(UiText.get("review.source", excerpt.source(), kindWord(excerpt.sourceKind()),
                excerpt.caseName() == null ? "—" : excerpt.caseName(), excerpt.attributes()) + " · "
                + UiText.get("review.coded", excerpt.coder() == null ? "—" : excerpt.coder(),
                excerpt.codedAt() == null ? "" : excerpt.codedAt()));
        source.setWrapText(true);
        source.getStyleClass().add("text-muted");
        detail.getChildren().add(source);
        detail.getChildren().add(context(excerpt));
        if (excerpt.reviewed()) {
            Label verdict = new Label(UiText.get("review.verdict_given", UiText.get("review.verdict." + excerpt.verdict()),
                    excerpt.proposedCode() == null ? "" : excerpt.proposedCode()));
            verdict.setId("review-verdict");
            detail.getChildren().add(verdict);
        }
    }

    private void addWrapped(String text, String key) {
        if (text != null && !text.isBlank()) {
            Label label = new Label(UiText.get(key, text));
            label.setWrapText(true);
            detail.getChildren().add(label);
        }
    }

    /** The context with the excerpt in bold and highlighted: where it sits in the turn or the sentences. */
    private static Node context(ExcerptRow excerpt) {
        String context = excerpt.context();
        int start = excerpt.highlightStart();
        int end = excerpt.highlightEnd();
        Text before = new Text(context.substring(0, start));
        Text inside = new Text(context.substring(start, end));
        inside.getStyleClass().add("review-excerpt");
        inside.setStyle("-fx-font-weight: bold; -fx-underline: true;");
        Text after = new Text(context.substring(end));
        TextFlow flow = new TextFlow(before, inside, after);
        flow.setId("review-context");
        flow.setPadding(new Insets(8, 0, 8, 0));
        return flow;
    }

    /** An excerpt in the list: a code heading where a code's excerpts start, then the verdict mark and the words. */
    /** « entretien », « discours »…: the kind in the interface's words, not its id. */
    private static String kindWord(String kind) {
        String key = "kind." + kind + ".one";
        return UiText.has(key) ? UiText.get(key).toLowerCase(java.util.Locale.ROOT) : kind;
    }

    private final class ExcerptCell extends ListCell<ExcerptRow> {
        @Override
        protected void updateItem(ExcerptRow item, boolean empty) {
            super.updateItem(item, empty);
            if (empty || item == null) {
                setText(null);
                setGraphic(null);
                return;
            }
            int at = getIndex();
            boolean first = at == 0 || at > 0 && at - 1 < getListView().getItems().size()
                    && !getListView().getItems().get(at - 1).code().equals(item.code());
            String mark = item.verdict() == null ? "·" : switch (item.verdict()) {
                case "approve" -> "✓";
                case "contest" -> "✗";
                case "recode" -> "↷";
                default -> "✎";
            };
            String words = item.text().replace('\n', ' ');
            // the excerpt's words first: what the reviewer recognises; the source after them, in grey
            Label line = new Label(mark + "  « " + (words.length() > 70 ? words.substring(0, 70) + "…" : words) + " »");
            Label from = new Label(item.source());
            from.getStyleClass().add("text-muted");
            line.setTooltip(new javafx.scene.control.Tooltip(item.source() + "\n" + words));
            if (first) {
                Label heading = new Label(item.code());
                heading.setStyle("-fx-font-weight: bold;");
                setGraphic(new VBox(2, heading, line, from));
            } else {
                setGraphic(new VBox(0, line, from));
            }
            setText(null);
        }
    }
}
