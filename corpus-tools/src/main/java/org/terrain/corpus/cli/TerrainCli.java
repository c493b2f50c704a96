package org.terrain.corpus.cli;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.terrain.corpus.errors.Messages;
import org.terrain.corpus.errors.TerrainException;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code terrain} command line. Exit codes follow the contract: 0 success, 1 the user must act (failed
 * files, locked project, unknown source or code…), 2 usage error. With {@code --json}, stdout holds one JSON
 * document and nothing else, errors included; messages go to stderr, in French unless {@code --lang en} or an
 * English {@code LANG}.
 */
@Command(name = "terrain", mixinStandardHelpOptions = true, version = "terrain 0.1.0",
        description = "Terrain: qualitative research on French fieldwork (projects, import, coding).",
        subcommands = {InitCommand.class, ImportCommand.class, SourcesCommand.class, TextCommand.class, CasesCommand.class,
                SearchCommand.class, AutocodeCommand.class, ContrastCommand.class, CodeTableCommand.class,
                CooccurrenceCommand.class, ConcordanceCommand.class, EditCommand.class,
                SpeakersCommand.class, CodesCommand.class, CodeCommand.class, SegmentsCommand.class,
                CheckCommand.class, BackupCommand.class, RestoreCommand.class, LogCommand.class, HistoryCommands.Undo.class,
                HistoryCommands.Redo.class, ExportCommand.class, AnnotateCommand.class, EntitiesCommand.class,
                NlpEvalCommand.class, SetsCommand.class, MemoCommand.class, LeakCheckCommand.class,
                AgreementCommand.class, CodersCommand.class, MergeCommand.class, ReviewCommand.class,
                PseudonymsCommand.class})
public final class TerrainCli implements Runnable {
    private static final Logger LOG = LoggerFactory.getLogger(TerrainCli.class);
    /**
     * Lucene reports its vector set-up through java.util.logging at INFO: not for the user's terminal. Held here
     * because java.util.logging keeps loggers weakly: a level set on a logger nobody holds is lost at the next
     * garbage collection (loading the language models makes one), and the line came back.
     */
    private static final java.util.logging.Logger LUCENE_LOG = java.util.logging.Logger.getLogger("org.apache.lucene");

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;
    // So that « terrain --lang en » alone says, in English, that a command is missing (their values are read
    // before parsing, as for every command: see CommonOptions, whose -h would replace the standard -h and -V).
    @CommandLine.Option(names = "--json", hidden = true)
    boolean json;
    @CommandLine.Option(names = "--lang", hidden = true)
    String lang;
    @CommandLine.Option(names = "--coder", hidden = true)
    String coder;

    private final Cli cli;

    private TerrainCli(Cli cli) {
        this.cli = cli;
    }

    public static void main(String[] args) {
        LUCENE_LOG.setLevel(java.util.logging.Level.WARNING);
        PrintStream out = new PrintStream(new FileOutputStream(FileDescriptor.out), true, StandardCharsets.UTF_8);
        PrintStream err = new PrintStream(new FileOutputStream(FileDescriptor.err), true, StandardCharsets.UTF_8);
        int code = run(args, out, err);
        out.flush();
        err.flush();
        System.exit(code);
    }

    /** Runs one command with the given streams and returns its exit code (tests call this in-process). */
    public static int run(String[] args, PrintStream out, PrintStream err) {
        Cli cli = new Cli(out, err, Messages.forUser(option(args, "--lang")), hasFlag(args, "--json"),
                Cli.identity(option(args, "--coder")));
        CommandLine commandLine = new CommandLine(new TerrainCli(cli), new ContextFactory(cli));
        commandLine.setOut(new java.io.PrintWriter(out, true));
        commandLine.setErr(new java.io.PrintWriter(err, true));
        commandLine.setParameterExceptionHandler((ex, arguments) -> {
            cli.error("usage", ex.getMessage(), 2);
            if (!cli.json()) {
                ex.getCommandLine().usage(ex.getCommandLine().getErr());
            }
            return 2;
        });
        commandLine.setExecutionExceptionHandler((ex, cmd, parseResult) -> {
            if (ex instanceof TerrainException te) {
                LOG.debug("command failed", te);
                return cli.error(te.code(), te.localizedMessage(cli.messages()), te.category().exitCode());
            }
            LOG.error("unexpected failure", ex);
            return cli.error("internal", cli.messages().format("internal", String.valueOf(ex)), 1);
        });
        return commandLine.execute(args);
    }

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), cli.messages().format("missing_command"));
    }

    /** The value of an option every command takes, read before parsing (see {@link CommonOptions}). */
    private static String option(String[] args, String name) {
        for (int i = 0; i < args.length; i++) {
            if (args[i].equals(name) && i + 1 < args.length) {
                return args[i + 1];
            }
            if (args[i].startsWith(name + "=")) {
                return args[i].substring(name.length() + 1);
            }
        }
        return null;
    }

    private static boolean hasFlag(String[] args, String flag) {
        for (String arg : args) {
            if (arg.equals(flag)) {
                return true;
            }
        }
        return false;
    }

    /** Hands every command the shared {@link Cli} context through its constructor. */
    private record ContextFactory(Cli cli) implements CommandLine.IFactory {
        @Override
        public <K> K create(Class<K> type) throws Exception {
            try {
                return type.getDeclaredConstructor(Cli.class).newInstance(cli);
            } catch (NoSuchMethodException e) {
                return CommandLine.defaultFactory().create(type);
            }
        }
    }
}
