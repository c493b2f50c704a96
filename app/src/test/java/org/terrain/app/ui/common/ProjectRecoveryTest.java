package org.terrain.app.ui.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.terrain.app.project.ProjectChoice;
import org.terrain.app.ui.backups.BackupRow;
import org.terrain.codingschemes.CodePath;
import org.terrain.corpus.errors.ProjectLockedException;
import org.terrain.corpus.store.Backups;
import org.terrain.corpus.store.ProjectLayout;
import org.terrain.corpus.store.ProjectStore;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

/** A damaged project in the window, « Projet › Restaurer une sauvegarde… », and the backup the window leaves. */
@ExtendWith(ApplicationExtension.class)
class ProjectRecoveryTest {
    @TempDir
    Path temp;
    private Path project;
    /** A whole backup, taken before the code « Après la sauvegarde ». */
    private String backup;
    private MainViewModel viewModel;

    @BeforeEach
    void projectWithABackup() {
        project = temp.resolve("projet");
        try (ProjectStore store = ProjectStore.create(project, "Vallée de la chimie", "test")) {
            for (int i = 0; i < 60; i++) {
                store.codes().add(CodePath.of("Thème " + i), null, "une définition assez longue " + i);
            }
            backup = store.backup(Backups.Reason.ON_REQUEST).orElseThrow().name();
            store.codes().add(CodePath.of("Après la sauvegarde"), null, null);
        }
    }

    @AfterEach
    void close() throws Exception {
        if (viewModel != null) {
            onFx(() -> {
                viewModel.close();
                return null;
            });
        }
    }

    private void open() throws Exception {
        viewModel = onFx(() -> new MainViewModel(new ProjectChoice(project, false)));
        onFx(() -> {
            viewModel.open();
            return null;
        });
        waitIdle();
    }

    private void damagePages() throws IOException {
        Random random = new Random(8);
        try (RandomAccessFile file = new RandomAccessFile(project.resolve("terrain.sqlite").toFile(), "rw")) {
            long pages = file.length() / 4096;
            for (int i = 0; i < 8; i++) {
                // From the page's header: junk inside a row's text alone passes SQLite's quick check, and where the
                // rows lie moves with every change of the schema.
                file.seek((2 + random.nextLong(pages - 2)) * 4096);
                byte[] junk = new byte[1500];
                random.nextBytes(junk);
                file.write(junk);
            }
        }
    }

    @Test
    void aDamagedDatabaseIsOneSentenceNamingTheBackupAndTheMenu() throws Exception {
        damagePages();
        open();
        String said = onFx(() -> viewModel.status().messageProperty().get());
        assertThat(said.lines()).hasSize(1);
        assertThat(said).contains("endommagée").contains(backup).contains("Projet › Restaurer une sauvegarde")
                .doesNotContain("SQLITE", "Tree", "page");
        assertThat(onFx(() -> viewModel.document().placeholderProperty().get())).isEqualTo(said);
    }

    @Test
    void theBackupsAreListedNewestFirstWithDateSizeReasonAndCheck() throws Exception {
        Path backups = project.resolve("backups");
        String damaged = backup.replace("-on-request", "-during-work").replace("seq60", "seq61");
        byte[] bytes = Files.readAllBytes(backups.resolve(backup));
        Files.write(backups.resolve(damaged), java.util.Arrays.copyOf(bytes, bytes.length / 3));
        open();
        onFx(() -> {
            viewModel.restore().load();
            return null;
        });
        waitIdle();
        List<BackupRow> rows = onFx(() -> List.copyOf(viewModel.restore().rows()));
        assertThat(rows).extracting(BackupRow::name).containsSubsequence(damaged, backup);
        BackupRow bad = rows.stream().filter(r -> r.name().equals(damaged)).findFirst().orElseThrow();
        BackupRow good = rows.stream().filter(r -> r.name().equals(backup)).findFirst().orElseThrow();
        assertThat(bad.ok()).isFalse();
        assertThat(bad.state()).isEqualTo("ENDOMMAGÉE");
        assertThat(good.ok()).isTrue();
        assertThat(good.state()).isEqualTo("intacte");
        assertThat(good.reasonText()).isEqualTo("à la demande");
        assertThat(good.sizeText()).endsWith("Ko");
        assertThat(good.date()).contains(String.valueOf(java.time.LocalDate.now().getYear()));
    }

    @Test
    void restoringLetsTheProjectGoRestoresAndOpensItAgain() throws Exception {
        open();
        BackupRow row = restoreRow();
        onFx(() -> {
            viewModel.restore().restore(row);
            return null;
        });
        waitIdle();
        waitIdle(); // the list read again after the restore

        assertThat(onFx(() -> viewModel.restore().outcomeProperty().get())).contains(backup).contains("restaurée");
        assertThat(onFx(() -> viewModel.session().openProperty().get())).isTrue();
        assertThat(onFx(() -> viewModel.titleProperty().get())).contains("Vallée de la chimie");
        assertThat(onFx(() -> List.copyOf(viewModel.restore().rows()))).extracting(BackupRow::reason)
                .contains("before-restore");
        assertThatThrownBy(() -> ProjectStore.open(project, "test")).as("the window holds the project again")
                .isInstanceOf(ProjectLockedException.class);
        onFx(() -> {
            viewModel.close();
            return null;
        });
        viewModel = null;
        try (ProjectStore store = ProjectStore.open(project, "test")) {
            assertThat(store.codes().list()).hasSize(60);
        }
    }

    @Test
    void aProjectThatCouldNotBeOpenedIsRestoredAndOpens() throws Exception {
        Files.delete(project.resolve("terrain.sqlite"));
        open();
        assertThat(onFx(() -> viewModel.status().messageProperty().get())).contains("a disparu").contains(backup);
        assertThat(onFx(() -> viewModel.session().openProperty().get())).isFalse();

        BackupRow row = restoreRow();
        onFx(() -> {
            viewModel.restore().restore(row);
            return null;
        });
        waitIdle();
        waitIdle();
        assertThat(onFx(() -> viewModel.session().openProperty().get())).isTrue();
        assertThat(onFx(() -> viewModel.titleProperty().get())).contains("Vallée de la chimie");
    }

    private BackupRow restoreRow() throws Exception {
        onFx(() -> {
            viewModel.restore().load();
            return null;
        });
        waitIdle();
        return onFx(() -> viewModel.restore().rows().stream().filter(r -> r.name().equals(backup)).findFirst()
                .orElseThrow());
    }

    @Test
    void theWindowKeepsEveryChangeInABackupWhenItLetsTheProjectGo() throws Exception {
        open();
        onFx(() -> {
            viewModel.codes().create(null, "Dernier code de la journée");
            return null;
        });
        waitIdle();
        onFx(() -> {
            viewModel.close();
            return null;
        });
        viewModel = null;
        Backups backups = Backups.in(new ProjectLayout(project));
        try (ProjectStore store = ProjectStore.open(project, "test")) {
            assertThat(backups.newest().orElseThrow().seq()).isEqualTo(store.changeSeq());
            assertThat(backups.newest().orElseThrow().reason()).isEqualTo("at-close");
        }
        int kept = backups.list().size();

        open(); // nothing changed: nothing more to keep
        onFx(() -> {
            viewModel.close();
            return null;
        });
        viewModel = null;
        assertThat(backups.list()).hasSize(kept);
    }

    private void waitIdle() throws Exception {
        WaitForAsyncUtils.waitForFxEvents();
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS,
                () -> onFx(() -> viewModel.session().pendingProperty().get() == 0));
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static <T> T onFx(Callable<T> read) throws Exception {
        return WaitForAsyncUtils.asyncFx(read).get(30, TimeUnit.SECONDS);
    }
}
