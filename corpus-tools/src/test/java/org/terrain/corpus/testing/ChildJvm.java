package org.terrain.corpus.testing;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

/** A second JVM on the test classpath: another process, as a second user or a killed import would be. */
public final class ChildJvm implements AutoCloseable {
    private final Process process;
    private final List<String> stderr = new CopyOnWriteArrayList<>();

    private ChildJvm(Process process) {
        this.process = process;
        Thread reader = new Thread(() -> {
            try (BufferedReader in = new BufferedReader(new InputStreamReader(process.getErrorStream(),
                    StandardCharsets.UTF_8))) {
                for (String line; (line = in.readLine()) != null; ) {
                    stderr.add(line);
                }
            } catch (IOException ignored) {
                // the process died: that is what some tests do
            }
        }, "child-stderr");
        reader.setDaemon(true);
        reader.start();
    }

    public static ChildJvm start(Class<?> main, String... args) throws IOException {
        return start(List.of(), main, args);
    }

    /** The same with options for the child's JVM, such as a small heap ({@code -Xmx256m}). */
    public static ChildJvm start(List<String> jvmOptions, Class<?> main, String... args) throws IOException {
        String java = ProcessHandle.current().info().command().orElse(
                Path.of(System.getProperty("java.home"), "bin", "java").toString());
        List<String> command = new ArrayList<>(List.of(java, "--add-modules", "jdk.incubator.vector",
                "--enable-native-access=ALL-UNNAMED"));
        command.addAll(jvmOptions);
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), main.getName()));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).redirectOutput(ProcessBuilder.Redirect.DISCARD);
        return new ChildJvm(builder.start());
    }

    public long pid() {
        return process.pid();
    }

    public Process process() {
        return process;
    }

    /** Waits until a line of stderr satisfies {@code condition}; fails after {@code timeout}. */
    public void awaitStderr(Predicate<String> condition, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            if (stderr.stream().anyMatch(condition)) {
                return;
            }
            if (!process.isAlive() && stderr.stream().noneMatch(condition)) {
                Thread.sleep(100);
                if (stderr.stream().noneMatch(condition)) {
                    throw new AssertionError("child ended (" + process.exitValue() + ") before the expected line: "
                            + stderr);
                }
            }
            Thread.sleep(20);
        }
        throw new AssertionError("timed out waiting for the child; its stderr: " + stderr);
    }

    /** SIGKILL on Unix, TerminateProcess on Windows: no shutdown hook, no cleanup. */
    public void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor(30, TimeUnit.SECONDS);
    }

    public List<String> stderr() {
        return stderr;
    }

    @Override
    public void close() throws InterruptedException {
        if (process.isAlive()) {
            kill();
        }
    }
}
