package org.terrain.corpus.store;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.terrain.corpus.model.OperationMessage;

/**
 * Every kind of entry the operation log holds: its action (the stable name scripts read in {@code terrain log})
 * and its message key in the user-facing bundles ({@code messages_fr/en}), with the arguments the message takes.
 * {@link ProjectStore#write} takes one of these, never a sentence: the log is worded in the reader's language
 * wherever it is shown (the app's Annuler menu, {@code terrain log}, the codebook's history), and a test checks
 * that every key is in both bundles.
 */
public enum OperationKind {
    IMPORT("import", "op.import", "source"),
    SOURCE_EDIT("sources.edit", "op.sources.edit", "source", "start", "end"),
    SOURCE_CORRECT("sources.edit", "op.sources.correct", "source", "changes"),
    SOURCE_DELETE("sources.delete", "op.sources.delete", "source"),
    SPEAKERS_INTERVIEWER("speakers", "op.speakers.interviewer", "labels"),
    SPEAKERS_PARTICIPANT("speakers", "op.speakers.participant", "labels"),
    SPEAKERS_INTERVIEWER_IN("speakers", "op.speakers.interviewer_in", "labels", "source"),
    SPEAKERS_PARTICIPANT_IN("speakers", "op.speakers.participant_in", "labels", "source"),

    CODE_ADD("codes.add", "op.codes.add", "code"),
    CODE_RENAME("codes.rename", "op.codes.rename", "code", "name"),
    CODE_DESCRIBE("codes.describe", "op.codes.describe", "code"),
    CODE_MOVE("codes.move", "op.codes.move", "code", "parent"),
    CODE_MOVE_ROOT("codes.move", "op.codes.move_root", "code"),
    CODE_MERGE("codes.merge", "op.codes.merge", "code", "into"),
    CODE_DELETE("codes.delete", "op.codes.delete", "code"),
    CODEBOOK_INSTALL("codebook.install", "op.codebook.install", "codebook", "codes", "groups"),

    CODING("code", "op.code", "code", "source", "segments"),
    AUTOCODE_HITS("code", "op.autocode.hits", "code", "query", "segments"),
    AUTOCODE_SENTENCES("code", "op.autocode.sentences", "code", "query", "segments"),
    AUTOCODE_TURNS("code", "op.autocode.turns", "code", "query", "segments"),
    AUTOCODE_PARAGRAPHS("code", "op.autocode.paragraphs", "code", "query", "segments"),
    AUTOCODE_SPEAKER("code", "op.autocode.speaker", "code", "speaker", "segments"),
    UNCODE("uncode", "op.uncode", "segment"),
    SEGMENT_MEMO("segments.memo", "op.segments.memo", "segment"),

    MEMO_PROJECT("memos.set", "op.memos.project"),
    MEMO_SOURCE("memos.set", "op.memos.source", "source"),
    MEMO_CODE("memos.set", "op.memos.code", "code"),
    JOURNAL_ADD("journal.add", "op.journal.add", "entry"),
    JOURNAL_EDIT("journal.edit", "op.journal.edit", "entry"),
    JOURNAL_DELETE("journal.delete", "op.journal.delete", "entry"),

    CASES_IMPORT("cases.import", "op.cases.import", "cases", "attributes"),
    CASE_ASSIGN("cases.assign", "op.cases.assign", "source", "case"),
    CASE_DETACH("cases.assign", "op.cases.detach", "source"),
    CASE_ADD("cases.add", "op.cases.add", "case"),
    CASE_VALUE("cases.value", "op.cases.value", "case", "attribute", "value"),
    ATTRIBUTE_ADD("attributes.add", "op.attributes.add", "attribute", "type"),

    SET_CREATE("sets.create", "op.sets.create", "set"),
    SET_DELETE("sets.delete", "op.sets.delete", "set"),
    SET_ADD_SOURCES("sets.add", "op.sets.add_sources", "set", "count"),
    SET_ADD_CODES("sets.add", "op.sets.add_codes", "set", "count"),
    SET_REMOVE_SOURCES("sets.remove", "op.sets.remove_sources", "set", "count"),
    SET_REMOVE_CODES("sets.remove", "op.sets.remove_codes", "set", "count"),

    EXCHANGE_IMPORT("exchange.import", "op.exchange.import", "file", "sources", "codes", "codings"),

    LICENCE_SOURCE("licences.set", "op.licences.source", "source", "licence"),
    LICENCE_SOURCE_CLEAR("licences.set", "op.licences.source_clear", "source"),
    LICENCE_CASE("licences.set", "op.licences.case", "case", "licence"),
    LICENCE_CASE_CLEAR("licences.set", "op.licences.case_clear", "case"),
    MERGE("merge", "op.merge", "copy"),
    CODER_RENAME("coders.rename", "op.coders.rename", "coder", "name"),
    REVIEW_MERGE("review.merge", "op.review.merge", "reviewer", "count"),
    REVIEW_ACCEPT_RECODE("review.resolve", "op.review.accept_recode", "reviewer", "source", "code", "proposed"),
    REVIEW_ACCEPT_CONTEST("review.resolve", "op.review.accept_contest", "reviewer", "source", "code"),
    REVIEW_ACCEPT("review.resolve", "op.review.accept", "reviewer", "code"),
    REVIEW_REJECT("review.resolve", "op.review.reject", "reviewer", "code"),
    PSEUDONYM_ADD("pseudonyms.add", "op.pseudonyms.add", "original", "replacement"),
    PSEUDONYM_ADD_IN("pseudonyms.add", "op.pseudonyms.add_in", "original", "replacement", "case"),
    PSEUDONYM_EDIT("pseudonyms.edit", "op.pseudonyms.edit", "original", "replacement"),
    PSEUDONYM_EDIT_IN("pseudonyms.edit", "op.pseudonyms.edit_in", "original", "replacement", "case"),
    PSEUDONYM_REMOVE("pseudonyms.remove", "op.pseudonyms.remove", "original"),
    PSEUDONYM_REMOVE_IN("pseudonyms.remove", "op.pseudonyms.remove_in", "original", "case"),
    PSEUDONYM_IGNORE("pseudonyms.ignore", "op.pseudonyms.ignore", "original"),
    PSEUDONYM_UNIGNORE("pseudonyms.unignore", "op.pseudonyms.unignore", "original"),
    /** An export with the real names although the table has entries: an event, no change (never undone). */
    EXPORT_ORIGINALS("export.originals", "op.export.originals", "format", "file");

    private final String action;
    private final String key;
    private final List<String> arguments;

    OperationKind(String action, String key, String... arguments) {
        this.action = action;
        this.key = key;
        this.arguments = List.of(arguments);
    }

    /** The action {@code terrain log} names (several kinds may share one: a move to the root is a move). */
    public String action() {
        return action;
    }

    /** The message key in {@code messages_fr/en.properties}. */
    public String key() {
        return key;
    }

    /** What {@code {0}}, {@code {1}}… of the message stand for. */
    public List<String> arguments() {
        return arguments;
    }

    /**
     * This kind's message with its arguments, in the order of {@link #arguments()}: numbers stay numbers (the
     * messages choose « 1 passage » or « 3 passages »), anything else is kept as its text (a code's path).
     */
    public OperationMessage with(Object... values) {
        if (values.length != arguments.size()) {
            throw new IllegalArgumentException(key + " takes " + arguments + ", given " + Arrays.toString(values));
        }
        List<Object> kept = new ArrayList<>();
        for (Object value : values) {
            kept.add(value instanceof Number number ? (Object) number.longValue() : String.valueOf(value));
        }
        return new OperationMessage(key, kept);
    }

    /** The kind whose message key is {@code key}; none for a key of another Terrain. */
    public static java.util.Optional<OperationKind> forKey(String key) {
        return Arrays.stream(values()).filter(kind -> kind.key.equals(key)).findFirst();
    }

    /** The kind of a message made by {@link #with}: every change says which it is. */
    static OperationKind ofKey(String key) {
        return forKey(key).orElseThrow(() -> new IllegalArgumentException("no operation kind has the key " + key));
    }
}
