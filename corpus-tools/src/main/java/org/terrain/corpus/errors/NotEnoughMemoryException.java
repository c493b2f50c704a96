package org.terrain.corpus.errors;

/** Java was started with less heap than a job needs (the French language models); says how much to give. */
public class NotEnoughMemoryException extends TerrainException {
    public NotEnoughMemoryException(long neededBytes, long availableBytes) {
        super("not_enough_memory", Category.ACTION_NEEDED, neededBytes >> 20, availableBytes >> 20,
                Math.max(1, (neededBytes + (1L << 30) - 1) >> 30));
    }
}
