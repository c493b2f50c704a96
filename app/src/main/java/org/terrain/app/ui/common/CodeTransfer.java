package org.terrain.app.ui.common;

import javafx.scene.input.ClipboardContent;
import javafx.scene.input.DataFormat;
import javafx.scene.input.Dragboard;

/**
 * A code dragged from the code tree (onto a selection in the document to code it, onto another code to move or
 * merge it): the code's written path under Terrain's own data format, so that dropping text from elsewhere is
 * never taken for a code. Whether the drag merges is decided when it starts (Ctrl or Alt held), not from the
 * transfer mode, which each platform picks its own way (GTK copies by default).
 */
public final class CodeTransfer {
    public static final DataFormat FORMAT = new DataFormat("application/x-terrain-code-path");
    private static final DataFormat MERGE = new DataFormat("application/x-terrain-code-merge");

    private CodeTransfer() {
    }

    public static ClipboardContent content(String writtenPath, boolean merge) {
        ClipboardContent content = new ClipboardContent();
        content.put(FORMAT, writtenPath);
        if (merge) {
            content.put(MERGE, Boolean.TRUE.toString());
        }
        return content;
    }

    /** Whether the code was dragged to be merged into the code it is dropped on, rather than moved under it. */
    public static boolean isMerge(Dragboard dragboard) {
        return dragboard.hasContent(MERGE);
    }

    /** The written path carried, or null when the drag is not a code. */
    public static String path(Dragboard dragboard) {
        return dragboard.hasContent(FORMAT) ? (String) dragboard.getContent(FORMAT) : null;
    }
}
