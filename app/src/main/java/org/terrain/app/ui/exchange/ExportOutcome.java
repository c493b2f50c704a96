package org.terrain.app.ui.exchange;

import java.nio.file.Path;
import java.util.List;

/**
 * What an export from the app came to: how much it wrote, with how many pseudonym entries (0: the real text), or
 * the originals its leak check found, in which case nothing was kept.
 *
 * @param realNames whether the researcher asked for the real names while the table had entries
 * @param leaks     {@code file [entry]: original}, one per leak; empty when the export was kept
 */
public record ExportOutcome(Path file, int count, int entries, boolean realNames, List<String> leaks) {
    public boolean leaked() {
        return !leaks.isEmpty();
    }
}
