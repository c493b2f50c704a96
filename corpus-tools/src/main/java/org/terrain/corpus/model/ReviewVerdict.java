package org.terrain.corpus.model;

import java.util.Arrays;
import java.util.Optional;

/**
 * What a reviewer says of one coded excerpt: it fits its code, it does not ({@code contest}), or it belongs to
 * another code ({@code recode}, with the code proposed). {@link #COMMENT} is a remark on a code itself (its
 * definition), not on an excerpt. The word is what packages, the project's review layer and the JSON hold.
 */
public enum ReviewVerdict {
    APPROVE("approve"), CONTEST("contest"), RECODE("recode"), COMMENT("comment");

    private final String word;

    ReviewVerdict(String word) {
        this.word = word;
    }

    public String word() {
        return word;
    }

    /** The verdict written {@code word}, or none. */
    public static Optional<ReviewVerdict> of(String word) {
        return Arrays.stream(values()).filter(v -> v.word.equals(word)).findFirst();
    }
}
