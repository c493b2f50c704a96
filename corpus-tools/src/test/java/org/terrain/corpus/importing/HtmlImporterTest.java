package org.terrain.corpus.importing;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import org.terrain.corpus.testing.SharedCorpus;

/** Web pages import as their main content: no menus, header, footer, share buttons or cookie banner. */
class HtmlImporterTest {
    private static final String PAGE = """
            <!DOCTYPE html><html lang="fr"><head><meta charset="windows-1252">
            <title>Usine du futur | Le Progrès</title>
            <meta name="author" content="Claire Martin">
            <meta property="article:published_time" content="2024-05-02T08:00:00+02:00"></head>
            <body>
            <div id="tarteaucitronRoot">Ce site utilise des cookies. Tout accepter</div>
            <header role="banner"><a href="/">Accueil</a><nav><ul><li><a href="/eco">Économie</a></li>
              <li><a href="/sport">Sport</a></li></ul></nav></header>
            <main><nav class="breadcrumb"><a href="/">Accueil</a> &gt; <a href="/eco">Économie</a></nav>
            <article><h1>L’usine du futur arrive à Saint-Fons</h1>
            <p>Les opérateurs de la <b>Vallée de la chimie</b> voient arriver des robots.</p>
            <div class="share"><a href="#">Partager sur Facebook</a> <a href="#">Partager sur X</a></div>
            <ul><li>Premier point&nbsp;: la sécurité.</li><li>Second point : l’emploi.</li></ul>
            <aside>À lire aussi : <a href="/x">Un autre article</a></aside>
            </article></main>
            <footer>Mentions légales · Plan du site · © Le Progrès</footer>
            <script>var tracker = 1;</script>
            </body></html>""";

    private static ImportedDocument read(Path file) throws Exception {
        return new HtmlImporter().read(file, Files.readAllBytes(file), ImportOptions.defaults());
    }

    @Test
    void keepsTheArticleAndItsMetadata(@org.junit.jupiter.api.io.TempDir Path dir) throws Exception {
        Path file = Files.write(dir.resolve("article.html"), PAGE.getBytes(java.nio.charset.Charset.forName("windows-1252")));
        ImportedDocument document = read(file);
        assertThat(document.text()).isEqualTo("""
                L’usine du futur arrive à Saint-Fons
                Les opérateurs de la Vallée de la chimie voient arriver des robots.
                Premier point\u00A0: la sécurité.
                Second point : l’emploi.""");
        assertThat(document.metadata()).containsEntry("title", "Usine du futur | Le Progrès")
                .containsEntry("author", "Claire Martin").containsKey("created");
    }

    @ParameterizedTest
    @ValueSource(strings = {"travail-emploi_activite-partielle.html", "travail-emploi_plans-sante-au-travail.html"})
    void ministryPagesImportWithoutMenusAndFooter(String name) throws Exception {
        String text = read(SharedCorpus.file("corpus/discourse/" + name)).text();
        for (String absent : new String[] {"Accès rapide", "Vous êtes ici", "Plan du site", "Mentions légales",
            "Gestion des cookies", "Données personnelles et cookies", "Accessibilité : partiellement conforme",
            "Épargne salariale", "Communiqués de presse", "Rechercher", "Fermer", "Articles associés",
            "licence etalab", "Partager", "Imprimer", "Sommaire"}) {
            assertThat(text).as(absent).doesNotContain(absent);
        }
        assertThat(text).doesNotContain("\r").doesNotContain("<").doesNotContain("  ");
        assertThat(text.length()).isGreaterThan(4000);
    }

    @Test
    void ministryPageKeepsItsArticle() throws Exception {
        String text = read(SharedCorpus.file("corpus/discourse/travail-emploi_activite-partielle.html")).text();
        assertThat(text).startsWith("L'activité partielle | Le chômage partiel")
                .contains("Qu’est-ce que l’activité partielle (chômage partiel)")
                .contains("L’indemnité versée au salarié est égale à 60\u00A0% de la rémunération antérieure brute");
        assertThat(text.getBytes(StandardCharsets.UTF_8).length).isLessThan(30_000);
    }
}
