package org.terrain.app.ui.common;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;

/**
 * A list read from the project only while it is on screen (a tab shown): asked to read while hidden, it only
 * remembers to, and reads once shown. Reading a large project's lists at every change would slow everything
 * else down for lists nobody looks at. FX thread only.
 */
public final class ReadWhileShown {
    private final BooleanProperty shown;
    private final Runnable read;
    private boolean stale;

    public ReadWhileShown(boolean shownAtFirst, Runnable read) {
        this.shown = new SimpleBooleanProperty(shownAtFirst);
        this.read = read;
        this.stale = !shownAtFirst;
        shown.addListener((observable, before, now) -> {
            if (now && stale) {
                request();
            }
        });
    }

    /** Reads now when shown, else once shown. */
    public void request() {
        if (!shown.get()) {
            stale = true;
            return;
        }
        stale = false;
        read.run();
    }

    /** Bound to the tab's selection by the view. */
    public BooleanProperty shownProperty() {
        return shown;
    }
}
