package org.terrain.corpus.exchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.terrain.codingschemes.CodePath;
import org.terrain.corpus.errors.Messages;
import org.terrain.corpus.errors.UsageException;
import org.terrain.corpus.model.Operation;
import org.terrain.corpus.store.CodebookChange;
import org.terrain.corpus.store.ProjectLayout;
import org.terrain.corpus.store.ProjectStore;
import org.w3c.dom.Document;

/**
 * terrain export journal|memos|codebook-log: golden Markdown and HTML, every text escaped (a researcher's
 * {@code <}, {@code *} or {@code #} stays a character), the HTML well-formed.
 */
class MemoExportTest {
    private static final Instant GENERATED = Instant.parse("2026-01-02T03:04:05Z");
    private static final ZoneId UTC = ZoneOffset.UTC;
    private static final Messages FR = Messages.french();

    @TempDir
    Path temp;

    /** The export fixture, with a journal and memos written by « Élise » (the store names who writes). */
    private ProjectStore project() {
        return as("Élise", () -> {
            ProjectStore store = ExportFixture.create(temp.resolve("p"));
            store.memos().addJournalEntry(Instant.parse("2026-03-17T08:00:00Z"), "Deuxième visite",
                    "Atelier 3 : les soudeuses.\n1998. Elle est entrée à l’usine.");
            store.memos().addJournalEntry(Instant.parse("2026-03-16T08:00:00Z"), "Visite <atelier> & « 3×8 »",
                    "# pas un titre\n* pas une liste\n\nDeuxième paragraphe 🙂 avec a_b et [lien](x).");
            store.memos().addJournalEntry(Instant.parse("2026-03-18T08:00:00Z"), null, "Sans titre.");
            store.memos().setOnProject("Thèse sur la vallée de la chimie.");
            store.memos().setOnSource(ExportFixture.INTERVIEW, "Martine parle <vite> & bien.");
            store.memos().setOnCode(CodePath.of("Pratiques", "Travail à l'usine"), "Le poste | les horaires.");
            return store;
        });
    }

    private static <T> T as(String user, Supplier<T> work) {
        String before = System.getProperty("user.name");
        System.setProperty("user.name", user);
        try {
            return work.get();
        } finally {
            System.setProperty("user.name", before);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"md", "html"})
    void journalIsGolden(String extension) throws Exception {
        Path out = temp.resolve("journal." + extension);
        try (ProjectStore store = project()) {
            assertThat(JournalExport.export(store, out, FR, GENERATED, UTC)).isEqualTo(3);
        }
        String written = Files.readString(out, StandardCharsets.UTF_8);
        ExportFixture.assertGolden("journal.expected." + extension, written);
        if (extension.equals("html")) {
            assertWellFormed(out);
            assertThat(written).contains("Visite &lt;atelier&gt; &amp; « 3×8 »").doesNotContain("<atelier>");
        } else {
            assertThat(written).contains("\\# pas un titre\\\n\\* pas une liste").contains("1998\\. Elle");
        }
        assertThat(written.indexOf("lundi 16 mars 2026")).isLessThan(written.indexOf("mardi 17 mars 2026"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"md", "html"})
    void memosAreGroupedByWhatTheyAreAboutAndGolden(String extension) throws Exception {
        Path out = temp.resolve("memos." + extension);
        try (ProjectStore store = project()) {
            // project, source, code, and the two segments of the fixture that have a memo
            assertThat(MemosExport.export(store, out, FR, GENERATED, UTC)).isEqualTo(5);
        }
        String written = Files.readString(out, StandardCharsets.UTF_8);
        ExportFixture.assertGolden("memos.expected." + extension, written);
        assertThat(written).doesNotContain("Deuxième visite");
        if (extension.equals("html")) {
            assertWellFormed(out);
            assertThat(written).contains("mémo : &lt;important&gt; &amp; \"daté\"");
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"md", "html"})
    void codebookLogPutsUndoneChangesApartAndIsGolden(String extension) throws Exception {
        Path out = temp.resolve("historique." + extension);
        List<CodebookChange> history;
        try (ProjectStore store = ExportFixture.create(temp.resolve("p"))) {
            store.codes().rename(CodePath.of("Émotions"), "Affects");
            store.codes().describe(CodePath.of("Affects"), "#112233", "Ce qu’on <ressent>");
            store.codes().add(CodePath.of("Discours"), null, null);
            store.undo();
            store.codes().move(CodePath.of("Affects"), CodePath.of("Pratiques"));
            store.undo();
            store.redo();
            history = fixedTimes(store.codebookHistory());
        }
        assertThat(CodebookLogExport.write("Thèse <usine>", history,
                ExportTarget.of(new ProjectLayout(temp.resolve("p")), out), FR, GENERATED, UTC)).isEqualTo(5);
        String written = Files.readString(out, StandardCharsets.UTF_8);
        ExportFixture.assertGolden("codebook-log.expected." + extension, written);
        assertThat(written).contains("Livre de codes « livre » installé (3 codes)")
                .contains("déplacé sous « Pratiques » (annulé le 2026-03-16 10:14 par Élise, rétabli le "
                        + "2026-03-16 10:15 par Élise)")
                .contains("Changements annulés");
        if (extension.equals("html")) {
            assertWellFormed(out);
        }
    }

    @Test
    void theCodebookLogOfAStoreNamesItsChanges() throws Exception {
        Path out = temp.resolve("historique.md");
        try (ProjectStore store = ExportFixture.create(temp.resolve("p"))) {
            store.codes().delete(CodePath.of("Émotions"));
            assertThat(CodebookLogExport.export(store, out, Messages.english())).isEqualTo(2);
        }
        assertThat(Files.readString(out, StandardCharsets.UTF_8)).contains("codebook history")
                .contains("Code \"Émotions\" deleted");
    }

    @Test
    void anotherExtensionIsAUsageErrorAndWritesNothing() {
        try (ProjectStore store = ExportFixture.create(temp.resolve("p"))) {
            assertThatThrownBy(() -> JournalExport.export(store, temp.resolve("journal.docx"), FR))
                    .isInstanceOf(UsageException.class);
        }
        assertThat(temp.resolve("journal.docx")).doesNotExist();
    }

    /** The log's times are the moments the test ran: one minute apart from a fixed start, and one author. */
    private static List<CodebookChange> fixedTimes(List<CodebookChange> history) {
        Instant start = Instant.parse("2026-03-16T10:00:00Z");
        List<CodebookChange> out = new ArrayList<>();
        for (CodebookChange change : history) {
            out.add(new CodebookChange(fixed(change.operation(), start), change.fields(),
                    change.reversals().stream().map(op -> fixed(op, start)).toList()));
        }
        return out;
    }

    private static Operation fixed(Operation op, Instant start) {
        return new Operation(op.seq(), start.plusSeconds(60 * op.seq()), "Élise", op.action(), op.summary(),
                op.undoOf(), op.undone(), op.message());
    }

    private static void assertWellFormed(Path html) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        Document document = factory.newDocumentBuilder().parse(html.toFile());
        assertThat(document.getDocumentElement().getNamespaceURI()).isEqualTo(HtmlReport.XHTML);
    }
}
