package org.terrain.corpus.store;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.sqlite.SQLiteJDBCLoader;
import org.sqlite.util.LibraryLoaderUtil;
import org.sqlite.util.OSInfo;

/**
 * sqlite-jdbc's native library, kept once in Terrain's cache folder and loaded from there. Left to itself, the
 * driver extracts it into the temporary folder under a new name at every start and deletes it at exit: each
 * process killed (kill -9, a crash) left 1.1 MB there. Here there is one copy per driver version and platform,
 * written whole under a temporary name then moved in place, so that two processes starting at once never load
 * half a file; a copy that differs from the driver's (damaged, or another build) is written again.
 */
final class SqliteLibrary {
    private static final Logger LOG = LoggerFactory.getLogger(SqliteLibrary.class);
    /** The driver's own settings: a folder and a file name it loads instead of extracting. */
    private static final String PATH_PROPERTY = "org.sqlite.lib.path";
    private static final String NAME_PROPERTY = "org.sqlite.lib.name";

    private SqliteLibrary() {
    }

    /**
     * Points the driver at the cached copy, extracting it first when needed; must run before the first
     * connection. A library path set by whoever started the JVM is kept; when the cache cannot be written, the
     * driver does as it always did.
     */
    static void useCachedCopy() {
        if (System.getProperty(PATH_PROPERTY) != null) {
            return;
        }
        try {
            Path cache = cacheFolder(System.getenv(), System.getProperty("os.name", ""),
                    System.getProperty("user.home", ""));
            extract(cache).ifPresent(library -> {
                System.setProperty(PATH_PROPERTY, library.getParent().toString());
                System.setProperty(NAME_PROPERTY, library.getFileName().toString());
            });
        } catch (RuntimeException e) { // an odd TERRAIN_HOME, say: never a reason not to open the project
            LOG.warn("cannot find Terrain's cache folder; SQLite's driver extracts its own library", e);
        }
    }

    /**
     * Terrain's cache folder: {@code $TERRAIN_HOME/cache} when set, else the platform's place for caches
     * ({@code $XDG_CACHE_HOME/terrain} or {@code ~/.cache/terrain}, {@code ~/Library/Caches/Terrain},
     * {@code %LOCALAPPDATA%\Terrain\cache}).
     */
    static Path cacheFolder(Map<String, String> environment, String osName, String userHome) {
        String terrainHome = environment.get("TERRAIN_HOME");
        if (terrainHome != null && !terrainHome.isBlank()) {
            return Path.of(terrainHome, "cache");
        }
        String os = osName.toLowerCase(Locale.ROOT);
        if (os.startsWith("windows")) {
            String local = environment.get("LOCALAPPDATA");
            Path base = local != null && !local.isBlank() ? Path.of(local) : Path.of(userHome, "AppData", "Local");
            return base.resolve("Terrain").resolve("cache");
        }
        if (os.startsWith("mac")) {
            return Path.of(userHome, "Library", "Caches", "Terrain");
        }
        String xdg = environment.get("XDG_CACHE_HOME");
        // The XDG specification: a relative path is invalid and is ignored.
        return xdg != null && Path.of(xdg).isAbsolute() ? Path.of(xdg, "terrain") : Path.of(userHome, ".cache", "terrain");
    }

    /**
     * The driver's library for this platform as a file under {@code cache}, in a folder named by the driver
     * version; empty when the driver has none for this platform or the file cannot be written.
     */
    static Optional<Path> extract(Path cache) {
        String resource = LibraryLoaderUtil.getNativeLibResourcePath() + "/" + LibraryLoaderUtil.getNativeLibName();
        try (InputStream in = SQLiteJDBCLoader.class.getResourceAsStream(resource)) {
            if (in == null) {
                return Optional.empty();
            }
            byte[] library = in.readAllBytes();
            Path folder = cache.resolve("sqlite-jdbc").resolve(SQLiteJDBCLoader.getVersion())
                    .resolve(OSInfo.getNativeLibFolderPathForCurrentOS().replace('/', '-'));
            Path target = folder.resolve(LibraryLoaderUtil.getNativeLibName());
            if (!sameContent(target, library)) {
                write(folder, target, library);
            }
            return Optional.of(target);
        } catch (IOException | RuntimeException e) {
            LOG.warn("cannot keep SQLite's native library in {}; the driver extracts its own", cache, e);
            return Optional.empty();
        }
    }

    private static void write(Path folder, Path target, byte[] library) throws IOException {
        Files.createDirectories(folder);
        Path partial = Files.createTempFile(folder, target.getFileName().toString(), ".partial");
        try {
            Files.write(partial, library);
            Files.move(partial, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            // On Windows a library another process has loaded cannot be replaced: use it if it is whole.
            Files.deleteIfExists(partial);
            if (!sameContent(target, library)) {
                throw e;
            }
        }
    }

    private static boolean sameContent(Path file, byte[] expected) throws IOException {
        return Files.isRegularFile(file) && Files.size(file) == expected.length
                && Arrays.equals(Files.readAllBytes(file), expected);
    }
}
