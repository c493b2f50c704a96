package org.terrain.app.ui.pseudonyms;

import java.util.List;

/**
 * A name the researcher has not decided on yet, as the suggestions give it: how often it occurs, where, what
 * found it, and the replacement proposed.
 */
public record CandidateRow(String original, NameCategory category, int count, List<String> sources,
                           String proposal, List<String> foundBy) {
}
