package org.terrain.corpus.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.opentest4j.TestAbortedException;
import org.terrain.corpus.importing.ImportOptions;
import org.terrain.corpus.importing.ImportReport;
import org.terrain.corpus.importing.ImportService;
import org.terrain.corpus.model.Source;
import org.terrain.corpus.model.Turn;
import org.terrain.corpus.store.ProjectStore;
import org.terrain.corpus.task.Cancellation;
import org.terrain.corpus.task.ProgressListener;
import org.terrain.corpus.testing.SharedCorpus;
import org.terrain.corpus.text.TextFolding;

/**
 * Every accented word form of real French text, searched typed bare, in capitals, as an inflection, as a
 * wildcard, a fuzzy term and in phrases: the same spans as typed with its accents. The demo corpus always runs;
 * the ESLO interviews and the discourse texts of ../shared/corpus join it when present (skipped, with the reason
 * printed, when not). Expectations come from the text itself, folded by {@link TextFolding} (Unicode
 * decomposition), not by the search's own folding.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AccentedWordsOfTheCorpusTest {
    /** The demo corpus alone must give at least this many accented forms, so the test means something anywhere. */
    private static final int DEMO_AT_LEAST = 60;
    /** And with the shared texts, at least this many (the issue asks for 200). */
    private static final int WITH_SHARED_AT_LEAST = 200;
    /** The shared texts hold thousands of accented forms: an even sample of them keeps the test short. */
    private static final int SHARED_SAMPLE = 160;
    private static final Pattern LETTERS = Pattern.compile("\\p{L}+");

    @TempDir
    static Path dir;
    ProjectStore store;
    SearchIndex index;
    boolean shared;
    final List<String> words = new ArrayList<>();
    int demoWords;
    /** Every word of the speech, unit by unit, lower case, in order. */
    final List<List<String>> units = new ArrayList<>();
    /** Occurrences of each word form (lower case). */
    final Map<String, Integer> occurrences = new HashMap<>();

    @BeforeAll
    void corpus() throws IOException {
        store = ProjectStore.create(dir.resolve("p"), "t", "test");
        Path demo = Path.of("..", "src", "demo-corpus").toAbsolutePath().normalize();
        List<Path> demoFiles = textFiles(demo);
        assertThat(demoFiles).hasSize(4);
        importFiles(demoFiles);
        Set<String> demoForms = accentedForms();
        List<Path> sharedFiles = new ArrayList<>();
        try {
            Path corpus = SharedCorpus.file("corpus");
            sharedFiles.addAll(textFiles(corpus.resolve("interviews")));
            sharedFiles.addAll(textFiles(corpus.resolve("discourse")));
            try (Stream<Path> html = Files.list(corpus.resolve("discourse"))) {
                sharedFiles.addAll(html.filter(f -> f.toString().endsWith(".html")).sorted().toList());
            }
            shared = true;
        } catch (TestAbortedException missing) {
            System.err.println("AccentedWordsOfTheCorpusTest: the demo corpus only (" + missing.getMessage() + ")");
        }
        if (shared) {
            importFiles(sharedFiles);
        }
        units.clear();
        occurrences.clear();
        for (String name : store.sources().names()) {
            for (String unit : speech(store.sources().get(name))) {
                List<String> tokens = lowerCaseTokens(unit);
                units.add(tokens);
                tokens.forEach(t -> occurrences.merge(t, 1, Integer::sum));
            }
        }
        words.addAll(demoForms);
        demoWords = words.size();
        if (shared) {
            List<String> others = accentedForms().stream().filter(w -> !demoForms.contains(w)).toList();
            double step = Math.max(1.0, others.size() / (double) SHARED_SAMPLE);
            for (double i = 0; i < others.size(); i += step) {
                words.add(others.get((int) i));
            }
        }
        System.err.printf("AccentedWordsOfTheCorpusTest: %d accented forms (%d from the demo corpus)%s%n",
                words.size(), demoWords, shared ? ", the rest sampled from ../shared/corpus" : "");
        index = SearchIndex.open(store, ProgressListener.NONE);
    }

    @AfterAll
    void close() {
        if (index != null) {
            index.close();
        }
        store.close();
    }

    @Test
    void thereAreEnoughAccentedWords() {
        assertThat(demoWords).as("accented forms of the demo corpus").isGreaterThanOrEqualTo(DEMO_AT_LEAST);
        if (shared) {
            assertThat(words.size()).isGreaterThanOrEqualTo(WITH_SHARED_AT_LEAST);
        }
    }

    @Test
    void typedBareOrInCapitalsEachWordFindsTheSameSpansAndEveryFormWrittenWithOrWithoutItsAccents() {
        List<String> failures = new ArrayList<>();
        for (String word : words) {
            List<String> accented = spans(word);
            String bare = fold(word);
            check(failures, word, !accented.isEmpty(), "found nothing typed with its accents");
            check(failures, bare, spans(bare).equals(accented), "bare: " + spans(bare) + " vs " + accented);
            check(failures, upper(word), spans(upper(word)).equals(accented), "capitals");
            check(failures, upper(bare), spans(upper(bare)).equals(accented), "bare capitals");
            long sameFold = accented.stream().filter(s -> fold(s.substring(s.indexOf(':') + 1)).equals(bare)).count();
            long expected = occurrences.entrySet().stream().filter(e -> fold(e.getKey()).equals(bare))
                    .mapToLong(Map.Entry::getValue).sum();
            check(failures, bare, sameFold == expected, "finds " + sameFold + " of the " + expected
                    + " occurrences written " + bare + " with or without accents");
        }
        assertThat(failures).as("%d words", words.size()).isEmpty();
    }

    @Test
    void anInflectionTypedBareFindsWhatItFindsWithItsAccentsAndStillJoinsTheWord() {
        List<String> failures = new ArrayList<>();
        int inflections = 0;
        int joined = 0;
        for (String word : words) {
            String inflection = inflectionOf(word);
            if (inflection == null) {
                continue;
            }
            inflections++;
            List<String> accented = spans(inflection);
            List<String> bare = spans(upper(fold(inflection)));
            check(failures, inflection, bare.equals(accented), "bare capitals: " + bare + " vs " + accented);
            if (accented.containsAll(spans(word))) {
                joined++;
                check(failures, inflection, bare.containsAll(spans(word)), "does not find " + word);
            }
        }
        System.err.printf("AccentedWordsOfTheCorpusTest: %d inflections, %d joined to their word%n", inflections,
                joined);
        assertThat(failures).isEmpty();
        assertThat(inflections).isGreaterThanOrEqualTo(10);
        assertThat(joined).as("the stemmer joins most number and gender inflections").isGreaterThan(inflections / 2);
    }

    @Test
    void wildcardsAndFuzzyTermsTypedBareFindTheSameAsWithAccentsAndEveryFoldedMatch() {
        List<String> failures = new ArrayList<>();
        Map<String, Integer> byFold = new HashMap<>();
        occurrences.forEach((form, n) -> byFold.merge(fold(form), n, Integer::sum));
        for (String word : words) {
            int[] cps = word.codePoints().toArray();
            if (cps.length >= 4) {
                int firstAccent = 0;
                while (fold(new String(cps, firstAccent, 1)).equals(new String(cps, firstAccent, 1))) {
                    firstAccent++;
                }
                String prefix = new String(cps, 0, Math.min(cps.length, Math.max(4, firstAccent + 1)));
                List<String> accented = spans(prefix + "*");
                check(failures, upper(fold(prefix)) + "*", spans(upper(fold(prefix)) + "*").equals(accented),
                        "bare prefix in capitals");
                int expected = byFold.entrySet().stream().filter(e -> e.getKey().startsWith(fold(prefix)))
                        .mapToInt(Map.Entry::getValue).sum();
                check(failures, prefix + "*", accented.size() == expected, accented.size() + " hits, "
                        + expected + " words whose folded form starts with " + fold(prefix));
                String joker = new String(cps, 0, firstAccent) + "?" + new String(cps, firstAccent + 1,
                        cps.length - firstAccent - 1);
                check(failures, fold(joker), spans(fold(joker)).equals(spans(joker)), "? wildcard");
            }
            if (cps.length >= 5) {
                List<String> accented = spans(word + "~1");
                check(failures, fold(word) + "~1", spans(fold(word) + "~1").equals(accented), "fuzzy");
                int expected = byFold.entrySet().stream().filter(e -> osa(e.getKey(), fold(word)) <= 1)
                        .mapToInt(Map.Entry::getValue).sum();
                check(failures, word + "~1", accented.size() == expected, accented.size() + " hits, " + expected
                        + " words within one edit of " + fold(word) + " once folded");
            }
        }
        assertThat(failures).as("%d words", words.size()).isEmpty();
    }

    @Test
    void phrasesAndProximityTypedBareFindTheSameAsWithAccents() {
        List<String> failures = new ArrayList<>();
        int phrases = 0;
        for (String word : words) {
            List<String> context = followedBy(word, 3);
            if (context == null) {
                continue;
            }
            phrases++;
            String phrase = "\"" + word + " " + context.get(1) + "\"";
            List<String> accented = spans(phrase);
            check(failures, phrase, !accented.isEmpty(), "found nothing");
            check(failures, fold(phrase), spans(fold(phrase)).equals(accented), "bare phrase");
            check(failures, upper(fold(phrase)), spans(upper(fold(phrase))).equals(accented), "bare capitals");
            String near = "\"" + word + " " + context.get(2) + "\"~3";
            List<String> accentedNear = spans(near);
            check(failures, near, !accentedNear.isEmpty(), "found nothing");
            check(failures, fold(near), spans(fold(near)).equals(accentedNear), "bare proximity");
        }
        assertThat(failures).as("%d phrases", phrases).isEmpty();
        assertThat(phrases).isGreaterThan(words.size() / 2);
    }

    private void check(List<String> failures, String query, boolean ok, String why) {
        if (!ok && failures.size() < 40) {
            failures.add(query + ": " + why);
        }
    }

    private List<String> spans(String query) {
        return index.search(SearchRequest.of(query).withLimit(100_000)).hits().stream()
                .map(h -> h.source() + "@" + h.start() + "-" + h.end() + ":" + h.match()).toList();
    }

    /** Accents removed the Unicode way (decomposition, marks dropped), ligatures spelt out, lower case. */
    static String fold(String text) {
        return TextFolding.fold(text).replace("œ", "oe").replace("æ", "ae");
    }

    static String upper(String text) {
        return text.toUpperCase(Locale.ROOT);
    }

    /** A form of the corpus that is this one's plural or feminine once folded (s, e, es, x added), or null. */
    private String inflectionOf(String word) {
        for (String ending : new String[] {"s", "e", "es", "x"}) {
            for (String form : occurrences.keySet()) {
                if (fold(form).equals(fold(word) + ending) && LETTERS.matcher(form).matches()) {
                    return form;
                }
            }
        }
        return null;
    }

    /** The word and the {@code n - 1} words after it, at its first place in one unit of speech, or null. */
    private List<String> followedBy(String word, int n) {
        for (List<String> unit : units) {
            int i = unit.indexOf(word);
            if (i >= 0 && i + n <= unit.size()) {
                List<String> out = unit.subList(i, i + n);
                if (out.stream().allMatch(w -> LETTERS.matcher(w).matches() && !isOperator(upper(fold(w))))) {
                    return out;
                }
            }
        }
        return null;
    }

    /** The accented word forms of the project, lower case, sorted; letters only; capitals that round-trip. */
    private Set<String> accentedForms() {
        Set<String> out = new TreeSet<>();
        for (String name : store.sources().names()) {
            for (String unit : speech(store.sources().get(name))) {
                for (String token : lowerCaseTokens(unit)) {
                    if (LETTERS.matcher(token).matches() && !fold(token).equals(token)
                            && upper(token).toLowerCase(Locale.ROOT).equals(token)
                            && !isOperator(upper(fold(token)))) {
                        out.add(token);
                    }
                }
            }
        }
        return out;
    }

    private static boolean isOperator(String word) {
        return Set.of("AND", "OR", "NOT", "TO").contains(word);
    }

    /** The units of speech search indexes: each turn's speech, or the whole text. */
    private static List<String> speech(Source source) {
        if (source.turns().isEmpty()) {
            return List.of(source.text());
        }
        int[] cps = source.text().codePoints().toArray();
        List<String> out = new ArrayList<>();
        for (Turn turn : source.turns()) {
            out.add(new String(cps, turn.speech().start(), turn.speech().length()));
        }
        return out;
    }

    /** Optimal string alignment distance (Damerau–Levenshtein without repeated edits), as Lucene's fuzzy terms. */
    static int osa(String a, String b) {
        int[] x = a.codePoints().toArray();
        int[] y = b.codePoints().toArray();
        if (Math.abs(x.length - y.length) > 1) {
            return 2;
        }
        int[][] d = new int[x.length + 1][y.length + 1];
        for (int i = 0; i <= x.length; i++) {
            d[i][0] = i;
        }
        for (int j = 0; j <= y.length; j++) {
            d[0][j] = j;
        }
        for (int i = 1; i <= x.length; i++) {
            for (int j = 1; j <= y.length; j++) {
                int cost = x[i - 1] == y[j - 1] ? 0 : 1;
                d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
                if (i > 1 && j > 1 && x[i - 1] == y[j - 2] && x[i - 2] == y[j - 1]) {
                    d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
                }
            }
        }
        return d[x.length][y.length];
    }

    private static List<Path> textFiles(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(f -> f.toString().endsWith(".txt")).sorted().toList();
        }
    }

    private void importFiles(List<Path> files) {
        ImportReport report = new ImportService(store).importPaths(files, ImportOptions.defaults(),
                ProgressListener.NONE, Cancellation.none());
        if (!report.failed().isEmpty()) {
            throw new UncheckedIOException(new IOException("import failed: " + report.failed()));
        }
    }

    /** The contract's words (WordCounter), lower case as the index keeps them. */
    private static List<String> lowerCaseTokens(String text) {
        return WordCounter.tokens(text).stream().map(t -> t.toLowerCase(Locale.ROOT)).toList();
    }
}
