package org.terrain.app.ui.common;

import java.util.Optional;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.terrain.corpus.model.Operation;

/**
 * Undo and redo for the whole app, backed by the store's operation log: there is no other undo stack, so what
 * the app undoes is exactly what {@code terrain undo} would. The menu items name the action they would undo
 * ("Annuler : création du code « Sécurité »"), read again after every change. FX thread only.
 */
public final class UndoViewModel {
    /** What the log offers, read together in the background. */
    private record Candidates(Optional<String> undo, Optional<String> redo) {
    }

    private final ProjectSession session;
    private final ReadOnlyStringWrapper undoText = new ReadOnlyStringWrapper(UiText.get("menu.edit.undo"));
    private final ReadOnlyStringWrapper redoText = new ReadOnlyStringWrapper(UiText.get("menu.edit.redo"));
    private final ReadOnlyBooleanWrapper canUndo = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper canRedo = new ReadOnlyBooleanWrapper();

    public UndoViewModel(ProjectSession session) {
        this.session = session;
        session.revisionProperty().addListener((observable, before, now) -> refresh());
    }

    /** Reads the candidates again; called after every change of the project. */
    public void refresh() {
        session.read(store -> new Candidates(store.undoCandidate().map(OperationText::describe),
                store.redoCandidate().map(OperationText::describe)), this::show);
    }

    private void show(Candidates candidates) {
        canUndo.set(candidates.undo().isPresent());
        canRedo.set(candidates.redo().isPresent());
        undoText.set(candidates.undo().map(d -> UiText.get("menu.edit.undo_named", d))
                .orElse(UiText.get("menu.edit.undo")));
        redoText.set(candidates.redo().map(d -> UiText.get("menu.edit.redo_named", d))
                .orElse(UiText.get("menu.edit.redo")));
    }

    public void undo() {
        if (canUndo.get()) {
            session.change(UiText.get("task.undo"), store -> describe(store.undo()),
                    what -> UiText.get("status.undone", what));
        }
    }

    public void redo() {
        if (canRedo.get()) {
            session.change(UiText.get("task.redo"), store -> describe(store.redo()),
                    what -> UiText.get("status.redone", what));
        }
    }

    private static String describe(Operation operation) {
        return OperationText.describe(operation);
    }

    /** "Annuler : …" naming the action, or plain "Annuler" when there is none. */
    public ReadOnlyStringProperty undoTextProperty() {
        return undoText.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty redoTextProperty() {
        return redoText.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canUndoProperty() {
        return canUndo.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canRedoProperty() {
        return canRedo.getReadOnlyProperty();
    }
}
