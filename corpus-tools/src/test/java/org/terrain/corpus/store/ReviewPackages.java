package org.terrain.corpus.store;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.terrain.corpus.model.CodeCriteria;
import org.terrain.corpus.model.ReviewCode;
import org.terrain.corpus.model.ReviewExcerpt;
import org.terrain.corpus.model.ReviewPackageInfo;
import org.terrain.corpus.model.SourceKind;
import org.terrain.corpus.model.Span;

/** Review packages made without a project, of any size, for the package's own tests and benchmarks. */
public final class ReviewPackages {
    private ReviewPackages() {
    }

    /** A package of {@code excerpts} excerpts over 4 codes and 24 sources, each with a turn of context. */
    public static ReviewPackageStore synthetic(Path file, int excerpts) {
        List<ReviewCode> codes = new ArrayList<>();
        for (int c = 0; c < 4; c++) {
            codes.add(new ReviewCode("Pratiques/Code " + c, "code-" + c, "#336699", "Définition du code " + c,
                    new CodeCriteria("quand " + c, "sauf " + c, "« exemple " + c + " »"), null));
        }
        List<ReviewExcerpt> out = new ArrayList<>();
        for (int i = 1; i <= excerpts; i++) {
            String text = "le métier appris de mon père, extrait " + i;
            String context = "[00:01:0" + (i % 10) + "] MARTINE : Alors voilà, " + text + ", et puis l’usine a fermé.";
            int at = context.indexOf(text);
            out.add(new ReviewExcerpt(i, "Entretien " + (i % 24) + ".trs", SourceKind.INTERVIEW, "Cas " + (i % 6),
                    Map.of("âge", String.valueOf(40 + i % 30), "métier", "ouvrière"), "source-" + (i % 24),
                    "0".repeat(64), "segment-" + i, new Span(1000 + i * 10, 1000 + i * 10 + text.length()),
                    codes.get(i % 4).path(), text, context, at, "Marie", "2026-11-30T10:00:00Z", null));
        }
        return ReviewPackageStore.create(file, new ReviewPackageInfo("package-1", "project-1", "Thèse",
                "2026-12-01T09:00:00Z", "Anne Dupont", ReviewPackageStore.FORMAT_VERSION), codes, out);
    }
}
