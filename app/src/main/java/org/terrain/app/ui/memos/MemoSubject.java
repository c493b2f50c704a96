package org.terrain.app.ui.memos;

import org.terrain.codingschemes.CodePath;

/**
 * What a memo opened from the sources pane, the code tree or the memo list is about: one source, one code, the
 * project, or one coded segment ({@code segment} its id, {@code about} how the list names it: code — source).
 */
public record MemoSubject(Kind kind, String source, CodePath code, long segment, String about) {
    public enum Kind { PROJECT, SOURCE, CODE, SEGMENT }

    public static MemoSubject project() {
        return new MemoSubject(Kind.PROJECT, null, null, 0, null);
    }

    public static MemoSubject source(String name) {
        return new MemoSubject(Kind.SOURCE, name, null, 0, null);
    }

    public static MemoSubject code(CodePath path) {
        return new MemoSubject(Kind.CODE, null, path, 0, null);
    }

    public static MemoSubject segment(long id, String about) {
        return new MemoSubject(Kind.SEGMENT, null, null, id, about);
    }
}
