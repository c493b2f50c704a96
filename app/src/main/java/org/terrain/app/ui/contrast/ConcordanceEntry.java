package org.terrain.app.ui.contrast;

import java.util.List;

/**
 * One occurrence of the selected term on one side: where it is (source, speaker, code points), the words
 * around it, and the codes whose segments cover it.
 *
 * @param start first code point of the match in the source
 * @param end   code point after the match
 */
public record ConcordanceEntry(String source, String speaker, int start, int end, String left, String match,
                               String right, List<String> codes) {
}
