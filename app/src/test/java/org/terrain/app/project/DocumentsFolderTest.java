package org.terrain.app.project;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The user's documents folder, found as each system keeps it, on a fake home. */
class DocumentsFolderTest {
    private static final String LINUX = "Linux";

    @TempDir
    Path home;

    @Test
    void onLinuxTheXdgDocumentsFolderOfUserDirsComesFirst() throws Exception {
        Path documents = Files.createDirectories(home.resolve("Dokumente"));
        Files.createDirectories(home.resolve("Documents"));
        userDirs(home.resolve(".config"), "XDG_DESKTOP_DIR=\"$HOME/Bureau\"\nXDG_DOCUMENTS_DIR=\"$HOME/Dokumente\"\n");

        assertThat(DocumentsFolder.find(LINUX, home, Map.of(), () -> null)).isEqualTo(documents);
    }

    @Test
    void onLinuxXdgConfigHomeSaysWhereUserDirsIs() throws Exception {
        Path documents = Files.createDirectories(home.resolve("écrits"));
        Path config = home.resolve("ailleurs");
        userDirs(config, "# written by xdg-user-dirs-update\nXDG_DOCUMENTS_DIR=\"" + documents + "\"\n");

        assertThat(DocumentsFolder.find(LINUX, home, Map.of("XDG_CONFIG_HOME", config.toString()), () -> null))
                .isEqualTo(documents);
    }

    @Test
    void onLinuxAMissingXdgFolderFallsBackToDocumentsThenHome() throws Exception {
        userDirs(home.resolve(".config"), "XDG_DOCUMENTS_DIR=\"$HOME/Documents introuvables\"\n");

        assertThat(DocumentsFolder.find(LINUX, home, Map.of(), () -> null)).isEqualTo(home);
        Path documents = Files.createDirectories(home.resolve("Documents"));
        assertThat(DocumentsFolder.find(LINUX, home, Map.of(), () -> null)).isEqualTo(documents);
    }

    @Test
    void onMacOsItIsDocumentsInTheHome() throws Exception {
        Path documents = Files.createDirectories(home.resolve("Documents"));

        assertThat(DocumentsFolder.find("Mac OS X", home, Map.of(), () -> null)).isEqualTo(documents);
    }

    @Test
    void onWindowsItIsTheShellFolderOfTheRegistryWithItsVariablesExpanded() throws Exception {
        Path documents = Files.createDirectories(home.resolve("OneDrive").resolve("Documents"));
        Files.createDirectories(home.resolve("Documents"));
        String registry = """

                HKEY_CURRENT_USER\\Software\\Microsoft\\Windows\\CurrentVersion\\Explorer\\User Shell Folders
                    Personal    REG_EXPAND_SZ    %USERPROFILE%/OneDrive/Documents

                """;

        assertThat(DocumentsFolder.find("Windows 11", home, Map.of("USERPROFILE", home.toString()), () -> registry))
                .isEqualTo(documents);
        assertThat(DocumentsFolder.find("Windows 11", home, Map.of(), () -> null)).isEqualTo(home.resolve("Documents"));
    }

    private static void userDirs(Path config, String text) throws Exception {
        Files.createDirectories(config);
        Files.writeString(config.resolve("user-dirs.dirs"), text);
    }
}
