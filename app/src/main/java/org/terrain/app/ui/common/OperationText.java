package org.terrain.app.ui.common;

import java.util.List;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.terrain.corpus.model.Operation;

/**
 * An entry of the operation log in French words, for "Annuler : …" and the status bar. The engine's summaries
 * are English sentences for the audit trail ({@code add code Pratiques/Sécurité}); the known shapes are
 * reworded here, anything else is shown as it is rather than hidden.
 */
public final class OperationText {
    private record Shape(Pattern pattern, Function<Matcher, String> words) {
    }

    private static final List<Shape> SHAPES = List.of(
            shape("add code (.+)", m -> UiText.get("operation.code_add", m.group(1))),
            shape("rename code (.+) to (.+)", m -> UiText.get("operation.code_rename", m.group(1), m.group(2))),
            shape("describe code (.+)", m -> UiText.get("operation.code_describe", m.group(1))),
            shape("move code (.+) to /", m -> UiText.get("operation.code_move_root", m.group(1))),
            shape("move code (.+) to (.+)", m -> UiText.get("operation.code_move", m.group(1), m.group(2))),
            shape("merge code (.+) into (.+)", m -> UiText.get("operation.code_merge", m.group(1), m.group(2))),
            shape("delete code (.+)", m -> UiText.get("operation.code_delete", m.group(1))),
            shape("code (.+) on (.+): (\\d+) segment\\(s\\)",
                    m -> UiText.get("operation.code", m.group(1), m.group(2), Integer.parseInt(m.group(3)))),
            shape("autocode (\\S+) on .*", m -> UiText.get("operation.autocode", m.group(1))),
            shape("uncode segment \\d+", m -> UiText.get("operation.uncode")),
            shape("memo on segment \\d+", m -> UiText.get("operation.memo")),
            shape("memo on source (.+)", m -> UiText.get("operation.memo_source", m.group(1))),
            shape("memo on code (.+)", m -> UiText.get("operation.memo_code", m.group(1))),
            shape("memo on project", m -> UiText.get("operation.memo_project")),
            shape("journal entry (.+)", m -> UiText.get("operation.journal_add", m.group(1))),
            shape("edit journal entry (.+)", m -> UiText.get("operation.journal_edit", m.group(1))),
            shape("delete journal entry (.+)", m -> UiText.get("operation.journal_delete", m.group(1))),
            shape("import (.+)", m -> UiText.get("operation.import", m.group(1))),
            shape("delete source (.+)", m -> UiText.get("operation.source_delete", m.group(1))),
            shape("correct (.+): \\d+ change\\(s\\)", m -> UiText.get("operation.correct", m.group(1))),
            shape("edit (.+) \\d+:\\d+", m -> UiText.get("operation.correct", m.group(1))),
            shape("speakers (.+) -> \\w+ in .+", m -> UiText.get("operation.speakers", m.group(1))),
            shape("case (.+?): (.+) = .*", m -> UiText.get("operation.case_value", m.group(1), m.group(2))),
            shape("case (.+)", m -> UiText.get("operation.case_add", m.group(1))),
            shape("attribute (.+) \\(\\w+\\)", m -> UiText.get("operation.attribute_add", m.group(1))),
            shape("source (.+) -> case .*", m -> UiText.get("operation.case_assign", m.group(1))),
            shape("cases table: .*", m -> UiText.get("operation.cases_import")),
            shape("create set (.+)", m -> UiText.get("operation.set_create", m.group(1))),
            shape("delete set (.+)", m -> UiText.get("operation.set_delete", m.group(1))),
            shape("add \\d+ \\w+\\(s\\) to set (.+)", m -> UiText.get("operation.set_add", m.group(1))),
            shape("remove \\d+ \\w+\\(s\\) from set (.+)", m -> UiText.get("operation.set_remove", m.group(1))));

    private OperationText() {
    }

    private static Shape shape(String regex, Function<Matcher, String> words) {
        return new Shape(Pattern.compile(regex, Pattern.DOTALL), words);
    }

    /**
     * An action of several entries (a folder import: one entry per file) names its latest entry and counts the
     * others: « import de « c.txt » et 2 autres », undone and redone as one.
     */
    public static String describe(Operation operation) {
        String latest = describe(operation.summary());
        return operation.entries() > 1 ? UiText.get("operation.batch", latest, operation.entries() - 1) : latest;
    }

    /** "création du code « Pratiques/Sécurité »" for {@code add code Pratiques/Sécurité}. */
    public static String describe(String summary) {
        for (Shape shape : SHAPES) {
            Matcher matcher = shape.pattern().matcher(summary);
            if (matcher.matches()) {
                return shape.words().apply(matcher);
            }
        }
        return summary;
    }
}
