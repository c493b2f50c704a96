package org.terrain.corpus.cli;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.terrain.codingschemes.CodePath;
import org.terrain.corpus.errors.ReviewPackageException;
import org.terrain.corpus.errors.UsageException;
import org.terrain.corpus.model.Identity;
import org.terrain.corpus.model.ReviewExcerpt;
import org.terrain.corpus.model.ReviewItem;
import org.terrain.corpus.model.ReviewMergeResult;
import org.terrain.corpus.model.ReviewVerdict;
import org.terrain.corpus.review.ReviewPack;
import org.terrain.corpus.review.ReviewSelection;
import org.terrain.corpus.store.ProjectStore;
import org.terrain.corpus.store.ReviewPackageStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "review", description = "Review by supervisors: packages of coded excerpts, verdicts, merge and resolve.",
        mixinStandardHelpOptions = true,
        subcommands = {ReviewCommand.Pack.class, ReviewCommand.Excerpts.class, ReviewCommand.Mark.class,
                ReviewCommand.CommentCode.class, ReviewCommand.Merge.class, ReviewCommand.ListItems.class,
                ReviewCommand.Resolve.class})
final class ReviewCommand implements Runnable {
    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new picocli.CommandLine.ParameterException(spec.commandLine(),
                "missing subcommand: pack, excerpts, mark, comment-code, merge, list, resolve");
    }

    @Command(name = "pack", description = "Write a review package (.terrain-review) of coded excerpts.")
    static final class Pack implements Callable<Integer> {
        private final Cli cli;
        @Mixin CommonOptions common;
        @Parameters(index = "0", paramLabel = "PROJECT") Path project;
        @Parameters(index = "1", paramLabel = "OUT.terrain-review") Path out;
        @Option(names = "--code", paramLabel = "PATH", description = "Excerpts of this code and its sub-codes (repeatable).")
        List<String> codes = new ArrayList<>();
        @Option(names = "--source", paramLabel = "NAME", description = "Excerpts of this source (repeatable).")
        List<String> sources = new ArrayList<>();
        @Option(names = "--reviewer", paramLabel = "NAME", description = "Who the package is for.")
        String reviewer;

        Pack(Cli cli) {
            this.cli = cli;
        }

        @Override
        public Integer call() {
            ReviewSelection selection = new ReviewSelection(codes.stream().map(CodesCommand::path).toList(), sources);
            try (ProjectStore store = cli.openForReading(project, "review pack")) {
                for (CodePath code : selection.codes()) {
                    store.codes().get(code);
                }
                int count = ReviewPack.send(store, out, selection, reviewer);
                if (cli.json()) {
                    cli.printJson(Map.of("excerpts", count));
                }
                cli.say("review_packed", count, out);
            }
            return 0;
        }
    }

    @Command(name = "excerpts", description = "List a package's excerpts with their verdicts.")
    static final class Excerpts implements Callable<Integer> {
        private final Cli cli;
        @Mixin CommonOptions common;
        @Parameters(index = "0", paramLabel = "PACKAGE") Path file;

        Excerpts(Cli cli) {
            this.cli = cli;
        }

        @Override
        public Integer call() {
            try (ReviewPackageStore pack = ReviewPackageStore.open(file)) {
                List<ReviewExcerpt> excerpts = pack.excerpts();
                if (cli.json()) {
                    cli.printJson(excerpts.stream().map(ReviewCommand::row).toList());
                } else {
                    for (ReviewExcerpt e : excerpts) {
                        cli.out().println(e.id() + "\t" + e.code() + "\t" + e.source() + "\t" + e.span().start() + ":"
                                + e.span().end() + "\t" + (e.review() == null ? "-" : e.review().verdict().word())
                                + "\t" + e.text().replace('\n', ' '));
                    }
                }
            }
            return 0;
        }
    }

    @Command(name = "mark", description = "Record a verdict on an excerpt of a package (what the app's review mode does).")
    static final class Mark implements Callable<Integer> {
        private final Cli cli;
        @Mixin CommonOptions common;
        @Parameters(index = "0", paramLabel = "PACKAGE") Path file;
        @Parameters(index = "1", paramLabel = "ID") long id;
        @Option(names = "--verdict", required = true, paramLabel = "approve|contest|recode") String verdict;
        @Option(names = "--code", paramLabel = "PATH", description = "The code proposed by a recode.") String code;
        @Option(names = "--comment", paramLabel = "TEXT") String comment;
        @Option(names = "--reviewer", required = true, paramLabel = "NAME") String reviewer;
        @Option(names = "--reviewer-id", paramLabel = "ID", description = "A stable id of the reviewer.") String reviewerId;

        Mark(Cli cli) {
            this.cli = cli;
        }

        @Override
        public Integer call() {
            ReviewVerdict parsed = ReviewVerdict.of(verdict.strip()).filter(v -> v != ReviewVerdict.COMMENT)
                    .orElseThrow(() -> new UsageException("review_bad_verdict", verdict));
            if (parsed == ReviewVerdict.RECODE && (code == null || code.isBlank())) {
                throw ReviewPackageException.recodeNeedsCode(code);
            }
            String proposed = parsed == ReviewVerdict.RECODE ? CodesCommand.path(code).toString() : null;
            try (ReviewPackageStore pack = ReviewPackageStore.open(file)) {
                ReviewExcerpt marked = pack.mark(id, new ReviewExcerpt.Review(parsed, proposed, comment,
                        new Identity(reviewerId, reviewer), Instant.now().toString()));
                if (cli.json()) {
                    cli.printJson(row(marked));
                }
                cli.say("review_marked", id, parsed.word());
            }
            return 0;
        }
    }

    @Command(name = "comment-code", description = "Leave a comment on a code itself (its definition) in a package.")
    static final class CommentCode implements Callable<Integer> {
        private final Cli cli;
        @Mixin CommonOptions common;
        @Parameters(index = "0", paramLabel = "PACKAGE") Path file;
        @Parameters(index = "1", paramLabel = "PATH") String code;
        @Option(names = "--comment", required = true, paramLabel = "TEXT") String comment;
        @Option(names = "--reviewer", required = true, paramLabel = "NAME") String reviewer;

        CommentCode(Cli cli) {
            this.cli = cli;
        }

        @Override
        public Integer call() {
            String path = CodesCommand.path(code).toString();
            try (ReviewPackageStore pack = ReviewPackageStore.open(file)) {
                pack.commentCode(path, new ReviewExcerpt.Review(ReviewVerdict.COMMENT, null, comment,
                        Identity.named(reviewer), Instant.now().toString()));
            }
            cli.say("review_code_commented", path);
            return 0;
        }
    }

    @Command(name = "merge", description = "Bring a package's verdicts into the project as review items (no coding changes).")
    static final class Merge implements Callable<Integer> {
        private final Cli cli;
        @Mixin CommonOptions common;
        @Parameters(index = "0", paramLabel = "PROJECT") Path project;
        @Parameters(index = "1", paramLabel = "PACKAGE") Path file;
        @Option(names = "--dry-run", description = "Say what would be merged; change nothing.") boolean dryRun;

        Merge(Cli cli) {
            this.cli = cli;
        }

        @Override
        public Integer call() {
            ReviewMergeResult result;
            try (ReviewPackageStore pack = ReviewPackageStore.open(file);
                 ProjectStore store = dryRun ? cli.openForReading(project, "review merge") : cli.open(project, "review merge")) {
                result = store.reviews().merge(file.toString(), pack.info(), pack.excerpts(), pack.codes(), dryRun);
            }
            if (cli.json()) {
                Map<String, Object> json = new LinkedHashMap<>();
                json.put("merged", result.merged());
                json.put("unchanged", result.unchanged());
                json.put("unmatched", result.unmatched().stream().map(u -> {
                    Map<String, Object> row = new LinkedHashMap<>();
                    row.put("id", u.id());
                    row.put("reason", u.reason());
                    return row;
                }).toList());
                json.put("dry_run", dryRun);
                cli.printJson(json);
            }
            cli.say("review_merged", result.merged(), result.unchanged(), result.unmatched().size(),
                    dryRun ? cli.messages().format("review_dry_run") : "");
            return 0;
        }
    }

    @Command(name = "list", description = "List the project's review items.")
    static final class ListItems implements Callable<Integer> {
        private final Cli cli;
        @Mixin CommonOptions common;
        @Parameters(index = "0", paramLabel = "PROJECT") Path project;
        @Option(names = "--status", paramLabel = "open|accepted|rejected") String status;

        ListItems(Cli cli) {
            this.cli = cli;
        }

        @Override
        public Integer call() {
            if (status != null && !List.of(ReviewItem.OPEN, ReviewItem.ACCEPTED, ReviewItem.REJECTED).contains(status)) {
                throw new UsageException("review_bad_status", status);
            }
            try (ProjectStore store = cli.openForReading(project, "review list")) {
                List<ReviewItem> items = store.reviews().list(status);
                if (cli.json()) {
                    cli.printJson(items.stream().map(ReviewCommand::row).toList());
                } else {
                    for (ReviewItem i : items) {
                        cli.out().println(i.id() + "\t" + i.status() + "\t" + i.verdict().word()
                                + (i.proposedCode() == null ? "" : " → " + i.proposedCode()) + "\t" + i.code() + "\t"
                                + (i.source() == null ? "" : i.source()) + "\t" + i.reviewer().name() + "\t"
                                + (i.comment() == null ? "" : i.comment().replace('\n', ' ')));
                    }
                }
            }
            return 0;
        }
    }

    @Command(name = "resolve", description = "Accept or reject a review item, with a reply (one undoable action).")
    static final class Resolve implements Callable<Integer> {
        private final Cli cli;
        @Mixin CommonOptions common;
        @Parameters(index = "0", paramLabel = "PROJECT") Path project;
        @Parameters(index = "1", paramLabel = "ID") long id;
        @picocli.CommandLine.ArgGroup(exclusive = true, multiplicity = "1") Decision decision;
        @Option(names = "--reply", paramLabel = "TEXT") String reply;

        static final class Decision {
            @Option(names = "--accept", required = true) boolean accept;
            @Option(names = "--reject", required = true) boolean reject;
        }

        Resolve(Cli cli) {
            this.cli = cli;
        }

        @Override
        public Integer call() {
            try (ProjectStore store = cli.open(project, "review resolve")) {
                ReviewItem item = store.reviews().resolve(id, decision.accept, reply);
                if (cli.json()) {
                    cli.printJson(row(item));
                }
                cli.say("review_resolved", id, item.status());
            }
            return 0;
        }
    }

    static Map<String, Object> row(ReviewExcerpt e) {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("id", e.id());
        row.put("source", e.source());
        row.put("code", e.code());
        row.put("start", e.span().start());
        row.put("end", e.span().end());
        row.put("text", e.text());
        row.put("context", e.context());
        row.put("context_start", e.contextStart());
        row.put("verdict", e.review() == null ? null : e.review().verdict().word());
        row.put("proposed_code", e.review() == null ? null : e.review().proposedCode());
        row.put("comment", e.review() == null ? null : e.review().comment());
        row.put("reviewer", e.review() == null ? null : e.review().reviewer().name());
        row.put("reviewed_at", e.review() == null ? null : e.review().reviewedAt());
        row.put("coder", e.coder());
        row.put("coded_at", e.codedAt());
        row.put("source_kind", e.sourceKind().id());
        row.put("case", e.caseName());
        row.put("attributes", e.attributes());
        return row;
    }

    static Map<String, Object> row(ReviewItem i) {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("id", i.id());
        row.put("source", i.source());
        row.put("code", i.code());
        row.put("start", i.span() == null ? null : i.span().start());
        row.put("end", i.span() == null ? null : i.span().end());
        row.put("text", i.text());
        row.put("reviewer", i.reviewer().name());
        row.put("verdict", i.verdict().word());
        row.put("proposed_code", i.proposedCode());
        row.put("comment", i.comment());
        row.put("status", i.status());
        row.put("reply", i.reply());
        row.put("package", i.packageId());
        row.put("excerpt", i.excerptKey());
        row.put("segment", i.segmentId() == 0 ? null : i.segmentId());
        row.put("reviewed_at", i.reviewedAt());
        row.put("resolved_at", i.resolvedAt());
        return row;
    }
}
