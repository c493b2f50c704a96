package org.terrain.app.ui.review;

/**
 * An excerpt as review mode shows it: what the list and the detail need, the context's highlight in UTF-16
 * indices of {@code context}, and the verdict given so far ({@code verdict} null until then).
 */
public record ExcerptRow(long id, String code, String source, String sourceKind, String caseName,
                         String attributes, String coder, String codedAt, String text, String context,
                         int highlightStart, int highlightEnd, String verdict, String proposedCode, String comment) {
    public boolean reviewed() {
        return verdict != null;
    }
}
