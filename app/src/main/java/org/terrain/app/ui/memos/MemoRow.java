package org.terrain.app.ui.memos;

/**
 * One memo in the list of all memos: what it is about ({@code kind} « Source », {@code about} its name), its
 * text, and how to open it again ({@code subject}; {@code journalId} for a journal entry).
 */
public record MemoRow(String kind, String about, String title, String body, MemoSubject subject, long journalId) {
}
