package org.terrain.corpus.model;

import java.util.List;

/**
 * What an entry of the operation log did, as the user reads it: a message key of the user-facing bundles
 * ({@code op.codes.rename}) and its arguments (strings and numbers), worded in French or English when shown.
 */
public record OperationMessage(String key, List<Object> args) {
    public OperationMessage {
        args = List.copyOf(args);
    }
}
