package org.terrain.corpus.model;

/**
 * Who changes the project: the researcher, a second coder. Every coding, memo, journal entry and entry of the
 * operation log made through a store carries its identity, so they all name the same person.
 *
 * @param id   a stable id that survives a change of name (the app makes one at its first start), or null for
 *             an identity known by its name only ({@code --coder NAME}, {@code $TERRAIN_CODER})
 * @param name the name shown for it
 */
public record Identity(String id, String name) {
    public Identity {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("an identity needs a name");
        }
        name = name.strip();
        id = id == null || id.isBlank() ? null : id.strip();
    }

    /** An identity known by its name only. */
    public static Identity named(String name) {
        return new Identity(null, name);
    }

    /**
     * The identity of the command line and of a first start: {@code $TERRAIN_CODER} when set, else the login
     * ({@code user.name}), else « ? ».
     */
    public static Identity fromEnvironment(String terrainCoder, String userName) {
        if (terrainCoder != null && !terrainCoder.isBlank()) {
            return named(terrainCoder);
        }
        return named(userName == null || userName.isBlank() ? "?" : userName);
    }
}
