package org.terrain.corpus.model;

/**
 * A reviewer's verdict in the project's review layer: where it was matched (the coding, its source and place),
 * what the reviewer said, and what the researcher decided.
 *
 * @param segmentId the coding it is about, or 0 when it could not be matched (or is a comment on a code)
 * @param source    the source's name, or null for a comment on a code
 * @param span      the excerpt's place when merged, or null
 * @param status    {@code open}, {@code accepted} or {@code rejected}
 */
public record ReviewItem(long id, String packageId, String excerptKey, long segmentId, String source, String code,
                         Span span, String text, ReviewVerdict verdict, String proposedCode, String comment,
                         Identity reviewer, String reviewedAt, String status, String reply, String resolvedAt) {
    public static final String OPEN = "open";
    public static final String ACCEPTED = "accepted";
    public static final String REJECTED = "rejected";
}
