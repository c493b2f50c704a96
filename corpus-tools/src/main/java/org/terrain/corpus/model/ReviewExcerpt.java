package org.terrain.corpus.model;

import java.util.Map;

/**
 * One coded excerpt of a review package, with all a reviewer needs to judge it without the project, and what
 * merging it back needs to find its coding again.
 *
 * @param id             its number in the package
 * @param source         the source's name (as the package shows it: pseudonymised when the package is)
 * @param sourceGuid     the source's stable id in the project
 * @param textSha256     the SHA-256 of the source's text when the package was made: equal at merge, the
 *                       positions still hold; different, the source was corrected and the excerpt re-anchored
 * @param segmentGuid    the coding's stable id in the project
 * @param span           where the excerpt is in the source's text (code points)
 * @param code           the code's path, as {@code /}-joined names
 * @param context        the turn (transcripts) or the sentences around it (prose) holding the excerpt
 * @param contextStart   where the excerpt starts inside {@code context} (code points), to highlight it
 * @param coder          who coded it, or null
 * @param codedAt        when, ISO-8601
 * @param review         the reviewer's verdict, or null until reviewed
 */
public record ReviewExcerpt(long id, String source, SourceKind sourceKind, String caseName,
                            Map<String, String> attributes, String sourceGuid, String textSha256,
                            String segmentGuid, Span span, String code, String text, String context,
                            int contextStart, String coder, String codedAt, Review review) {

    /** The reviewer's word on an excerpt (or a code): verdict, proposed code, comment, who and when. */
    public record Review(ReviewVerdict verdict, String proposedCode, String comment, Identity reviewer,
                         String reviewedAt) {
    }

    public ReviewExcerpt withReview(Review newReview) {
        return new ReviewExcerpt(id, source, sourceKind, caseName, attributes, sourceGuid, textSha256, segmentGuid,
                span, code, text, context, contextStart, coder, codedAt, newReview);
    }
}
