package org.terrain.corpus.cli;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

/** One in-process run of the command line, with what it printed. */
record CliRun(int exit, String out, String err) {
    static CliRun of(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int exit = TerrainCli.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        return new CliRun(exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    com.fasterxml.jackson.databind.JsonNode json() {
        try {
            return new com.fasterxml.jackson.databind.ObjectMapper().readTree(out);
        } catch (java.io.IOException e) {
            throw new AssertionError("stdout is not one JSON document: " + out, e);
        }
    }
}
