package org.terrain.corpus.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.terrain.codingschemes.CodePath;
import org.terrain.corpus.errors.Messages;
import org.terrain.corpus.model.Identity;
import org.terrain.corpus.model.Operation;
import org.terrain.corpus.model.Span;
import org.terrain.corpus.testing.Fixtures;

/**
 * One identity for every change: the coding, the memo, the journal entry and the log entry all name whoever acts
 * through the store, and renaming that identity renames it everywhere. Projects older than identities keep
 * their log readable.
 */
class IdentityTest {
    private static final CodePath CODE = CodePath.parse("Rapport au travail");
    private static final String ID = "6f1c2a0e-5d1b-4c55-9a43-2b8e0d8f7a11";

    @TempDir
    Path dir;

    private ProjectStore project() {
        ProjectStore store = ProjectStore.create(dir.resolve("p"), "Vallée", "test");
        OperationLogUndoTest.addSource(store, "entretien.txt", Fixtures.INTERVIEW);
        store.codes().add(CODE, null, null);
        return store;
    }

    @Test
    void theCodingTheMemosTheJournalAndTheLogNameWhoeverActs() {
        try (ProjectStore store = project()) {
            store.actAs(new Identity(ID, "Marie"));
            store.segments().code("entretien.txt", CODE, List.of(new Span(0, 5)), null);
            store.memos().setOnSource("entretien.txt", "premier passage");
            store.memos().addJournalEntry(Instant.parse("2026-03-16T09:00:00Z"), "Visite", "à l’usine");

            assertThat(store.segments().list(null, null)).extracting(s -> s.segment().coder()).containsOnly("Marie");
            assertThat(store.memos().list()).extracting(m -> m.memo().author()).containsOnly("Marie");
            assertThat(store.memos().journal()).extracting(m -> m.author()).containsOnly("Marie");
            List<Operation> log = store.log(100);
            assertThat(log.subList(log.size() - 3, log.size())).extracting(Operation::who).containsOnly("Marie");
        }
    }

    @Test
    void renamingTheIdentityRenamesItEverywhereAndLosesNothing() {
        try (ProjectStore store = project()) {
            store.actAs(new Identity(ID, "Marie"));
            store.segments().code("entretien.txt", CODE, List.of(new Span(0, 5)), null);
            store.memos().setOnSource("entretien.txt", "premier passage");

            store.actAs(new Identity(ID, "Marie Dupont"));
            store.memos().addJournalEntry(Instant.parse("2026-03-16T09:00:00Z"), "Visite", "à l’usine");

            assertThat(store.segments().list(null, null)).extracting(s -> s.segment().coder())
                    .containsOnly("Marie Dupont");
            assertThat(store.memos().list()).extracting(m -> m.memo().author()).containsOnly("Marie Dupont");
            List<Operation> log = store.log(100);
            assertThat(log.subList(log.size() - 3, log.size())).extracting(Operation::who)
                    .containsOnly("Marie Dupont");
            assertThat(store.exchange().read().coders()).extracting(ExchangeStore.Coder::name)
                    .contains("Marie Dupont").doesNotContain("Marie");
        }
    }

    @Test
    void aNameGivenOnItsOwnMeetsTheIdentityThatHadIt() {
        try (ProjectStore store = project()) {
            store.actAs(Identity.named("doctorante"));
            store.segments().code("entretien.txt", CODE, List.of(new Span(0, 5)), null);
            // The app, later, with the same name and an id of its own: the same coder, who may rename later.
            store.actAs(new Identity(ID, "doctorante"));
            store.segments().code("entretien.txt", CODE, List.of(new Span(6, 9)), null);
            store.actAs(new Identity(ID, "Marie"));
            store.codes().add(CodePath.of("Autre"), null, null);

            assertThat(store.segments().list(null, null)).extracting(s -> s.segment().coder()).containsOnly("Marie");
            assertThat(store.exchange().read().coders()).extracting(ExchangeStore.Coder::name)
                    .contains("Marie").doesNotContain("doctorante");
        }
    }

    /**
     * Entries older than identities made the coders row as a change of their own (a REFI-QDA import still does):
     * undoing one while acting as that coder, then redoing it, must not trip on the row the log now names.
     */
    @Test
    void undoAndRedoLeaveTheCodersRowsWhoeverMadeThem() {
        try (ProjectStore store = project()) {
            long codeId = store.codes().get(CODE).id();
            long sourceId = store.sources().get("entretien.txt").id();
            store.write(OperationKind.CODING.with(CODE, "entretien.txt", 1), tx -> {
                long coder = tx.insert("coders", ProjectStore.values("guid", ProjectStore.newGuid(), "name", "ancien"));
                tx.insert("segments", ProjectStore.values("guid", ProjectStore.newGuid(), "source_id", sourceId,
                        "code_id", codeId, "start_cp", 0, "end_cp", 5, "text_version", 1, "coder_id", coder,
                        "created_at", "2025-01-01T00:00:00Z", "modified_at", "2025-01-01T00:00:00Z", "memo", null));
                return null;
            });
            store.actAs(Identity.named("ancien"));

            store.undo();
            assertThat(store.segments().list(null, null)).isEmpty();
            store.redo();
            assertThat(store.segments().list(null, null)).extracting(s -> s.segment().coder()).containsOnly("ancien");
            assertThat(store.log(100).getLast().who()).isEqualTo("ancien");
        }
    }

    /** A project of version 5: its log has who and an English summary only, no message key, no coder row. */
    @Test
    void anOlderLogStaysReadableAndUndoable() throws Exception {
        Path p = dir.resolve("p");
        try (ProjectStore store = project()) {
            store.codes().rename(CODE, "Travail");
        }
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + p.resolve("terrain.sqlite"));
             Statement st = c.createStatement()) {
            OlderSchemas.withoutVersion8(st);
            OlderSchemas.withoutVersion7(st);
            OlderSchemas.withoutVersion6(st);
            st.execute("UPDATE oplog SET who = 'root', summary = 'rename code Rapport au travail to Travail' "
                    + "WHERE action = 'codes.rename'");
            st.execute("DELETE FROM coders");
            st.execute("PRAGMA user_version = 5");
        }
        try (ProjectStore store = ProjectStore.open(p, "test")) {
            Operation rename = store.log(100).getLast();
            assertThat(rename.who()).isEqualTo("root");
            assertThat(rename.message()).isNull();
            assertThat(OperationWords.describe(rename, Messages.french()))
                    .isEqualTo("rename code Rapport au travail to Travail");
            assertThat(org.terrain.corpus.exchange.CodebookLogText.describe(store.codebookHistory().getLast(),
                    Messages.french())).as("the codebook's history rewords it still")
                    .isEqualTo("Code « Rapport au travail » renommé en « Travail »");
            store.actAs(Identity.named("Marie"));
            assertThat(store.undo().seq()).isEqualTo(rename.seq());
            assertThat(store.codes().find(CODE)).isPresent();
            Operation undo = store.log(100).getLast();
            assertThat(undo.who()).isEqualTo("Marie");
            assertThat(OperationWords.describe(undo, Messages.french()))
                    .as("an undo of an old entry says what the old entry said").isEqualTo(rename.summary());
        }
    }
}
