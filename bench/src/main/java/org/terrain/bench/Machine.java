package org.terrain.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** One line saying what machine a figure was measured on: figures mean nothing without it. */
final class Machine {
    private Machine() {
    }

    static String describe() {
        String cpu = "?";
        try {
            cpu = Files.readAllLines(Path.of("/proc/cpuinfo")).stream().filter(l -> l.startsWith("model name"))
                    .findFirst().map(l -> l.substring(l.indexOf(':') + 1).strip()).orElse("?");
        } catch (IOException | RuntimeException e) {
            // not Linux: the JVM's own figures below are enough
        }
        Runtime rt = Runtime.getRuntime();
        return String.format("machine: %s, %d cores, max heap %d MB, Java %s, %s %s", cpu, rt.availableProcessors(),
                rt.maxMemory() / 1_000_000, System.getProperty("java.version"), System.getProperty("os.name"),
                System.getProperty("os.arch"));
    }
}
