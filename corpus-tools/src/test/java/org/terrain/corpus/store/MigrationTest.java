package org.terrain.corpus.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.terrain.codingschemes.CodeDefinition;
import org.terrain.codingschemes.CodePath;
import org.terrain.codingschemes.Codebook;
import org.terrain.corpus.importing.ImportOptions;
import org.terrain.corpus.importing.ImportReport;
import org.terrain.corpus.importing.ImportService;
import org.terrain.corpus.task.Cancellation;
import org.terrain.corpus.task.ProgressListener;
import org.terrain.corpus.testing.TranscriptTwins;

class MigrationTest {
    @TempDir
    Path dir;

    @Test
    void anOlderProjectIsMigratedAfterABackupAndKeepsItsData() throws Exception {
        Path p = dir.resolve("p");
        try (ProjectStore store = ProjectStore.create(p, "t", "test")) {
            store.codes().add(CodePath.of("Pratiques"), "#123456", "une définition");
        }
        // Make it a version-1 database, as Terrain 0.1 left it.
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + p.resolve("terrain.sqlite"));
             Statement st = c.createStatement()) {
            OlderSchemas.withoutVersion8(st);
            OlderSchemas.withoutVersion7(st);
            OlderSchemas.withoutVersion6(st);
            st.execute("DROP TABLE set_members");
            st.execute("DROP TABLE sets");
            st.execute("DROP TABLE entity_mentions");
            st.execute("DROP TABLE annotations");
            OlderSchemas.withoutVersion5(st);
            for (String column : List.of("inclusion", "exclusion", "example")) {
                st.execute("ALTER TABLE codes DROP COLUMN " + column);
            }
            st.execute("PRAGMA user_version = 1");
        }
        // Terrain 0.1 took no backup when it closed: the one this session left holds another schema.
        try (var backups = java.nio.file.Files.list(p.resolve("backups"))) {
            for (Path b : backups.toList()) {
                java.nio.file.Files.delete(b);
            }
        }
        try (ProjectStore store = ProjectStore.open(p, "test")) {
            assertThat(Migrations.currentVersion(store.connection())).isEqualTo(Migrations.latestVersion());
            assertThat(store.pseudonyms().any()).as("version 7: an empty pseudonym table").isFalse();
            assertThat(store.backups().list()).extracting(Backups.Backup::reason).containsExactly("before-migration");
            assertThat(store.codes().get(CodePath.of("Pratiques")).description()).isEqualTo("une définition");
            assertThat(store.codes().criteria(CodePath.of("Pratiques")).inclusion()).isNull();
            assertThat(store.sets().list()).as("version 4 made the sets tables").isEmpty();
        }
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + p.resolve("backups").toFile().listFiles()[0]);
             Statement st = c.createStatement(); ResultSet rs = st.executeQuery("PRAGMA user_version")) {
            assertThat(rs.getInt(1)).as("the backup is the database as it was").isEqualTo(1);
        }
    }

    @Test
    void aProjectOfVersion4LearnsTheTextOfItsSourcesSoThatTheirTwinsAreNotImportedAgain() throws Exception {
        Path p = dir.resolve("p");
        try (ProjectStore store = ProjectStore.create(p, "t", "test")) {
            importPaths(store, TranscriptTwins.writeTxt(dir.resolve("avant"), "martine.txt"));
        }
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + p.resolve("terrain.sqlite"));
             Statement st = c.createStatement()) {
            OlderSchemas.withoutVersion8(st);
            OlderSchemas.withoutVersion7(st);
            OlderSchemas.withoutVersion6(st);
            OlderSchemas.withoutVersion5(st);
            st.execute("PRAGMA user_version = 4");
        }
        try (ProjectStore store = ProjectStore.open(p, "test")) {
            assertThat(Migrations.currentVersion(store.connection())).isEqualTo(Migrations.latestVersion());
            ImportReport twin = importPaths(store, TranscriptTwins.writeTrs(dir.resolve("apres")));
            assertThat(twin.imported()).isEmpty();
            assertThat(twin.skipped()).singleElement().satisfies(s -> {
                assertThat(s.reason()).isEqualTo("same_text");
                assertThat(s.detail()).isEqualTo("martine.txt");
            });
            assertThat(store.undo().action()).as("the log of version 4 still undoes").isEqualTo("import");
            assertThat(store.sources().names()).isEmpty();
        }
    }

    private static ImportReport importPaths(ProjectStore store, Path file) {
        return new ImportService(store).importPaths(List.of(file), ImportOptions.defaults(), ProgressListener.NONE,
                Cancellation.none());
    }

    @Test
    void aCodebookInstallsItsTreeAndCriteriaInOneUndoableOperation() throws Exception {
        Codebook codebook = new Codebook("Thèse", "fr", "", List.of(new CodeDefinition("Pratiques", "#4E79A7",
                "Ce que font les gens", null, null, null, List.of(new CodeDefinition("Sécurité", null,
                "Gestes de protection", "port des EPI", "discours sur le risque : Discours/Risques",
                "« on porte le masque »", List.of())))));
        try (ProjectStore store = ProjectStore.create(dir.resolve("p"), "t", "test")) {
            var before = Snapshot.of(store);
            assertThat(store.codes().install(codebook)).isEqualTo(2);
            CodePath security = CodePath.parse("Pratiques/Sécurité");
            assertThat(store.codes().get(security).description()).isEqualTo("Gestes de protection");
            assertThat(store.codes().criteria(security).exclusion()).contains("Discours/Risques");
            assertThat(store.codes().get(CodePath.of("Pratiques")).color()).isEqualTo("#4E79A7");
            long seq = store.changeSeq();
            store.codes().install(codebook);
            assertThat(store.changeSeq()).as("installing again changes nothing").isEqualTo(seq);
            assertThat(store.codes().list()).hasSize(2);
            store.undo();
            assertThat(Snapshot.of(store)).isEqualTo(before);
        }
    }
}
