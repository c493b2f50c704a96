package org.terrain.app.ui.review;

/** A review item as the « Relecture » tab lists it. {@code place} is « source 120–164 », or empty for a code. */
public record ReviewItemRow(long id, String reviewer, String verdict, String code, String proposedCode,
                            String place, String text, String comment, String status, String reply) {
}
