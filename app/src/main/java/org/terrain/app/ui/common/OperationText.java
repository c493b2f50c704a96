package org.terrain.app.ui.common;

import org.terrain.corpus.model.Operation;
import org.terrain.corpus.store.OperationWords;

/**
 * An entry of the operation log in the interface's words, for « Annuler : … » and the status bar: its message
 * key and arguments worded by the engine's bundles ({@code op.*}), which {@code terrain log} uses too. Entries
 * older than message keys show the summary they were stored with.
 */
public final class OperationText {
    private OperationText() {
    }

    /** « création du code « Pratiques/Sécurité » » for the entry that created it. */
    public static String describe(Operation operation) {
        return OperationWords.describe(operation, UiText.engineMessages());
    }
}
