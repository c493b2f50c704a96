package org.terrain.app.project;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The user's documents folder, where a first file dialog opens: on Linux the XDG documents folder
 * ({@code XDG_DOCUMENTS_DIR} of {@code user-dirs.dirs}, which is localised: « Documents », « Dokumente »…), on
 * Windows the « Documents » shell folder (which OneDrive may have moved), on macOS {@code ~/Documents}; else
 * {@code ~/Documents}, else the home folder.
 */
public final class DocumentsFolder {
    private static final Pattern XDG_LINE = Pattern.compile("\\s*XDG_DOCUMENTS_DIR\\s*=\\s*\"?(.*?)\"?\\s*");
    private static final Pattern REGISTRY_VALUE = Pattern.compile("\\s*Personal\\s+REG_(?:EXPAND_)?SZ\\s+(.+?)\\s*");
    private static final Pattern WINDOWS_VARIABLE = Pattern.compile("%([^%]+)%");

    private DocumentsFolder() {
    }

    public static Path forUser() {
        return find(System.getProperty("os.name", ""), Path.of(System.getProperty("user.home")), System.getenv(),
                DocumentsFolder::windowsRegistry);
    }

    /** {@code registry} gives what {@code reg query} prints of the shell folder (Windows only), or null. */
    static Path find(String osName, Path home, Map<String, String> environment, Supplier<String> registry) {
        String os = osName.toLowerCase(Locale.ROOT);
        Path found = null;
        if (os.startsWith("windows")) {
            found = fromRegistry(registry.get(), environment);
        } else if (!os.startsWith("mac")) {
            found = fromUserDirs(home, environment);
        }
        for (Path candidate : java.util.Arrays.asList(found, home.resolve("Documents"))) {
            if (candidate != null && Files.isDirectory(candidate)) {
                return candidate;
            }
        }
        return home;
    }

    /** {@code XDG_DOCUMENTS_DIR="$HOME/Documents"} (or an absolute path) from {@code $XDG_CONFIG_HOME/user-dirs.dirs}. */
    private static Path fromUserDirs(Path home, Map<String, String> environment) {
        String configured = environment.get("XDG_CONFIG_HOME");
        Path config = configured != null && !configured.isBlank() && Path.of(configured).isAbsolute()
                ? Path.of(configured) : home.resolve(".config");
        try {
            for (String line : Files.readAllLines(config.resolve("user-dirs.dirs"), StandardCharsets.UTF_8)) {
                Matcher m = XDG_LINE.matcher(line);
                if (m.matches()) {
                    String value = m.group(1);
                    for (String prefix : List.of("${HOME}", "$HOME")) {
                        if (value.startsWith(prefix)) {
                            return Path.of(home + value.substring(prefix.length()));
                        }
                    }
                    return Path.of(value).isAbsolute() ? Path.of(value) : null;
                }
            }
        } catch (IOException | InvalidPathException e) {
            return null; // no such file (no XDG desktop): the usual ~/Documents
        }
        return null;
    }

    /** The « Personal » shell folder as {@code reg query} prints it, {@code %USERPROFILE%} and the like expanded. */
    private static Path fromRegistry(String output, Map<String, String> environment) {
        if (output == null) {
            return null;
        }
        for (String line : output.split("\\R")) {
            Matcher m = REGISTRY_VALUE.matcher(line);
            if (m.matches()) {
                Matcher variable = WINDOWS_VARIABLE.matcher(m.group(1));
                StringBuilder expanded = new StringBuilder();
                while (variable.find()) {
                    String value = environment.get(variable.group(1));
                    variable.appendReplacement(expanded, Matcher.quoteReplacement(value == null ? variable.group()
                            : value));
                }
                variable.appendTail(expanded);
                try {
                    return Path.of(expanded.toString());
                } catch (InvalidPathException e) {
                    return null;
                }
            }
        }
        return null;
    }

    /** Asks Windows where the user's Documents are (a second at most); null when it does not say. */
    private static String windowsRegistry() {
        try {
            Process reg = new ProcessBuilder("reg", "query",
                    "HKCU\\Software\\Microsoft\\Windows\\CurrentVersion\\Explorer\\User Shell Folders", "/v", "Personal")
                    .redirectErrorStream(true).start();
            if (!reg.waitFor(1, TimeUnit.SECONDS)) {
                reg.destroyForcibly();
                return null;
            }
            return new String(reg.getInputStream().readAllBytes(), java.nio.charset.Charset.defaultCharset());
        } catch (IOException e) {
            return null;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        }
    }
}
