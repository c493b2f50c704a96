package org.terrain.codingschemes;

/**
 * One problem found in a codebook, with its place (file, line, path of the code), so that every problem can be
 * fixed in one pass rather than one per run.
 */
public record Diagnostic(Severity severity, String place, String message) {
    public enum Severity { ERROR, WARNING }

    public boolean isError() {
        return severity == Severity.ERROR;
    }

    @Override
    public String toString() {
        return severity.name().toLowerCase(java.util.Locale.ROOT) + " " + place + ": " + message;
    }
}
