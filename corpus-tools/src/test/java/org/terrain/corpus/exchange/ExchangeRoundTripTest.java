package org.terrain.corpus.exchange;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import javax.xml.XMLConstants;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.terrain.codingschemes.CodeDefinition;
import org.terrain.codingschemes.CodePath;
import org.terrain.codingschemes.Codebook;
import org.terrain.corpus.model.AttributeType;
import org.terrain.corpus.model.SourceKind;
import org.terrain.corpus.model.Span;
import org.terrain.corpus.model.Turn;
import org.terrain.corpus.search.WordCounter;
import org.terrain.corpus.store.ExchangeStore;
import org.terrain.corpus.store.NewSource;
import org.terrain.corpus.store.ProjectStore;
import org.terrain.corpus.testing.SharedCorpus;
import org.terrain.corpus.text.CanonicalText;

/** Export then import into a new project loses nothing; every export is valid against the REFI-QDA schemas. */
class ExchangeRoundTripTest {
    private static final String[] WORDS = {"usine", "ouvrière", "Café", "cafe\u0301", "naïve", "👷🏽‍♀️", "𝔘nicode",
            "l’atelier", "\"quoted\"", "a,b", "Ærø", "日本", "🙂", "x", "fin."};
    private static final String[] COLORS = {"#4E79A7", "#F28E2B", "#E15759", "#76B7B2"};

    @TempDir
    Path temp;

    @Test
    void twentyRandomProjectsSurviveExportAndImport() throws Exception {
        Random random = new Random(20261125L);
        Schema project = schema("Project-mrt2019.xsd");
        Schema codebook = schema("Codebook.xsd");
        java.util.Set<String> seen = new java.util.TreeSet<>();
        for (int n = 0; n < 20; n++) {
            Path folder = temp.resolve("p" + n);
            Path qdpx = temp.resolve("p" + n + ".qdpx");
            Path qdc = temp.resolve("p" + n + ".qdc");
            Path csv = temp.resolve("p" + n + ".csv");
            ExchangeStore.Snapshot before;
            int segments;
            try (ProjectStore store = ProjectStore.create(folder, "projet " + n, "test")) {
                segments = fill(store, random);
                before = store.exchange().read();
                before.memos().forEach(m -> seen.add("memo of " + m.target()));
                before.sets().forEach(set -> seen.add(set.sourceGuids().isEmpty() && set.codeGuids().isEmpty()
                        ? "empty set" : "set"));
                ExchangeService.exportQdpx(store, qdpx);
                assertEquals(before.codes().size(), ExchangeService.exportCodebook(store, qdc));
                assertEquals(segments, SegmentsCsv.export(store, csv, CsvDialect.RFC4180));
            }
            Map<String, byte[]> entries = ExchangeService.unzip(Files.readAllBytes(qdpx), "x.qdpx");
            project.newValidator().validate(new StreamSource(new ByteArrayInputStream(entries.get("project.qde"))));
            codebook.newValidator().validate(new StreamSource(qdc.toFile()));
            for (ExchangeStore.Src source : before.sources()) {
                assertEquals(source.text(), new String(entries.get("sources/" + source.guid() + ".txt"),
                        StandardCharsets.UTF_8));
            }
            String table = Files.readString(csv, StandardCharsets.UTF_8);
            assertTrue(table.startsWith("source,kind,case,code,start,end,text,coder,memo,created,modified\r\n"));

            try (ProjectStore copy = ProjectStore.create(temp.resolve("q" + n), "copie", "test")) {
                ExchangeService.Outcome outcome = ExchangeService.importFile(copy, qdpx, Long.MAX_VALUE);
                assertTrue(outcome.warnings().isEmpty(), outcome.warnings().toString());
                ExchangeStore.Snapshot after = copy.exchange().read();
                assertEquals(comparable(before), comparable(after), "project " + n);
                assertEquals(withMemoAuthors(before), after.coders().stream().map(ExchangeStore.Coder::name).toList(),
                        "coders " + n);
                assertEquals(before.coders(), after.coders().subList(0, before.coders().size()), "coders " + n);
            }
            try (ProjectStore codes = ProjectStore.create(temp.resolve("c" + n), "codes", "test")) {
                ExchangeService.importFile(codes, qdc, Long.MAX_VALUE);
                assertEquals(codesOnly(before), codesOnly(codes.exchange().read()), "codebook " + n);
                assertEquals(codeGroups(before), codeGroups(codes.exchange().read()), "code groups " + n);
                before.sets().stream().filter(set -> !set.codeGuids().isEmpty()).forEach(set -> seen.add("code group"));
            }
        }
        assertEquals(java.util.Set.of("memo of project", "memo of journal", "memo of source", "memo of code", "set",
                "empty set", "code group"), seen, "the random projects had every kind of memo and set");
    }

    private static List<String> codesOnly(ExchangeStore.Snapshot s) {
        Map<String, String> paths = new LinkedHashMap<>();
        List<String> out = new ArrayList<>();
        for (ExchangeStore.Code c : s.codes()) {
            String path = (c.parentGuid() == null ? "" : paths.get(c.parentGuid()) + "/") + c.name();
            paths.put(c.guid(), path);
            out.add(path + "|" + c.color() + "|" + c.description() + "|" + c.inclusion() + "|" + c.exclusion() + "|"
                    + c.example());
        }
        return out;
    }

    /** The sets that hold codes, with their codes by path: what a codebook carries of them. */
    private static List<String> codeGroups(ExchangeStore.Snapshot s) {
        Map<String, String> paths = new LinkedHashMap<>();
        for (ExchangeStore.Code c : s.codes()) {
            paths.put(c.guid(), (c.parentGuid() == null ? "" : paths.get(c.parentGuid()) + "/") + c.name());
        }
        return s.sets().stream().filter(set -> !set.codeGuids().isEmpty())
                .map(set -> set.name() + "|" + set.description() + "|"
                        + set.codeGuids().stream().map(paths::get).sorted().toList()).sorted().toList();
    }

    /** Everything but the project's name and where sources were imported from. */
    private static List<Object> comparable(ExchangeStore.Snapshot s) {
        List<ExchangeStore.Src> sources = new ArrayList<>();
        for (ExchangeStore.Src src : s.sources()) {
            sources.add(new ExchangeStore.Src(src.guid(), src.name(), src.kind(), src.caseGuid(), src.text(),
                    src.words(), src.turns(), src.interviewers(), src.attributes(), null));
        }
        List<ExchangeStore.Segment> segments = new ArrayList<>();
        for (ExchangeStore.Segment segment : s.segments()) {
            segments.add(new ExchangeStore.Segment(segment.guid(), segment.sourceGuid(), segment.codeGuid(),
                    segment.start(), segment.end(), segment.coderGuid(), segment.memo(), segment.createdAt(),
                    latestModified(s, segment)));
        }
        segments.sort(Comparator.comparing(ExchangeStore.Segment::guid));
        return List.of(s.codes(), s.attributes(), s.cases(), sources, segments, s.sets(), s.memos());
    }

    /**
     * REFI-QDA dates a coding's creation only; the modification is its selection's, one per range: the codings
     * of one range come back with the latest modification among them (each keeps its own creation).
     */
    private static String latestModified(ExchangeStore.Snapshot s, ExchangeStore.Segment segment) {
        return s.segments().stream()
                .filter(other -> other.sourceGuid().equals(segment.sourceGuid()) && other.start() == segment.start()
                        && other.end() == segment.end())
                .map(other -> java.time.Instant.parse(other.modifiedAt())).max(Comparator.naturalOrder())
                .orElseThrow().toString();
    }

    /** REFI-QDA has one list of users: a memo author who never coded comes back as a coder, after the others. */
    private static List<String> withMemoAuthors(ExchangeStore.Snapshot s) {
        java.util.LinkedHashSet<String> names = new java.util.LinkedHashSet<>();
        s.coders().forEach(c -> names.add(c.name()));
        s.memos().stream().map(ExchangeStore.Memo::author).filter(java.util.Objects::nonNull).forEach(names::add);
        return List.copyOf(names);
    }

    private static Schema schema(String name) throws Exception {
        SchemaFactory factory = SchemaFactory.newDefaultInstance();
        factory.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        factory.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
        return factory.newSchema(SharedCorpus.file("interop/refi-qda/schema/" + name).toFile());
    }

    private static String text(Random random, int words) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < words; i++) {
            out.append(WORDS[random.nextInt(WORDS.length)]);
            out.append(random.nextInt(8) == 0 ? "\r\n" : " ");
        }
        return out.toString();
    }

    /** Up to three sets, some empty, of random sources and codes. */
    private static void addSets(ProjectStore store, Random random, List<String> sources, List<CodePath> codes) {
        for (int i = 0; i < random.nextInt(4); i++) {
            String name = "groupe " + i + " " + WORDS[random.nextInt(WORDS.length)];
            store.sets().create(name, random.nextBoolean() ? "décrit <b> & " + WORDS[random.nextInt(WORDS.length)]
                    : null);
            if (random.nextInt(3) > 0) { // else an empty set, which must export valid
                store.sets().addSources(name, sources.stream().filter(x -> random.nextBoolean()).toList());
                store.sets().addCodes(name, codes.stream().filter(x -> random.nextBoolean()).toList());
            }
        }
    }

    /**
     * Memos of the project, the journal, sources and codes, written as rows (the memo store of the app is not
     * this test's subject): titles or none, bodies with CRLF, authors who code and one who never does, dates.
     */
    private static void addMemos(ProjectStore store, Random random, List<String> sources, List<CodePath> codes) {
        List<String[]> targets = new ArrayList<>();
        targets.add(new String[] {"project", "1"});
        targets.add(new String[] {"journal", "1"});
        for (String source : sources) {
            targets.add(new String[] {"source", Long.toString(store.sources().get(source).id())});
        }
        for (CodePath code : codes) {
            targets.add(new String[] {"code", Long.toString(store.codes().get(code).id())});
        }
        String[] authors = {null, "Élise", "carnet de terrain"};
        store.write(org.terrain.corpus.store.OperationKind.MEMO_PROJECT.with(), tx -> { // a test's own change
            for (int i = 0; i < random.nextInt(6); i++) {
                String[] target = targets.get(random.nextInt(targets.size()));
                java.time.Instant created = java.time.Instant.ofEpochSecond(1_700_000_000L + random.nextInt(1_000_000));
                Map<String, Object> row = new LinkedHashMap<>();
                row.put("guid", java.util.UUID.randomUUID().toString());
                row.put("target", target[0]);
                row.put("target_id", Long.parseLong(target[1]));
                row.put("title", random.nextBoolean() ? "Mémo « " + WORDS[random.nextInt(WORDS.length)] + " »" : null);
                row.put("body", random.nextInt(5) == 0 ? "" : text(random, 1 + random.nextInt(12)));
                row.put("author", authors[random.nextInt(authors.length)]);
                row.put("created_at", created.toString());
                row.put("modified_at", created.plusMillis(random.nextInt(100_000)).toString());
                tx.insert("memos", row);
            }
            return null;
        });
    }

    /** Codings made on other days: creation and modification dates apart, down to the nanosecond. */
    private static void dateSegments(ProjectStore store, Random random) {
        List<Long> ids = store.segments().list(null, null).stream().map(s -> s.segment().id()).toList();
        store.write(org.terrain.corpus.store.OperationKind.SEGMENT_MEMO.with(0), tx -> { // a test's own change
            for (long id : ids) {
                java.time.Instant created = java.time.Instant.ofEpochSecond(1_600_000_000L + random.nextInt(50_000_000),
                        random.nextInt(3) == 0 ? 0 : random.nextInt(1_000_000_000));
                java.time.Instant modified = random.nextBoolean() ? created
                        : created.plusSeconds(1 + random.nextInt(10_000_000));
                tx.update("segments", id, Map.of("created_at", created.toString(), "modified_at", modified.toString()));
            }
            return null;
        });
    }

    /** A random small project; returns how many segments it has. */
    private static int fill(ProjectStore store, Random random) {
        List<CodeDefinition> roots = new ArrayList<>();
        for (int i = 0; i < 1 + random.nextInt(4); i++) {
            List<CodeDefinition> children = new ArrayList<>();
            for (int j = 0; j < random.nextInt(3); j++) {
                children.add(new CodeDefinition("sous " + j + " " + WORDS[random.nextInt(WORDS.length)].strip(),
                        random.nextBoolean() ? COLORS[random.nextInt(COLORS.length)] : null,
                        random.nextBoolean() ? "Définition " + text(random, 3).strip() : null,
                        random.nextBoolean() ? "quand " + WORDS[random.nextInt(WORDS.length)] : null,
                        random.nextBoolean() ? "sauf <b> & " + WORDS[random.nextInt(WORDS.length)] : null,
                        random.nextBoolean() ? "« exemple »" : null, List.of()));
            }
            roots.add(new CodeDefinition("code " + i, COLORS[random.nextInt(COLORS.length)],
                    random.nextBoolean() ? "Racine " + i : null, null, null, null, children));
        }
        store.codes().install(new Codebook("random", "fr", null, roots));
        List<CodePath> paths = store.codes().list().stream().map(c -> c.path()).toList();
        List<String> names = new ArrayList<>();
        int sourceCount = 1 + random.nextInt(3);
        for (int i = 0; i < sourceCount; i++) {
            String text = CanonicalText.of(text(random, 5 + random.nextInt(40)));
            List<Turn> turns = new ArrayList<>();
            if (random.nextBoolean()) {
                int length = text.codePointCount(0, text.length());
                int half = length / 2;
                turns.add(new Turn(0, "ENQ", -1, new Span(0, 0), new Span(0, half)));
                turns.add(new Turn(1, "P1, dit « Jo »", 61_000, new Span(half, half), new Span(half, length)));
            }
            Map<String, String> attributes = new LinkedHashMap<>();
            if (random.nextBoolean()) {
                attributes.put("lieu", "Saint-Fons " + WORDS[random.nextInt(WORDS.length)]);
            }
            SourceKind kind = SourceKind.values()[random.nextInt(SourceKind.values().length)];
            names.add(store.sources().add(new NewSource("entretien " + i + " 🙂.txt", kind,
                    random.nextBoolean() ? "cas " + random.nextInt(2) : null, attributes, text, turns,
                    WordCounter.count(text, turns), null, null, "test")));
        }
        if (random.nextBoolean()) {
            Map<String, Map<String, String>> values = new LinkedHashMap<>();
            values.put("cas 0", Map.of("âge", Integer.toString(20 + random.nextInt(50)), "métier", "soudeuse"));
            store.cases().importTable(values, Map.of("âge", AttributeType.INTEGER, "métier", AttributeType.TEXT),
                    Map.of("cas 0", List.of(names.getFirst())));
        }
        addSets(store, random, names, paths);
        addMemos(store, random, names, paths);
        int segments = 0;
        for (String name : names) {
            String text = store.sources().get(name).text();
            int length = text.codePointCount(0, text.length());
            for (int k = 0; k < random.nextInt(6); k++) {
                int start = random.nextInt(length);
                int end = start + 1 + random.nextInt(length - start);
                String memo = random.nextBoolean() ? "mémo " + WORDS[random.nextInt(WORDS.length)] : null;
                String coder = random.nextBoolean() ? (random.nextBoolean() ? "Élise" : "bob") : null;
                int before = store.segments().list(null, name).size();
                store.segments().code(name, paths.get(random.nextInt(paths.size())), List.of(new Span(start, end)),
                        memo, coder);
                segments += store.segments().list(null, name).size() - before;
            }
        }
        dateSegments(store, random);
        return segments;
    }
}
