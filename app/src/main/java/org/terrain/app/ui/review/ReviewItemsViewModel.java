package org.terrain.app.ui.review;

import java.nio.file.Path;
import java.util.List;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.terrain.app.ui.common.ProjectSession;
import org.terrain.app.ui.common.ReadWhileShown;
import org.terrain.app.ui.common.UiText;
import org.terrain.corpus.model.ReviewItem;
import org.terrain.corpus.model.ReviewMergeResult;
import org.terrain.corpus.review.ReviewPack;
import org.terrain.corpus.review.ReviewSelection;
import org.terrain.corpus.store.ReviewPackageStore;

/**
 * The project's side of a review: « Envoyer en relecture… » writes a package of the project's codings (or of
 * the chosen code); « Verser une relecture… » merges a package that came back (a review layer: no coding
 * changes); the « Relecture » tab lists the items and accepts or rejects one with a reply, each one undoable
 * action. Read only while the tab is shown. FX thread only; the engine runs through the session.
 */
public final class ReviewItemsViewModel {
    /** What the tab lists: the items still to decide, or all. */
    public enum Filter { OPEN, ALL }

    private final ProjectSession session;
    private final ObservableList<ReviewItemRow> items = FXCollections.observableArrayList();
    private final ObjectProperty<ReviewItemRow> selected = new SimpleObjectProperty<>();
    private final ObjectProperty<Filter> filter = new SimpleObjectProperty<>(Filter.OPEN);
    private final StringProperty reply = new SimpleStringProperty("");
    private final StringProperty identityName = new SimpleStringProperty();
    private final StringProperty identityId = new SimpleStringProperty();
    private final ReadWhileShown reads = new ReadWhileShown(false, this::read);

    public ReviewItemsViewModel(ProjectSession session) {
        this.session = session;
        session.revisionProperty().addListener((observable, before, now) -> reads.request());
        filter.addListener((observable, before, now) -> reads.request());
    }

    /** What one read brings: the rows, and who the user is (to review a package from here as themselves). */
    private record Read(List<ReviewItemRow> rows, String id, String name) {
    }

    private void read() {
        Filter shown = filter.get();
        session.read(store -> new Read(store.reviews().list(shown == Filter.OPEN ? ReviewItem.OPEN : null).stream()
                .map(ReviewItemsViewModel::row).toList(), store.identity().id(), store.identity().name()), read -> {
            long keep = selected.get() == null ? -1 : selected.get().id();
            items.setAll(read.rows());
            selected.set(read.rows().stream().filter(r -> r.id() == keep).findFirst().orElse(null));
            identityName.set(read.name());
            identityId.set(read.id());
        });
    }

    static ReviewItemRow row(ReviewItem i) {
        String place = i.source() == null ? "" : i.span() == null ? i.source()
                : i.source() + " " + i.span().start() + "–" + i.span().end();
        return new ReviewItemRow(i.id(), i.reviewer().name(), i.verdict().word(), i.code(), i.proposedCode(), place,
                i.text(), i.comment(), i.status(), i.reply());
    }

    /** Accepts the selected item: a recode moves the coding, a contest removes it. */
    public void accept() {
        resolve(true);
    }

    /** Rejects the selected item: the coding stays as it is. */
    public void reject() {
        resolve(false);
    }

    private void resolve(boolean accept) {
        ReviewItemRow item = selected.get();
        if (item == null) {
            session.hint(UiText.get("reviews.choose_item"));
            return;
        }
        String answer = reply.get();
        session.change(UiText.get("task.reviews"), store -> store.reviews().resolve(item.id(), accept, answer),
                resolved -> UiText.get("status.review_resolved", item.id(), UiText.get("reviews.status." + resolved.status())),
                resolved -> reply.set(""));
    }

    /** Writes a package of every coding of the project (or of {@code code}'s, with its sub-codes) to {@code out}. */
    public void send(Path out, String code) {
        ReviewSelection selection = code == null ? ReviewSelection.all()
                : new ReviewSelection(List.of(org.terrain.codingschemes.CodePath.parse(code)), List.of());
        session.change(UiText.get("task.reviews"), store -> ReviewPack.send(store, out, selection, null),
                count -> UiText.get("status.review_sent", count, out.getFileName().toString()));
    }

    /** Merges a package that came back: its verdicts become review items; no coding changes. */
    public void merge(Path file) {
        session.change(UiText.get("task.reviews"), store -> {
            try (ReviewPackageStore pack = ReviewPackageStore.open(file)) {
                return store.reviews().merge(file.toString(), pack.info(), pack.excerpts(), pack.codes(), false);
            }
        }, (ReviewMergeResult result) -> UiText.get("status.review_merged", result.merged(), result.unchanged(),
                result.unmatched().size()));
    }

    public ObservableList<ReviewItemRow> items() {
        return items;
    }

    public ObjectProperty<ReviewItemRow> selectedProperty() {
        return selected;
    }

    public ObjectProperty<Filter> filterProperty() {
        return filter;
    }

    /** The reply sent with the next accept or reject. */
    public StringProperty replyProperty() {
        return reply;
    }

    /** The user's name, to review a package from the project window as themselves. */
    public StringProperty identityNameProperty() {
        return identityName;
    }

    public StringProperty identityIdProperty() {
        return identityId;
    }

    /** Bound to the tab's selection. */
    public BooleanProperty activeProperty() {
        return reads.shownProperty();
    }
}
