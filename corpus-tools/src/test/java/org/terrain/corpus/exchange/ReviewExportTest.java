package org.terrain.corpus.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import javax.xml.XMLConstants;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.SchemaFactory;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.terrain.codingschemes.CodePath;
import org.terrain.corpus.model.Identity;
import org.terrain.corpus.model.ReviewExcerpt;
import org.terrain.corpus.model.ReviewVerdict;
import org.terrain.corpus.model.SourceKind;
import org.terrain.corpus.model.Span;
import org.terrain.corpus.review.ReviewPack;
import org.terrain.corpus.review.ReviewSelection;
import org.terrain.corpus.store.ProjectStore;
import org.terrain.corpus.store.ReviewPackageStore;
import org.terrain.corpus.testing.Fixtures;
import org.terrain.corpus.testing.SharedCorpus;

/** Supervisors' verdicts leave the project with it: Notes on their selections in REFI-QDA, lines in the report. */
class ReviewExportTest {
    @TempDir
    Path temp;
    Path project;

    @BeforeEach
    void reviewed() {
        project = temp.resolve("p");
        try (ProjectStore store = ProjectStore.create(project, "Thèse", "test")) {
            Fixtures.importText(store, temp, "martine.txt", "ENQ : Et vos enfants ?\nMARTINE : Ils ne veulent pas.\n",
                    SourceKind.INTERVIEW);
            store.codes().add(CodePath.of("Travail"), null, "Le travail.");
            store.codes().add(CodePath.of("Famille"), null, null);
            String text = store.sources().get("martine.txt").text();
            int at = text.codePointCount(0, text.indexOf("Ils ne"));
            store.segments().code("martine.txt", CodePath.of("Travail"), List.of(new Span(at, at + 18)), null);
            Path pkg = temp.resolve("r.terrain-review");
            ReviewPack.write(store, pkg, ReviewSelection.all(), "Anne Dupont");
            try (ReviewPackageStore pack = ReviewPackageStore.open(pkg)) {
                pack.mark(1, new ReviewExcerpt.Review(ReviewVerdict.CONTEST, null, "Pas du travail <ici> & là.",
                        Identity.named("Anne Dupont"), "2026-12-07T10:00:00Z"));
                store.reviews().merge(pkg.toString(), pack.info(), pack.excerpts(), pack.codes(), false);
            }
        }
    }

    @Test
    void aVerdictTravelsAsANoteOfItsSelectionInAValidQdpx() throws Exception {
        Path qdpx = temp.resolve("out.qdpx");
        try (ProjectStore store = ProjectStore.open(project, "test")) {
            ExchangeService.exportQdpx(store, qdpx);
        }
        Map<String, byte[]> entries = ExchangeService.unzip(Files.readAllBytes(qdpx), "out.qdpx");
        String qde = new String(entries.get("project.qde"), StandardCharsets.UTF_8);
        SchemaFactory factory = SchemaFactory.newDefaultInstance();
        factory.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        factory.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
        factory.newSchema(SharedCorpus.file("interop/refi-qda/schema/Project-mrt2019.xsd").toFile()).newValidator()
                .validate(new StreamSource(new ByteArrayInputStream(entries.get("project.qde"))));
        String note = qde.substring(qde.indexOf("<Note "), qde.indexOf("</Note>"));
        assertThat(note).contains("Pas du travail &lt;ici&gt; &amp; là.").contains("contest");
        String guid = note.substring(note.indexOf("guid=\"") + 6, note.indexOf('"', note.indexOf("guid=\"") + 6));
        String selection = qde.substring(qde.indexOf("<PlainTextSelection"), qde.indexOf("</PlainTextSelection>"));
        assertThat(selection).contains("<NoteRef targetGUID=\"" + guid + "\"");
    }

    @Test
    void theReportShowsTheVerdictUnderItsExcerpt() throws Exception {
        Path html = temp.resolve("rapport.html");
        try (ProjectStore store = ProjectStore.open(project, "test")) {
            HtmlReport.export(store, html);
        }
        String page = Files.readString(html, StandardCharsets.UTF_8);
        String excerpt = page.substring(page.indexOf("<blockquote>"), page.indexOf("</blockquote>"));
        assertThat(excerpt).contains("Relecture — Anne Dupont : contesté — Pas du travail &lt;ici&gt; &amp; là. (à traiter)");
    }
}
