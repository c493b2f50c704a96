package org.terrain.app.ui.common;

import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;

/** Dialog buttons in the interface's language (JavaFX's own follow the system locale, often English). */
public final class DialogButtons {
    public static final ButtonType OK = new ButtonType(UiText.get("dialog.ok"), ButtonBar.ButtonData.OK_DONE);
    public static final ButtonType CANCEL = new ButtonType(UiText.get("dialog.cancel"),
            ButtonBar.ButtonData.CANCEL_CLOSE);
    /** The one button of a dialog whose every change is already saved (speakers, cases). */
    public static final ButtonType CLOSE = new ButtonType(UiText.get("dialog.close"),
            ButtonBar.ButtonData.CANCEL_CLOSE);

    private DialogButtons() {
    }
}
