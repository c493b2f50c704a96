package org.terrain.app.ui.common;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;

/**
 * Every keyboard shortcut of the app, in one table: the menus take their accelerators from it, the window and
 * the panes match key presses against it, and « Aide › Raccourcis clavier » lists it. A shortcut added here is
 * therefore both installed and documented, and the help page cannot tell of a key that does nothing.
 */
public enum Shortcut {
    CODE(new KeyCodeCombination(KeyCode.ENTER, KeyCombination.SHORTCUT_DOWN), "coding"),
    CODE_WITH(new KeyCodeCombination(KeyCode.ENTER, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN), "coding"),
    UNDO(new KeyCodeCombination(KeyCode.Z, KeyCombination.SHORTCUT_DOWN), "edit"),
    REDO(new KeyCodeCombination(KeyCode.Z, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN), "edit"),
    REDO_Y(new KeyCodeCombination(KeyCode.Y, KeyCombination.SHORTCUT_DOWN), "edit"),
    NEW_CODE(new KeyCodeCombination(KeyCode.N, KeyCombination.SHORTCUT_DOWN), "codes"),
    RENAME_CODE(new KeyCodeCombination(KeyCode.F2), "codes"),
    DELETE_CODE(new KeyCodeCombination(KeyCode.DELETE), "codes"),
    CORRECT_TEXT(new KeyCodeCombination(KeyCode.E, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN), "document"),
    APPLY_CORRECTION(new KeyCodeCombination(KeyCode.S, KeyCombination.SHORTCUT_DOWN), "document"),
    FIND(new KeyCodeCombination(KeyCode.F, KeyCombination.SHORTCUT_DOWN), "document"),
    REPLACE(new KeyCodeCombination(KeyCode.H, KeyCombination.SHORTCUT_DOWN), "document"),
    SPEAKERS(new KeyCodeCombination(KeyCode.L, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN), "project"),
    CASES(new KeyCodeCombination(KeyCode.K, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN), "project"),
    EXPORT_SEGMENTS(new KeyCodeCombination(KeyCode.E, KeyCombination.SHORTCUT_DOWN), "file"),
    OPEN_PROJECT(new KeyCodeCombination(KeyCode.O, KeyCombination.SHORTCUT_DOWN), "file"),
    QUIT(new KeyCodeCombination(KeyCode.Q, KeyCombination.SHORTCUT_DOWN), "file"),
    HELP(new KeyCodeCombination(KeyCode.F1), "help");

    /** A line of the help page: where the shortcut acts, its keys as written in the interface, what it does. */
    public record Line(String area, String keys, String action) {
    }

    private final KeyCodeCombination keys;
    private final String area;

    Shortcut(KeyCodeCombination keys, String area) {
        this.keys = keys;
        this.area = area;
    }

    public KeyCombination combination() {
        return keys;
    }

    public boolean matches(KeyEvent event) {
        return keys.match(event);
    }

    /** What it does, in the interface's language. */
    public String action() {
        return UiText.get("shortcut." + name().toLowerCase(Locale.ROOT));
    }

    /** « Ctrl+Maj+Entrée » in French, « Ctrl+Shift+Enter » in English (« ⌘ » for Ctrl on a Mac). */
    public String keys() {
        List<String> parts = new ArrayList<>();
        if (keys.getShortcut() == KeyCombination.ModifierValue.DOWN) {
            parts.add(UiText.get(isMac() ? "keys.command" : "keys.control"));
        }
        if (keys.getAlt() == KeyCombination.ModifierValue.DOWN) {
            parts.add(UiText.get("keys.alt"));
        }
        if (keys.getShift() == KeyCombination.ModifierValue.DOWN) {
            parts.add(UiText.get("keys.shift"));
        }
        parts.add(switch (keys.getCode()) {
            case ENTER -> UiText.get("keys.enter");
            case DELETE -> UiText.get("keys.delete");
            default -> keys.getCode().getName();
        });
        return String.join("+", parts);
    }

    /** The help page's lines, in the table's order (grouped by where they act). */
    public static List<Line> lines() {
        List<Line> out = new ArrayList<>();
        for (Shortcut shortcut : values()) {
            out.add(new Line(UiText.get("shortcut.area." + shortcut.area), shortcut.keys(), shortcut.action()));
        }
        return out;
    }

    private static boolean isMac() {
        return System.getProperty("os.name", "").toLowerCase(Locale.ROOT).contains("mac");
    }
}
