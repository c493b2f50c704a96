package org.terrain.corpus.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.terrain.codingschemes.CodePath;
import org.terrain.corpus.errors.UnknownCodeException;
import org.terrain.corpus.errors.UnknownSourceException;
import org.terrain.corpus.errors.UsageException;
import org.terrain.corpus.model.Memo;
import org.terrain.corpus.model.Memo.MemoTarget;
import org.terrain.corpus.model.Span;
import org.terrain.corpus.testing.Fixtures;

/** Memos on the project, sources and codes, the journal, their search; every change undone and redone. */
class MemoStoreTest {
    private static final CodePath CODE = CodePath.parse("Pratiques/Travail à l'usine");
    private static final CodePath OTHER = CodePath.parse("Émotions");
    private static final Instant MONDAY = Instant.parse("2026-03-16T09:00:00Z");
    @TempDir
    Path dir;
    ProjectStore store;

    @BeforeEach
    void project() {
        store = ProjectStore.create(dir.resolve("p"), "Vallée", "test");
        OperationLogUndoTest.addSource(store, "entretien.txt", Fixtures.INTERVIEW);
        store.codes().add(CODE, null, null);
        store.codes().add(OTHER, null, null);
    }

    @AfterEach
    void close() {
        store.close();
    }

    @Test
    void aSourceMemoIsWrittenRewrittenAndRemovedByABlankOne() {
        store.memos().setOnSource("entretien.txt", "  Martine parle vite.  ");
        assertThat(store.memos().ofSource("entretien.txt")).map(Memo::body).contains("Martine parle vite.");

        store.memos().setOnSource("entretien.txt", "Martine parle vite ; relancer sur l’usine.");
        assertThat(store.memos().ofSource("entretien.txt")).map(Memo::body)
                .contains("Martine parle vite ; relancer sur l’usine.");
        assertThat(store.memos().list()).hasSize(1);

        store.memos().setOnSource("entretien.txt", "  ");
        assertThat(store.memos().ofSource("entretien.txt")).isEmpty();
    }

    @Test
    void eachMemoChangeIsOneUndoAndRedo() {
        store.memos().setOnCode(CODE, "le travail posté");
        store.memos().setOnCode(CODE, "le travail posté, les 3×8");
        assertThat(store.undoCandidate()).map(op -> op.message()).contains(OperationKind.MEMO_CODE.with(CODE));

        store.undo();
        assertThat(store.memos().ofCode(CODE)).map(Memo::body).contains("le travail posté");
        store.undo();
        assertThat(store.memos().ofCode(CODE)).isEmpty();
        store.redo();
        assertThat(store.memos().ofCode(CODE)).map(Memo::body).contains("le travail posté");
    }

    @Test
    void theProjectHasOneMemo() {
        store.memos().setOnProject("Thèse sur la vallée de la chimie.");
        assertThat(store.memos().ofProject()).map(Memo::target).contains(MemoTarget.PROJECT);
        assertThat(store.memos().list()).singleElement().extracting(MemoInfo::about).isEqualTo("Vallée");
    }

    @Test
    void journalEntriesAreDatedListedByDateEditedAndDeletedEachUndoable() {
        Memo tuesday = store.memos().addJournalEntry(MONDAY.plusSeconds(86_400), "Deuxième visite", "Atelier 3.");
        Memo monday = store.memos().addJournalEntry(MONDAY, "Première visite", "Arrivée à Saint-Fons.\n\nBruit.");
        assertThat(store.memos().journal()).extracting(Memo::title).containsExactly("Première visite", "Deuxième visite");
        assertThat(monday.created()).isEqualTo(MONDAY);
        assertThat(monday.author()).isEqualTo(store.who());

        store.memos().editJournalEntry(monday.id(), MONDAY, "Première visite à l’usine", "Arrivée à Saint-Fons.");
        assertThat(store.memos().journalEntry(monday.id()).title()).isEqualTo("Première visite à l’usine");
        store.undo();
        assertThat(store.memos().journalEntry(monday.id()).title()).isEqualTo("Première visite");

        store.memos().deleteJournalEntry(tuesday.id());
        assertThat(store.memos().journal()).hasSize(1);
        store.undo();
        assertThat(store.memos().journal()).extracting(Memo::id).containsExactly(monday.id(), tuesday.id());
        store.redo();
        assertThat(store.memos().journal()).extracting(Memo::id).containsExactly(monday.id());
    }

    @Test
    void writingAnEntryAsItIsChangesNothing() {
        Memo entry = store.memos().addJournalEntry(MONDAY, "Visite", "Texte");
        long before = store.changeSeq();
        store.memos().editJournalEntry(entry.id(), MONDAY, "Visite", "Texte");
        assertThat(store.changeSeq()).isEqualTo(before);
    }

    @Test
    void undoingAnAddedEntryRemovesIt() {
        store.memos().addJournalEntry(MONDAY, null, "Sans titre.");
        assertThat(store.memos().journal()).singleElement().extracting(Memo::title).isNull();
        store.undo();
        assertThat(store.memos().journal()).isEmpty();
    }

    @Test
    void unknownTargetsAreRefused() {
        assertThatThrownBy(() -> store.memos().setOnSource("absent.txt", "x")).isInstanceOf(UnknownSourceException.class);
        assertThatThrownBy(() -> store.memos().setOnCode(CodePath.of("Absent"), "x"))
                .isInstanceOf(UnknownCodeException.class);
        assertThatThrownBy(() -> store.memos().deleteJournalEntry(999)).isInstanceOf(UsageException.class);
        store.memos().setOnSource("entretien.txt", "pas une entrée du journal");
        long id = store.memos().ofSource("entretien.txt").orElseThrow().id();
        assertThatThrownBy(() -> store.memos().editJournalEntry(id, MONDAY, "t", "b")).isInstanceOf(UsageException.class);

        long segment = store.segments().code("entretien.txt", CODE, List.of(new Span(0, 5)), null, "ana")
                .getFirst().segment().id();
        store.segments().uncode(segment);
        assertThatThrownBy(() -> store.segments().setMemo(segment, "trop tard"))
                .isInstanceOfSatisfying(org.terrain.corpus.errors.TerrainException.class,
                        e -> assertThat(e.code()).isEqualTo("segment_gone"));
    }

    @Test
    void listShowsJournalProjectSourcesCodesThenSegmentsWithWhatTheyAreAbout() {
        store.segments().code("entretien.txt", CODE, List.of(new Span(0, 5)), "premier passage", "ana");
        store.memos().setOnCode(OTHER, "affects");
        store.memos().setOnCode(CODE, "le poste");
        store.memos().setOnSource("entretien.txt", "source");
        store.memos().setOnProject("projet");
        store.memos().addJournalEntry(MONDAY, "Visite", "journal");

        List<MemoInfo> all = store.memos().list();
        assertThat(all).extracting(info -> info.memo().target()).containsExactly(MemoTarget.JOURNAL,
                MemoTarget.PROJECT, MemoTarget.SOURCE, MemoTarget.CODE, MemoTarget.CODE, MemoTarget.SEGMENT);
        assertThat(all).extracting(MemoInfo::about).containsExactly(null, "Vallée", "entretien.txt",
                "Pratiques/Travail à l'usine", "Émotions", "Pratiques/Travail à l'usine — entretien.txt");
        MemoInfo segment = all.getLast();
        assertThat(segment.memo().body()).isEqualTo("premier passage");
        assertThat(segment.quote()).isEqualTo(Fixtures.INTERVIEW.substring(0, 5));
    }

    @Test
    void searchIgnoresCaseAndAccentsWantsEveryWordAndCoversSegmentMemos() {
        store.segments().code("entretien.txt", CODE, List.of(new Span(0, 5)), "Rythme de l’ÉCOLE", "ana");
        store.memos().setOnSource("entretien.txt", "Martine évoque l’école puis l’usine.");
        store.memos().addJournalEntry(MONDAY, "Réunion d’équipe", "Rien sur l'école.");

        assertThat(store.memos().search("ECOLE")).extracting(info -> info.memo().target())
                .containsExactly(MemoTarget.JOURNAL, MemoTarget.SOURCE, MemoTarget.SEGMENT);
        assertThat(store.memos().search("ecole puis")).extracting(info -> info.memo().target())
                .containsExactly(MemoTarget.SOURCE);
        assertThat(store.memos().search("equipe")).extracting(info -> info.memo().title())
                .containsExactly("Réunion d’équipe");
        assertThat(store.memos().search("pratiques")).extracting(info -> info.memo().target())
                .containsExactly(MemoTarget.SEGMENT);
        assertThat(store.memos().search("absent")).isEmpty();
        assertThat(store.memos().search(" ")).hasSize(3);
    }

    @Test
    void aDeletedCodeTakesItsMemoAndUndoBringsItBack() {
        store.memos().setOnCode(CODE, "le poste");
        store.codes().delete(CodePath.of("Pratiques"));
        assertThat(store.memos().list()).isEmpty();
        store.undo();
        assertThat(store.memos().ofCode(CODE)).map(Memo::body).contains("le poste");
    }

    @Test
    void aDeletedSourceTakesItsMemoAndUndoBringsItBack() {
        store.memos().setOnSource("entretien.txt", "à relire");
        store.sources().delete("entretien.txt");
        assertThat(store.memos().list()).isEmpty();
        store.undo();
        assertThat(store.memos().ofSource("entretien.txt")).map(Memo::body).contains("à relire");
    }

    @Test
    void mergingJoinsTheMemosAndUndoSeparatesThem() {
        store.memos().setOnCode(OTHER, "affects");
        store.memos().setOnCode(CODE, "le poste");
        store.codes().merge(OTHER, CODE);
        assertThat(store.memos().ofCode(CODE)).map(Memo::body).contains("le poste\n\naffects");
        assertThat(store.memos().list()).hasSize(1);
        store.undo();
        assertThat(store.memos().ofCode(CODE)).map(Memo::body).contains("le poste");
        assertThat(store.memos().ofCode(OTHER)).map(Memo::body).contains("affects");
    }

    @Test
    void mergingIntoACodeWithoutMemoMovesTheMemo() {
        store.memos().setOnCode(OTHER, "affects");
        store.codes().merge(OTHER, CODE);
        assertThat(store.memos().ofCode(CODE)).map(Memo::body).contains("affects");
    }
}
