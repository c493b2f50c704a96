package org.terrain.corpus.cli;

import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.terrain.corpus.errors.UsageException;
import org.terrain.corpus.model.Memo;
import org.terrain.corpus.store.MemoInfo;
import org.terrain.corpus.store.ProjectStore;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * Memos and the journal from the command line: with TEXT, writes the memo of a source, a code or the project
 * ("" removes it) or adds a journal entry; without, shows it (or the journal, or every memo); {@code --search}
 * finds memos by their words, ignoring case and accents. Each write is one action of the operation log.
 */
@Command(name = "memo", description = "Write or read the memo of a source, a code or the project, add a journal "
        + "entry, list or search memos.")
final class MemoCommand implements Callable<Integer> {
    /** What the memo is about; none lists every memo. */
    static final class Subject {
        @Option(names = "--source", paramLabel = "NAME") String source;
        @Option(names = "--code", paramLabel = "PATH") String code;
        @Option(names = "--project", description = "The project's own memo.") boolean project;
        @Option(names = "--journal", description = "Add an entry to the journal (with TEXT), or list it.") boolean journal;
        @Option(names = "--search", paramLabel = "WORDS", description = "Memos holding every word (case and accents ignored).")
        String search;
    }

    private final Cli cli;
    @Mixin CommonOptions common;

    @Parameters(index = "0", paramLabel = "PROJECT")
    Path project;

    @Parameters(index = "1", arity = "0..1", paramLabel = "TEXT")
    String text;

    @ArgGroup(exclusive = true, multiplicity = "0..1")
    Subject subject = new Subject();

    @Option(names = "--title", paramLabel = "TITLE", description = "A journal entry's title.")
    String title;

    @Option(names = "--date", paramLabel = "YYYY-MM-DD", description = "A journal entry's day (default: now).")
    String date;

    MemoCommand(Cli cli) {
        this.cli = cli;
    }

    @Override
    public Integer call() {
        Instant day = day();
        if (text != null && subject.search != null) {
            throw new UsageException("usage", "--search takes no TEXT");
        }
        try (ProjectStore store = text == null ? cli.openForReading(project, "memo") : cli.open(project, "memo")) {
            if (subject.journal) {
                if (text != null) {
                    Memo entry = store.memos().addJournalEntry(day, title, text);
                    print(List.of(new MemoInfo(entry, null, null)));
                } else {
                    print(store.memos().journal().stream().map(m -> new MemoInfo(m, null, null)).toList());
                }
            } else if (subject.source != null || subject.code != null || subject.project) {
                if (text != null) {
                    write(store);
                }
                Optional<Memo> memo = subject.source != null ? store.memos().ofSource(subject.source)
                        : subject.code != null ? store.memos().ofCode(CodesCommand.path(subject.code))
                        : store.memos().ofProject();
                String about = subject.source != null ? subject.source : subject.code != null ? subject.code
                        : store.info().name();
                print(memo.map(m -> List.of(new MemoInfo(m, about, null))).orElse(List.of()));
            } else {
                print(subject.search == null ? store.memos().list() : store.memos().search(subject.search));
            }
        }
        return 0;
    }

    private void write(ProjectStore store) {
        if (subject.source != null) {
            store.memos().setOnSource(subject.source, text);
        } else if (subject.code != null) {
            store.memos().setOnCode(CodesCommand.path(subject.code), text);
        } else {
            store.memos().setOnProject(text);
        }
    }

    private Instant day() {
        if (date == null) {
            return Instant.now();
        }
        try {
            return LocalDate.parse(date).atStartOfDay(ZoneId.systemDefault()).toInstant();
        } catch (DateTimeParseException e) {
            throw new UsageException("usage", "--date " + date + " (YYYY-MM-DD)");
        }
    }

    private void print(List<MemoInfo> memos) {
        if (cli.json()) {
            List<Map<String, Object>> rows = new ArrayList<>();
            for (MemoInfo info : memos) {
                rows.add(row(info));
            }
            cli.printJson(rows);
            return;
        }
        for (MemoInfo info : memos) {
            Memo memo = info.memo();
            String head = memo.target() == Memo.MemoTarget.JOURNAL
                    ? "#" + memo.id() + "\t" + memo.created() + (memo.title() == null ? "" : "\t" + memo.title())
                    : memo.target().name().toLowerCase(java.util.Locale.ROOT) + "\t" + info.about();
            cli.out().println(head);
            cli.out().println("\t" + memo.body().replace("\n", "\n\t"));
        }
    }

    private static Map<String, Object> row(MemoInfo info) {
        Memo memo = info.memo();
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("id", memo.id());
        row.put("target", memo.target().name().toLowerCase(java.util.Locale.ROOT));
        row.put("about", info.about());
        row.put("title", memo.title());
        row.put("body", memo.body());
        row.put("quote", info.quote());
        row.put("author", memo.author());
        row.put("created", memo.created().toString());
        row.put("modified", memo.modified().toString());
        return row;
    }
}
