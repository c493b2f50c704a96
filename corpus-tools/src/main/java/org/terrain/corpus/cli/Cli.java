package org.terrain.corpus.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.terrain.corpus.errors.Messages;
import org.terrain.corpus.errors.ProjectLockedException;
import org.terrain.corpus.model.Identity;
import org.terrain.corpus.search.SearchIndex;
import org.terrain.corpus.store.ProjectStore;

/** What every command shares: the output streams, the user's language, JSON output, opening the project. */
public final class Cli {
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private final PrintStream out;
    private final PrintStream err;
    private final Messages messages;
    private final boolean json;
    private final Identity identity;

    Cli(PrintStream out, PrintStream err, Messages messages, boolean json, Identity identity) {
        this.out = out;
        this.err = err;
        this.messages = messages;
        this.json = json;
        this.identity = identity;
    }

    PrintStream out() {
        return out;
    }

    PrintStream err() {
        return err;
    }

    Messages messages() {
        return messages;
    }

    boolean json() {
        return json;
    }

    /** A message for the user, on stderr. */
    void say(String key, Object... args) {
        err.println(messages.format(key, args));
    }

    void printJson(Object value) {
        try {
            out.println(JSON.writeValueAsString(value));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write JSON", e);
        }
    }

    /** Reports an error the contract's way and returns the exit code. */
    int error(String code, String message, int exitCode) {
        if (json) {
            Map<String, Object> error = new LinkedHashMap<>();
            error.put("code", code);
            error.put("message", message);
            printJson(Map.of("error", error));
        }
        err.println(messages.format("error_prefix") + message);
        return exitCode;
    }

    /** For a command that changes the project: its changes are made as {@code --coder}, else the default. */
    ProjectStore open(Path project, String command) {
        ProjectStore store = ProjectStore.open(project, "terrain " + command);
        store.actAs(identity);
        return store;
    }

    /** For a command that only reads: beside the app or any process holding the project, never refused by it. */
    ProjectStore openForReading(Path project, String command) {
        return ProjectStore.openForReading(project, "terrain " + command);
    }

    /**
     * For a command that searches: for reading, as {@link #openForReading}; but when the index on disk is behind
     * the database and nobody holds the project, the usual open, so that this search brings the index up to date
     * once rather than every later search indexing the same changes in memory again.
     */
    ProjectStore openForSearch(Path project, String command) {
        ProjectStore reading = openForReading(project, command);
        if (!reading.readOnly() || SearchIndex.upToDateOnDisk(reading)) {
            return reading;
        }
        reading.close();
        try {
            return open(project, command); // it indexes, which changes nothing the log records
        } catch (ProjectLockedException held) {
            return openForReading(project, command);
        }
    }

    /** Who the changes are made by: {@code --coder NAME}, else {@code $TERRAIN_CODER}, else the login. */
    static Identity identity(String coderOption) {
        if (coderOption != null && !coderOption.isBlank()) {
            return Identity.named(coderOption);
        }
        return Identity.fromEnvironment(System.getenv("TERRAIN_CODER"), System.getProperty("user.name"));
    }
}
