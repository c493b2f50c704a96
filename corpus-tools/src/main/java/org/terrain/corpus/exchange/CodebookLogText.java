package org.terrain.corpus.exchange;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.terrain.corpus.errors.Messages;
import org.terrain.corpus.model.Operation;
import org.terrain.corpus.model.OperationMessage;
import org.terrain.corpus.store.CodebookChange;
import org.terrain.corpus.store.OperationKind;
import org.terrain.corpus.store.OperationWords;

/**
 * A change of the codebook in the user's language, as a methods chapter can cite it (« Code « A » renommé en
 * « B » »), from the message the log keeps with the change ({@link OperationKind}). Changes logged before
 * message keys have only an English summary: those of known shapes are reworded, anything else is given as it
 * is rather than hidden. Shared by the export and the app.
 */
public final class CodebookLogText {
    private record Shape(String action, Pattern pattern, BiFunction<Matcher, Messages, String> words) {
    }

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
    private static final List<Shape> SHAPES = List.of(
            shape("codes.add", "add code (.+)", (m, t) -> t.format("codebook_log.add", m.group(1))),
            shape("codes.rename", "rename code (.+) to (.+)",
                    (m, t) -> t.format("codebook_log.rename", m.group(1), m.group(2))),
            shape("codes.move", "move code (.+) to /", (m, t) -> t.format("codebook_log.move_root", m.group(1))),
            shape("codes.move", "move code (.+) to (.+)",
                    (m, t) -> t.format("codebook_log.move", m.group(1), m.group(2))),
            shape("codes.merge", "merge code (.+) into (.+)",
                    (m, t) -> t.format("codebook_log.merge", m.group(1), m.group(2))),
            shape("codes.delete", "delete code (.+)", (m, t) -> t.format("codebook_log.delete", m.group(1))),
            shape("codebook.install", "install codebook (.+) \\((\\d+) codes\\)",
                    (m, t) -> t.format("codebook_log.install", m.group(1), Integer.parseInt(m.group(2)))),
            shape("exchange.import", "import (.+?) \\(\\d+ source.*", (m, t) -> t.format("codebook_log.import", m.group(1))));
    private static final Pattern DESCRIBED = Pattern.compile("(?:describe|add) code (.+)", Pattern.DOTALL);

    private CodebookLogText() {
    }

    private static Shape shape(String action, String regex, BiFunction<Matcher, Messages, String> words) {
        return new Shape(action, Pattern.compile(regex, Pattern.DOTALL), words);
    }

    /** What the change did, in words. */
    public static String describe(CodebookChange change, Messages text) {
        OperationMessage message = change.operation().message();
        java.util.Optional<OperationKind> kind = message == null ? java.util.Optional.empty()
                : OperationKind.forKey(message.key());
        if (kind.isEmpty()) {
            return fromSummary(change, text);
        }
        List<Object> args = message.args();
        return switch (kind.get()) {
            case CODE_ADD -> change.fields().isEmpty() ? text.format("codebook_log.add", args.getFirst())
                    : described(String.valueOf(args.getFirst()), change.fields(), text);
            case CODE_DESCRIBE -> described(String.valueOf(args.getFirst()), change.fields(), text);
            case CODE_RENAME -> text.format("codebook_log.rename", args.get(0), args.get(1));
            case CODE_MOVE -> text.format("codebook_log.move", args.get(0), args.get(1));
            case CODE_MOVE_ROOT -> text.format("codebook_log.move_root", args.getFirst());
            case CODE_MERGE -> text.format("codebook_log.merge", args.get(0), args.get(1));
            case CODE_DELETE -> text.format("codebook_log.delete", args.getFirst());
            case CODEBOOK_INSTALL -> text.format("codebook_log.install", args.get(0), args.get(1));
            case EXCHANGE_IMPORT -> text.format("codebook_log.import", args.getFirst());
            default -> OperationWords.describe(change.operation(), text);
        };
    }

    /** A change logged before message keys: its English summary, reworded when its shape is known. */
    private static String fromSummary(CodebookChange change, Messages text) {
        Operation op = change.operation();
        Matcher described = DESCRIBED.matcher(op.summary());
        boolean addedNothing = op.action().equals("codes.add") && !change.fields().isEmpty();
        if ((op.action().equals("codes.describe") || addedNothing) && described.matches()) {
            return described(described.group(1), change.fields(), text);
        }
        for (Shape shape : SHAPES) {
            Matcher matcher = shape.pattern().matcher(op.summary());
            if (shape.action().equals(op.action()) && matcher.matches()) {
                return shape.words().apply(matcher, text);
            }
        }
        return op.summary();
    }

    private static String described(String code, List<CodebookChange.FieldChange> fields, Messages text) {
        List<String> parts = new ArrayList<>();
        for (CodebookChange.FieldChange field : fields) {
            switch (field.field()) {
                case "description" -> parts.add(field.after() == null
                        ? text.format("codebook_log.description_removed", code)
                        : text.format("codebook_log.description", code, ExportFiles.oneLine(field.after())));
                case "color" -> parts.add(text.format("codebook_log.color", code, field.before(), field.after()));
                default -> { }
            }
        }
        return parts.isEmpty() ? text.format("codebook_log.describe", code) : String.join(" ; ", parts);
    }

    /** What became of it: « annulé le … par …, rétabli le … par … », or empty when nothing did. */
    public static String fate(CodebookChange change, Messages text, ZoneId zone) {
        List<String> parts = new ArrayList<>();
        for (int i = 0; i < change.reversals().size(); i++) {
            Operation reversal = change.reversals().get(i);
            parts.add(text.format(i % 2 == 0 ? "codebook_log.undone_by" : "codebook_log.redone_by",
                    when(reversal.at(), zone), reversal.who()));
        }
        return String.join(", ", parts);
    }

    /** {@code 2026-03-14 10:02} in the reader's time zone: precise enough to cite, the same in every language. */
    public static String when(Instant at, ZoneId zone) {
        return WHEN.format(at.atZone(zone));
    }
}
