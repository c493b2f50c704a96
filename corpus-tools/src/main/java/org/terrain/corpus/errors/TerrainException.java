package org.terrain.corpus.errors;

import java.util.Arrays;

/**
 * A problem the user can act on. {@link #code()} is stable (it is the {@code error.code} of the JSON output and
 * the key of the message in French and English); the arguments fill the message. Technical detail belongs in
 * the cause and the log, not here.
 */
public class TerrainException extends RuntimeException {
    /** How the command line reports it: exit 1 when the user must act, exit 2 for a usage error. */
    public enum Category {
        ACTION_NEEDED(1), USAGE(2);

        private final int exitCode;

        Category(int exitCode) {
            this.exitCode = exitCode;
        }

        public int exitCode() {
            return exitCode;
        }
    }

    private final String code;
    private final Category category;
    private final transient Object[] args;

    public TerrainException(String code, Category category, Object... args) {
        this(code, category, null, args);
    }

    public TerrainException(String code, Category category, Throwable cause, Object... args) {
        super(Messages.english().format(code, args), cause);
        this.code = code;
        this.category = category;
        this.args = args.clone();
    }

    public String code() {
        return code;
    }

    public Category category() {
        return category;
    }

    public Object[] args() {
        return args.clone();
    }

    /** The message in the user's language. */
    public String localizedMessage(Messages messages) {
        return messages.format(code, args);
    }

    @Override
    public String toString() {
        return getClass().getSimpleName() + "[" + code + " " + Arrays.toString(args) + "]";
    }
}
