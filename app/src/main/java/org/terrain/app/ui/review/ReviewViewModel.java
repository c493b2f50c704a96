package org.terrain.app.ui.review;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;
import org.terrain.app.ui.common.ErrorText;
import org.terrain.app.ui.common.UiText;
import org.terrain.corpus.model.Identity;
import org.terrain.corpus.model.ReviewExcerpt;
import org.terrain.corpus.model.ReviewVerdict;
import org.terrain.corpus.store.ReviewPackageStore;

/**
 * Review mode: a supervisor goes through a package's excerpts, grouped by code, and gives each a verdict —
 * approve, contest, or propose another code of the codebook — with a comment. Each verdict is saved into the
 * package at once, on a thread of its own (the package file is the reviewer's only copy of their work), in the
 * order given. No project is needed. FX thread only, except the work handed to {@link #saver}.
 */
public final class ReviewViewModel {
    private final Path file;
    private final Identity reviewer;
    private final ExecutorService saver = Executors.newSingleThreadExecutor(runnable -> {
        Thread thread = new Thread(runnable, "terrain-review-save");
        thread.setDaemon(true); // close() waits for the verdicts being saved
        return thread;
    });
    private ReviewPackageStore pack;
    private final ObservableList<ExcerptRow> excerpts = FXCollections.observableArrayList();
    private final FilteredList<ExcerptRow> shown = new FilteredList<>(excerpts);
    private final ObservableList<CodeRow> codes = FXCollections.observableArrayList();
    private final ObjectProperty<ExcerptRow> current = new SimpleObjectProperty<>();
    private final BooleanProperty onlyToReview = new SimpleBooleanProperty();
    private final StringProperty comment = new SimpleStringProperty("");
    private final ObjectProperty<String> proposedCode = new SimpleObjectProperty<>();
    private final ReadOnlyStringWrapper progress = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper title = new ReadOnlyStringWrapper("");

    /** For {@code reviewerName} (with the stable id of the app's identity, or null). */
    public ReviewViewModel(Path file, String reviewerId, String reviewerName) {
        this.file = file;
        this.reviewer = new Identity(reviewerId, reviewerName);
        onlyToReview.addListener((o, was, only) -> applyFilter());
        current.addListener((o, was, now) -> {
            comment.set(now == null || now.comment() == null ? "" : now.comment());
            proposedCode.set(now == null ? null : now.proposedCode());
        });
    }

    /** Opens the package and reads every excerpt, off the FX thread; {@code then} runs on it once shown. */
    public void open(Runnable then) {
        saver.submit(() -> {
            try {
                ReviewPackageStore opened = ReviewPackageStore.open(file);
                List<ExcerptRow> read = opened.excerpts().stream().map(ReviewViewModel::row).toList();
                List<CodeRow> book = opened.codes().stream().map(c -> new CodeRow(c.path(), c.definition(),
                        c.criteria() == null ? null : c.criteria().inclusion(),
                        c.criteria() == null ? null : c.criteria().exclusion(),
                        c.criteria() == null ? null : c.criteria().example())).toList();
                String name = opened.info().projectName();
                Platform.runLater(() -> {
                    pack = opened;
                    codes.setAll(book);
                    excerpts.setAll(read);
                    title.set(UiText.get("review.title", file.getFileName().toString(), name == null ? "" : name));
                    current.set(shown.isEmpty() ? null : shown.getFirst());
                    updateProgress();
                    then.run();
                });
            } catch (RuntimeException e) {
                Platform.runLater(() -> message.set(ErrorText.of(e)));
            }
        });
    }

    /** What the view shows of an excerpt; the highlight in UTF-16 indices of its context. */
    static ExcerptRow row(ReviewExcerpt e) {
        String context = e.context();
        int codePoints = context.codePointCount(0, context.length());
        int start = context.offsetByCodePoints(0, Math.min(e.contextStart(), codePoints));
        int end = Math.min(context.length(), start + e.text().length());
        String attributes = e.attributes().entrySet().stream().map(a -> a.getKey() + " = " + a.getValue())
                .collect(java.util.stream.Collectors.joining(", "));
        ReviewExcerpt.Review r = e.review();
        String day = e.codedAt() != null && e.codedAt().length() >= 10 ? e.codedAt().substring(0, 10) : e.codedAt();
        return new ExcerptRow(e.id(), e.code(), e.source(), e.sourceKind().id(), e.caseName(),
                attributes.isEmpty() ? "—" : attributes, e.coder(), day, e.text(), context, start, end, r == null ? null : r.verdict().word(),
                r == null ? null : r.proposedCode(), r == null ? null : r.comment());
    }

    public ObservableList<ExcerptRow> shown() {
        return shown;
    }

    public ObservableList<CodeRow> codes() {
        return codes;
    }

    public ObjectProperty<ExcerptRow> currentProperty() {
        return current;
    }

    /** « à revoir »: only the excerpts without a verdict. */
    public BooleanProperty onlyToReviewProperty() {
        return onlyToReview;
    }

    public StringProperty commentProperty() {
        return comment;
    }

    /** The code a recode proposes (a path of the package's codebook). */
    public ObjectProperty<String> proposedCodeProperty() {
        return proposedCode;
    }

    /** « 37 / 120 »: excerpts with a verdict, of all. */
    public ReadOnlyStringProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    /** The last thing to tell the reviewer (saved, or why not). */
    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty titleProperty() {
        return title.getReadOnlyProperty();
    }

    /** The code of an excerpt, as packed: definition and criteria. */
    public Optional<CodeRow> code(String path) {
        return codes.stream().filter(c -> c.path().equals(path)).findFirst();
    }

    public void approve() {
        give(ReviewVerdict.APPROVE, null);
    }

    public void contest() {
        give(ReviewVerdict.CONTEST, null);
    }

    /** Proposes {@link #proposedCodeProperty()}'s code; without one chosen, says so and saves nothing. */
    public void recode() {
        String code = proposedCode.get();
        ExcerptRow excerpt = current.get();
        if (excerpt != null && (code == null || code.equals(excerpt.code()))) {
            message.set(UiText.get("review.choose_code"));
            return;
        }
        give(ReviewVerdict.RECODE, code);
    }

    /** Saves the comment typed with the verdict already given (a comment alone waits for a verdict). */
    public void saveComment() {
        ExcerptRow excerpt = current.get();
        if (excerpt != null && excerpt.reviewed()
                && !comment.get().strip().equals(excerpt.comment() == null ? "" : excerpt.comment())) {
            give(ReviewVerdict.of(excerpt.verdict()).orElseThrow(), excerpt.proposedCode(), false);
        }
    }

    private void give(ReviewVerdict verdict, String code) {
        give(verdict, code, true);
    }

    private void give(ReviewVerdict verdict, String code, boolean advance) {
        ExcerptRow excerpt = current.get();
        if (excerpt == null || pack == null) {
            return;
        }
        ReviewExcerpt.Review review = new ReviewExcerpt.Review(verdict, code,
                comment.get() == null || comment.get().isBlank() ? null : comment.get().strip(), reviewer,
                Instant.now().toString());
        ExcerptRow marked = new ExcerptRow(excerpt.id(), excerpt.code(), excerpt.source(), excerpt.sourceKind(),
                excerpt.caseName(), excerpt.attributes(), excerpt.coder(), excerpt.codedAt(), excerpt.text(),
                excerpt.context(), excerpt.highlightStart(), excerpt.highlightEnd(), verdict.word(), code,
                review.comment());
        int at = shown.indexOf(excerpt);
        replace(excerpt, marked);
        if (advance) {
            // On to the next excerpt: with « à revoir » on, the one just reviewed has left the list.
            int next = onlyToReview.get() ? at : at + 1;
            if (next >= 0 && next < shown.size()) {
                current.set(shown.get(next));
            }
        }
        ReviewPackageStore target = pack;
        saver.submit(() -> {
            try {
                target.mark(excerpt.id(), review);
                Platform.runLater(() -> message.set(UiText.get("review.saved", excerpt.id())));
            } catch (RuntimeException e) {
                Platform.runLater(() -> {
                    replace(marked, excerpt);
                    message.set(ErrorText.of(e));
                });
            }
        });
    }

    private void replace(ExcerptRow before, ExcerptRow after) {
        int at = excerpts.indexOf(before);
        if (at >= 0) {
            boolean wasCurrent = before.equals(current.get());
            excerpts.set(at, after);
            if (wasCurrent) {
                current.set(after);
            }
        }
        updateProgress();
    }

    public void next() {
        move(1);
    }

    public void previous() {
        move(-1);
    }

    private void move(int step) {
        if (shown.isEmpty()) {
            current.set(null);
            return;
        }
        int at = shown.indexOf(current.get());
        int to = at < 0 ? 0 : Math.max(0, Math.min(shown.size() - 1, at + step));
        current.set(shown.get(to));
    }

    private void applyFilter() {
        shown.setPredicate(onlyToReview.get() ? e -> !e.reviewed() : null);
        if ((current.get() == null || !shown.contains(current.get())) && !shown.isEmpty()) {
            current.set(shown.getFirst());
        }
    }

    private void updateProgress() {
        long done = excerpts.stream().filter(ExcerptRow::reviewed).count();
        progress.set(UiText.get("review.progress", done, excerpts.size()));
    }

    /** Waits for the verdicts being saved, then closes the package (folding its journal into the one file). */
    public void close() {
        if (saver.isShutdown()) {
            return;
        }
        ReviewPackageStore open = pack;
        pack = null;
        saver.submit(() -> {
            if (open != null) {
                open.close();
            }
        });
        saver.shutdown();
        try {
            saver.awaitTermination(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
