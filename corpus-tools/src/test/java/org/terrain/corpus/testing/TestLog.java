package org.terrain.corpus.testing;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** What the engine logged, where the user finds it: the log file, and the console (stderr) of a command. */
public final class TestLog {
    private TestLog() {
    }

    /** The log file as logback.xml places it ({@code terrain.log.dir}, set for the tests in the pom). */
    public static String text() {
        String dir = System.getProperty("terrain.log.dir");
        Path file = dir != null ? Path.of(dir, "terrain.log")
                : Path.of(System.getProperty("user.home"), ".terrain", "logs", "terrain.log");
        try {
            return Files.exists(file) ? Files.readString(file, StandardCharsets.UTF_8) : "";
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Catches what is written to stderr (logback's console appender writes through System.err) until closed. */
    public static Console console() {
        return new Console();
    }

    public static final class Console implements AutoCloseable {
        private final PrintStream before = System.err;
        private final ByteArrayOutputStream caught = new ByteArrayOutputStream();

        private Console() {
            System.setErr(new PrintStream(caught, true, StandardCharsets.UTF_8));
        }

        public String text() {
            return caught.toString(StandardCharsets.UTF_8);
        }

        @Override
        public void close() {
            System.setErr(before);
        }
    }
}
