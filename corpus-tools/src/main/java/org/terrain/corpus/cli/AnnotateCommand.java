package org.terrain.corpus.cli;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import org.terrain.corpus.errors.UsageException;
import org.terrain.corpus.nlp.AnnotationJob;
import org.terrain.corpus.nlp.Annotators;
import org.terrain.corpus.search.SearchIndex;
import org.terrain.corpus.store.ProjectStore;
import org.terrain.corpus.task.Cancellation;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "annotate", description = "Language analysis (CoreNLP French): parts of speech, lemmas, entities "
        + "of every source not yet annotated.")
final class AnnotateCommand implements Callable<Integer> {
    private final Cli cli;
    @Mixin CommonOptions common;

    @Parameters(index = "0", paramLabel = "PROJECT")
    Path project;

    @Option(names = "--annotators", defaultValue = "pos,lemma,ner", paramLabel = "pos,lemma,ner",
            description = "What to compute; lemmas come with parts of speech, entities (ner) are optional.")
    String annotators;

    @Option(names = "--threads", paramLabel = "N", description = "Sources annotated at once (default: one per core).")
    Integer threads;

    AnnotateCommand(Cli cli) {
        this.cli = cli;
    }

    @Override
    public Integer call() {
        Annotators parsed;
        try {
            parsed = Annotators.parse(annotators);
        } catch (IllegalArgumentException e) {
            throw new UsageException("bad_annotators", annotators);
        }
        if (threads != null && threads < 1) {
            throw new UsageException("bad_limit", threads);
        }
        Cancellation cancellation = new Cancellation();
        AnnotationJob.Summary summary;
        try (CtrlC interrupt = CtrlC.cancels(cancellation, "terrain-annotate-interrupt");
             ProjectStore store = cli.open(project, "annotate")) {
            AnnotationJob job = threads == null ? AnnotationJob.of(store, parsed) : AnnotationJob.of(store, parsed, threads);
            summary = job.run(Progress.on(cli, "annotate"), cancellation);
            if (summary.sources() > 0) {
                // Lemmas are searchable (lemma:…): the index takes them in now rather than at the next search.
                SearchIndex.open(store, Progress.on(cli, "indexing")).close();
            }
        }
        if (cli.json()) {
            Map<String, Object> out = new LinkedHashMap<>();
            out.put("sources", summary.sources());
            out.put("tokens", summary.tokens());
            out.put("seconds", summary.seconds());
            out.put("cancelled", summary.cancelled());
            out.put("remaining", summary.remaining());
            cli.printJson(out);
        } else {
            cli.say("annotate_done", summary.sources(), summary.tokens(), summary.seconds());
        }
        if (summary.cancelled()) {
            cli.say("annotate_cancelled", summary.remaining());
            return 1;
        }
        return 0;
    }
}
