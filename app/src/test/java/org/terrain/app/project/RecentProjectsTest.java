package org.terrain.app.project;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RecentProjectsTest {
    @TempDir
    Path temp;

    @Test
    void theLastOpenedComesFirstAndOnlyOnce() throws Exception {
        RecentProjects recent = RecentProjects.in(temp.resolve("home"));
        Path a = Files.createDirectories(temp.resolve("a"));
        Path b = Files.createDirectories(temp.resolve("b"));

        recent.add(a);
        recent.add(b);
        recent.add(a);

        assertThat(RecentProjects.in(temp.resolve("home")).list()).containsExactly(a, b);
        assertThat(temp.resolve("home").resolve(RecentProjects.FILE)).isRegularFile();
    }

    @Test
    void atMostTenAreKept() throws Exception {
        RecentProjects recent = RecentProjects.in(temp);
        List<Path> folders = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            folders.add(Files.createDirectories(temp.resolve("p" + i)));
            recent.add(folders.getLast());
        }

        assertThat(recent.list()).hasSize(RecentProjects.MAX).startsWith(folders.get(11)).doesNotContain(folders.get(1));
    }

    @Test
    void missingFoldersArePruned() throws Exception {
        RecentProjects recent = RecentProjects.in(temp);
        Path kept = Files.createDirectories(temp.resolve("gardé"));
        Path gone = Files.createDirectories(temp.resolve("supprimé"));
        recent.add(kept);
        recent.add(gone);

        Files.delete(gone);

        assertThat(recent.list()).containsExactly(kept);
    }

    @Test
    void noFileMeansNoRecentProject() {
        assertThat(RecentProjects.in(temp.resolve("absent")).list()).isEmpty();
    }
}
