package org.terrain.corpus.store;

import org.terrain.corpus.errors.Messages;
import org.terrain.corpus.model.Operation;

/**
 * An entry of the operation log in the reader's language: its message with its arguments (« création du code
 * « Pratiques » », "creating the code "Pratiques""). Entries older than message keys, and a key this Terrain
 * does not know (a newer one's), show their stored summary.
 */
public final class OperationWords {
    private OperationWords() {
    }

    public static String describe(Operation operation, Messages words) {
        if (operation.message() == null || !words.has(operation.message().key())) {
            return operation.summary();
        }
        return words.format(operation.message().key(), operation.message().args().toArray());
    }
}
