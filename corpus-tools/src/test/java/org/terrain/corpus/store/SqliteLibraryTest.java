package org.terrain.corpus.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.sqlite.SQLiteJDBCLoader;

/** Where sqlite-jdbc's native library is kept, and that a copy there is whole and of this driver. */
class SqliteLibraryTest {
    @TempDir
    Path dir;

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource(delimiter = '|', nullValues = "-", value = {
        "Linux       | -                   | -                | -            | /home/lea/.cache/terrain",
        "Linux       | /data/cache         | -                | -            | /data/cache/terrain",
        "Linux       | relative/cache      | -                | -            | /home/lea/.cache/terrain",
        "Linux       | /data/cache         | -                | /data/t      | /data/t/cache",
        "Mac OS X    | -                   | -                | -            | /home/lea/Library/Caches/Terrain",
        "Windows 11  | -                   | /c/Local         | -            | /c/Local/Terrain/cache",
        "Windows 11  | -                   | -                | -            | /home/lea/AppData/Local/Terrain/cache",
    })
    void theCacheFolderFollowsThePlatformUnlessTerrainHomeIsSet(String os, String xdg, String localAppData,
                                                                String terrainHome, String expected) {
        Map<String, String> environment = new java.util.HashMap<>();
        if (xdg != null) {
            environment.put("XDG_CACHE_HOME", xdg);
        }
        if (localAppData != null) {
            environment.put("LOCALAPPDATA", localAppData);
        }
        if (terrainHome != null) {
            environment.put("TERRAIN_HOME", terrainHome);
        }
        assertThat(SqliteLibrary.cacheFolder(environment, os, "/home/lea")).isEqualTo(Path.of(expected));
    }

    @Test
    void theCopyIsKeyedByTheDriverVersionAndADamagedOneIsReplaced() throws Exception {
        Path library = SqliteLibrary.extract(dir).orElseThrow();
        assertThat(dir.relativize(library).toString()).contains(SQLiteJDBCLoader.getVersion());
        byte[] whole = Files.readAllBytes(library);
        assertThat(whole).hasSizeGreaterThan(100_000);

        Files.write(library, new byte[] {1, 2, 3});
        assertThat(SqliteLibrary.extract(dir)).contains(library);
        assertThat(Files.readAllBytes(library)).isEqualTo(whole);
        try (var files = Files.walk(dir)) {
            assertThat(files.filter(Files::isRegularFile)).containsExactly(library);
        }
    }
}
