package org.terrain.corpus.cli;

import picocli.CommandLine.Option;

/**
 * Options every command accepts. Their values are read from the raw arguments before parsing (so that even a
 * usage error answers in JSON and in the right language); declaring them here makes them legal everywhere.
 */
public final class CommonOptions {
    @Option(names = "--json", description = "Print one JSON document on stdout.")
    boolean json;

    @Option(names = "--lang", paramLabel = "fr|en", description = "Language of messages (default: French).")
    String lang;

    @Option(names = "--coder", paramLabel = "NAME", description = "Who makes the changes: their codings, memos and "
            + "log entries carry this name (default: $TERRAIN_CODER, else your user name).")
    String coder;

    @Option(names = {"-h", "--help"}, usageHelp = true, description = "Show this help and exit.")
    boolean help;
}
