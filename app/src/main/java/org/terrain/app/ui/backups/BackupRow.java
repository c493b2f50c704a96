package org.terrain.app.ui.backups;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import org.terrain.app.ui.common.UiText;

/**
 * One backup as the restore dialog lists it.
 *
 * @param name   the file name in {@code backups/}, what the engine restores
 * @param reason why it was taken, as the file name says ({@code during-work}, {@code before-delete}…)
 * @param ok     whether it passes SQLite's check: a damaged one cannot be restored
 */
public record BackupRow(String name, Instant taken, long size, String reason, boolean ok) {
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM)
            .withLocale(UiText.locale()).withZone(ZoneId.systemDefault());

    /** The date and time it was taken, in the interface's language and the computer's time zone. */
    public String date() {
        return DATE.format(taken);
    }

    /** "1,2 Mo" or "340 Ko". */
    public String sizeText() {
        if (size < 1024 * 1024) {
            return UiText.get("backups.size_kb", Math.max(1, (size + 1023) / 1024));
        }
        return UiText.get("backups.size_mb", size / (1024.0 * 1024.0));
    }

    /** Why it was taken, in words; a reason this version does not know keeps its file-name form. */
    public String reasonText() {
        String key = "backups.reason." + reason;
        return UiText.has(key) ? UiText.get(key) : reason;
    }

    public String state() {
        return UiText.get(ok ? "backups.ok" : "backups.damaged");
    }
}
