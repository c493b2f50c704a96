package org.terrain.app.ui.memos;

import org.terrain.codingschemes.CodePath;

/** What a memo opened from the sources pane, the code tree or the memo list is about: one source, one code, the project. */
public record MemoSubject(Kind kind, String source, CodePath code) {
    public enum Kind { PROJECT, SOURCE, CODE }

    public static MemoSubject project() {
        return new MemoSubject(Kind.PROJECT, null, null);
    }

    public static MemoSubject source(String name) {
        return new MemoSubject(Kind.SOURCE, name, null);
    }

    public static MemoSubject code(CodePath path) {
        return new MemoSubject(Kind.CODE, null, path);
    }
}
