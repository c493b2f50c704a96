package org.terrain.app.project;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;
import java.util.Properties;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.terrain.corpus.model.Identity;

/**
 * Who uses this app: an id made once and a name, in {@code $TERRAIN_HOME/identity.properties}. Asked at the first
 * start, changed in the preferences; every coding, memo and log entry the app makes carries it, and a new name
 * keeps the id, so the projects rename their coder rather than gaining a second one. A file that cannot be
 * read or written costs the memory of it, never the session: it is logged and the identity kept in memory.
 */
public final class UserIdentity {
    public static final String FILE = "identity.properties";
    private static final Logger LOG = LoggerFactory.getLogger(UserIdentity.class);

    private final Path file;

    public UserIdentity(Path file) {
        this.file = file;
    }

    /** The identity kept under Terrain's home. */
    public static UserIdentity in(Path terrainHome) {
        return new UserIdentity(terrainHome.resolve(FILE));
    }

    /** The identity saved by an earlier start; none at the first. */
    public Optional<Identity> saved() {
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        Properties values = new Properties();
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            values.load(in);
        } catch (IOException | RuntimeException e) {
            LOG.warn("identity file {} unreadable", file, e);
            return Optional.empty();
        }
        String name = values.getProperty("name");
        return name == null || name.isBlank() ? Optional.empty()
                : Optional.of(new Identity(values.getProperty("id"), name));
    }

    /**
     * Keeps {@code name} as the user's: under the id saved before, or a new one the first time. Returns the
     * identity, saved or, when the file could not be written, for this session only.
     */
    public Identity save(String name) {
        String id = saved().map(Identity::id).orElseGet(() -> UUID.randomUUID().toString());
        Identity identity = new Identity(id, name);
        Properties values = new Properties();
        values.setProperty("id", identity.id());
        values.setProperty("name", identity.name());
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            Path partial = file.resolveSibling(FILE + ".partial");
            try (Writer out = Files.newBufferedWriter(partial, StandardCharsets.UTF_8)) {
                values.store(out, "Terrain: who codes, writes memos and is named in the operation log");
            }
            try {
                Files.move(partial, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (java.nio.file.AtomicMoveNotSupportedException e) {
                Files.move(partial, file, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException | RuntimeException e) {
            LOG.warn("identity not saved in {}", file, e);
        }
        return identity;
    }

    /**
     * The name to offer at the first start: {@code $TERRAIN_CODER} when set (the command line's), else the full
     * name the system gives the login (Linux's user database), else the login.
     */
    public static String suggestedName() {
        String login = System.getProperty("user.name", "");
        String chosen = System.getenv("TERRAIN_CODER");
        if (chosen != null && !chosen.isBlank()) {
            return chosen.strip();
        }
        return fullName(Path.of("/etc/passwd"), login).orElse(login);
    }

    /** The full name of {@code login} in a passwd file (the first part of its comment field), if it has one. */
    static Optional<String> fullName(Path passwd, String login) {
        if (login == null || login.isBlank() || !Files.isReadable(passwd)) {
            return Optional.empty();
        }
        try {
            for (String line : Files.readAllLines(passwd, StandardCharsets.UTF_8)) {
                String[] fields = line.split(":", -1);
                if (fields.length >= 5 && fields[0].equals(login)) {
                    String name = fields[4].split(",", -1)[0].strip();
                    return name.isEmpty() ? Optional.empty() : Optional.of(name);
                }
            }
        } catch (IOException | RuntimeException e) {
            LOG.debug("no full name for {} in {}", login, passwd, e);
        }
        return Optional.empty();
    }
}
