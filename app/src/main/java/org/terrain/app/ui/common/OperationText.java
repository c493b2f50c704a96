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

    /**
     * « création du code « Pratiques/Sécurité » » for the entry that created it. An action of several entries (a
     * folder import: one entry per file) names its latest entry and counts the others: « import de « c.txt » et 2
     * autres », undone and redone as one.
     */
    public static String describe(Operation operation) {
        String latest = OperationWords.describe(operation, UiText.engineMessages());
        return operation.entries() > 1 ? UiText.get("operation.batch", latest, operation.entries() - 1) : latest;
    }
}
