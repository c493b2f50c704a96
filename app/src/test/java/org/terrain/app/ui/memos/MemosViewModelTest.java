package org.terrain.app.ui.memos;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.terrain.app.project.ProjectChoice;
import org.terrain.app.ui.common.MainViewModel;
import org.terrain.codingschemes.CodePath;
import org.terrain.corpus.importing.ImportOptions;
import org.terrain.corpus.importing.ImportService;
import org.terrain.corpus.importing.TurnMode;
import org.terrain.corpus.model.SourceKind;
import org.terrain.corpus.store.ProjectStore;
import org.terrain.corpus.task.Cancellation;
import org.terrain.corpus.task.ProgressListener;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

/** The « Journal » tab's ViewModel on a real project, without a window: entries, memos, search, history, undo. */
@ExtendWith(ApplicationExtension.class)
class MemosViewModelTest {
    static final String SOURCE = "entretien-martine.txt";
    static final CodePath SECURITE = CodePath.of("Sécurité");

    @TempDir
    Path temp;

    private MainViewModel main;
    private MemosViewModel memos;

    @BeforeEach
    void open() throws Exception {
        Path folder = project(temp);
        main = onFx(() -> new MainViewModel(new ProjectChoice(folder, false)));
        memos = main.memos();
        onFx(() -> {
            main.open();
            return null;
        });
        waitIdle();
    }

    /** A project with one interview and one code, « Sécurité ». */
    static Path project(Path temp) throws Exception {
        Path folder = temp.resolve("projet");
        try (ProjectStore store = ProjectStore.create(folder, "Vallée de la chimie", "test")) {
            Path file = Files.writeString(temp.resolve(SOURCE),
                    "[00:00:02] ENQ : Et l’école ?\n[00:00:06] MARTINE : J’ai appris sur le tas, à l’usine.\n");
            new ImportService(store).importPaths(List.of(file), new ImportOptions(SourceKind.INTERVIEW, "Martine",
                    Map.of(), TurnMode.ON), ProgressListener.NONE, Cancellation.none());
            store.codes().add(SECURITE, "#E15759", null);
        }
        return folder;
    }

    @AfterEach
    void close() throws Exception {
        onFx(() -> {
            main.close();
            return null;
        });
    }

    @Test
    void aNewEntryIsListedThenInTheEditorAndUndoRemovesIt() throws Exception {
        write(LocalDate.of(2026, 3, 16), "Première visite", "Arrivée à Saint-Fons.");
        assertThat(onFx(() -> memos.canSaveProperty().get())).isTrue();
        run(memos::save);

        assertThat(onFx(() -> memos.journal().stream().map(JournalRow::heading).toList()))
                .containsExactly("Première visite");
        assertThat(onFx(() -> memos.journal().getFirst().dateText())).isEqualTo("lundi 16 mars 2026");
        assertThat(onFx(() -> memos.editingProperty().get())).isNotNull();
        assertThat(onFx(() -> memos.canSaveProperty().get())).isFalse();
        assertThat(onFx(() -> main.status().messageProperty().get()))
                .isEqualTo("Entrée « Première visite » ajoutée au journal.");
        assertThat(onFx(() -> main.undo().undoTextProperty().get()))
                .isEqualTo("Annuler : entrée du journal « Première visite »");

        run(() -> main.undo().undo());
        assertThat(onFx(() -> memos.journal())).isEmpty();
        assertThat(onFx(() -> memos.editingProperty().get())).isNull();
    }

    @Test
    void anEditIsSavedNewestFirstAndUndoPutsTheOldTextBackInTheEditor() throws Exception {
        write(LocalDate.of(2026, 3, 16), "Lundi", "Premier jour.");
        run(memos::save);
        run(memos::newEntry);
        write(LocalDate.of(2026, 3, 17), "Mardi", "Deuxième jour.");
        run(memos::save);
        assertThat(onFx(() -> memos.journal().stream().map(JournalRow::heading).toList()))
                .containsExactly("Mardi", "Lundi");

        run(() -> memos.titleProperty().set("Mardi, atelier 3"));
        run(memos::save);
        assertThat(onFx(() -> memos.journal().getFirst().heading())).isEqualTo("Mardi, atelier 3");

        run(() -> main.undo().undo());
        assertThat(onFx(() -> memos.journal().getFirst().heading())).isEqualTo("Mardi");
        assertThat(onFx(() -> memos.titleProperty().get())).isEqualTo("Mardi");
    }

    @Test
    void unsavedWritingSurvivesOtherChangesOfTheProject() throws Exception {
        write(LocalDate.of(2026, 3, 16), "Lundi", "Premier jour.");
        run(memos::save);
        run(() -> memos.bodyProperty().set("Premier jour, suite non enregistrée"));

        run(() -> memos.writeMemo(MemoSubject.code(SECURITE), "le risque"));
        assertThat(onFx(() -> memos.bodyProperty().get())).isEqualTo("Premier jour, suite non enregistrée");
        assertThat(onFx(() -> memos.canSaveProperty().get())).isTrue();
    }

    @Test
    void deletingAnEntryIsUndone() throws Exception {
        write(LocalDate.of(2026, 3, 16), "Lundi", "Premier jour.");
        run(memos::save);
        JournalRow row = onFx(() -> memos.journal().getFirst());

        run(() -> memos.delete(row));
        assertThat(onFx(() -> memos.journal())).isEmpty();
        run(() -> main.undo().undo());
        assertThat(onFx(() -> memos.journal().stream().map(JournalRow::heading).toList())).containsExactly("Lundi");
    }

    @Test
    void memosOfASourceAndACodeAreListedAndFoundIgnoringAccents() throws Exception {
        run(() -> memos.writeMemo(MemoSubject.source(SOURCE), "Martine parle de l’ÉCOLE."));
        run(() -> memos.writeMemo(MemoSubject.code(SECURITE), "le risque au quotidien"));
        assertThat(onFx(() -> memos.memos().stream().map(r -> r.kind() + " " + r.about()).toList()))
                .containsExactly("Source " + SOURCE, "Code Sécurité");
        assertThat(onFx(() -> main.status().messageProperty().get()))
                .isEqualTo("Mémo du code « Sécurité » enregistré.");

        run(() -> memos.queryProperty().set("ecole"));
        assertThat(onFx(() -> memos.memos().stream().map(MemoRow::about).toList())).containsExactly(SOURCE);

        String[] read = new String[1];
        run(() -> memos.readMemo(MemoSubject.source(SOURCE), text -> read[0] = text));
        assertThat(read[0]).isEqualTo("Martine parle de l’ÉCOLE.");

        run(() -> memos.writeMemo(MemoSubject.source(SOURCE), " "));
        assertThat(onFx(() -> memos.memos())).isEmpty();
    }

    @Test
    void aSegmentsMemoIsEditedFromTheListAndUndone() throws Exception {
        run(() -> main.session().change("coder", store -> store.segments().code(SOURCE, SECURITE,
                List.of(new org.terrain.corpus.model.Span(60, 66)), "appris sur le tas", "test"), done -> "codé"));
        MemoRow row = onFx(() -> memos.memos().getFirst());
        assertThat(row.kind()).isEqualTo("Segment");
        assertThat(row.subject().kind()).isEqualTo(MemoSubject.Kind.SEGMENT);

        String[] read = new String[1];
        run(() -> memos.readMemo(row.subject(), text -> read[0] = text));
        assertThat(read[0]).isEqualTo("appris sur le tas");

        run(() -> memos.writeMemo(row.subject(), "  appris à l’usine, pas à l’école  "));
        assertThat(onFx(() -> memos.memos().getFirst().body())).isEqualTo("appris à l’usine, pas à l’école");
        assertThat(onFx(() -> main.status().messageProperty().get())).startsWith("Mémo du segment codé Sécurité");

        run(() -> main.undo().undo());
        assertThat(onFx(() -> memos.memos().getFirst().body())).isEqualTo("appris sur le tas");
        run(() -> memos.writeMemo(row.subject(), " "));
        assertThat(onFx(() -> memos.memos())).as("a blank memo removes it").isEmpty();
    }

    @Test
    void theCodebookHistoryShowsChangesNewestFirstAndUndoneOnesAsSuch() throws Exception {
        run(() -> main.codes().rename(SECURITE, "Risque"));
        List<ChangeRow> rows = onFx(() -> List.copyOf(memos.changes()));
        assertThat(rows).extracting(ChangeRow::what)
                .containsExactly("Code « Sécurité » renommé en « Risque »", "Création du code « Sécurité »");
        assertThat(rows).allMatch(ChangeRow::inForce);

        run(() -> main.undo().undo());
        ChangeRow renamed = onFx(() -> memos.changes().getFirst());
        assertThat(renamed.inForce()).isFalse();
        assertThat(renamed.fate()).startsWith("annulé le ");
    }

    private void write(LocalDate day, String title, String body) throws Exception {
        run(() -> {
            memos.dateProperty().set(day);
            memos.titleProperty().set(title);
            memos.bodyProperty().set(body);
        });
    }

    private void run(Runnable action) throws Exception {
        onFx(() -> {
            action.run();
            return null;
        });
        waitIdle();
    }

    private void waitIdle() throws Exception {
        for (int i = 0; i < 3; i++) {
            WaitForAsyncUtils.waitForFxEvents();
            WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> onFx(() -> main.session().pendingProperty().get() == 0));
        }
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static <T> T onFx(Callable<T> read) throws Exception {
        return WaitForAsyncUtils.asyncFx(read).get(30, TimeUnit.SECONDS);
    }
}
