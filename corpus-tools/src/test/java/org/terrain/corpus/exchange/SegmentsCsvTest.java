package org.terrain.corpus.exchange;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.terrain.corpus.store.ProjectStore;
import org.terrain.corpus.store.SegmentInfo;

/** One CSV of coded segments, in the two dialects: RFC 4180 for scripts, French Excel for the researcher. */
class SegmentsCsvTest {
    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");

    @TempDir
    Path temp;

    @Test
    void rfc4180HasTheContractColumnsInOrderThenTheCodingDates() throws Exception {
        Path out = temp.resolve("segments.csv");
        try (ProjectStore store = dated(ExportFixture.create(temp.resolve("p")))) {
            assertEquals(4, SegmentsCsv.export(store, out, CsvDialect.RFC4180));
        }
        byte[] bytes = Files.readAllBytes(out);
        assertEquals('s', bytes[0], "no byte-order mark");
        assertEquals("""
                source,kind,case,code,start,end,text,coder,memo,created,modified\r
                Entretien Martine,interview,Martine,Pratiques/Travail à l'usine,59,81,"À l’usine, depuis 1998",Élise,\
                "mémo : <important> & ""daté\"\"",2026-03-14T09:22:05Z,2026-03-14T09:22:05Z\r
                Entretien Martine,interview,Martine,Émotions,158,180,"C'est dur, mais on rit",Élise,,\
                2026-03-14T10:22:05Z,2026-07-01T08:00:00Z\r
                Observation atelier,observation,,Pratiques/Travail à l'usine,26,50,Les soudeuses <arrivent>,,\
                vu le 14 mars,2026-03-14T11:22:05Z,2026-03-14T11:22:05Z\r
                Observation atelier,observation,,Pratiques,66,80,On parle fort.,bob,,2026-03-14T12:22:05Z,\
                2026-07-01T08:00:00Z\r
                """, new String(bytes, StandardCharsets.UTF_8));
    }

    @Test
    void frenchExcelHasAByteOrderMarkSemicolonsFrenchHeadersAndLocalDates() throws Exception {
        Path out = temp.resolve("segments.csv");
        try (ProjectStore store = dated(ExportFixture.create(temp.resolve("p")))) {
            SegmentsCsv.write(store, ExportTarget.of(store.layout(), out), store.segments().list(null, null),
                    CsvDialect.EXCEL_FR, PARIS);
        }
        byte[] bytes = Files.readAllBytes(out);
        assertArrayEquals(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, java.util.Arrays.copyOf(bytes, 3));
        assertEquals("""
                \uFEFFsource;type;cas;code;début;fin;texte;codeur;mémo;création;modification\r
                Entretien Martine;interview;Martine;Pratiques/Travail à l'usine;59;81;À l’usine, depuis 1998;Élise;\
                "mémo : <important> & ""daté\"\"";2026-03-14 10:22:05;2026-03-14 10:22:05\r
                Entretien Martine;interview;Martine;Émotions;158;180;C'est dur, mais on rit;Élise;;\
                2026-03-14 11:22:05;2026-07-01 10:00:00\r
                Observation atelier;observation;;Pratiques/Travail à l'usine;26;50;Les soudeuses <arrivent>;;\
                vu le 14 mars;2026-03-14 12:22:05;2026-03-14 12:22:05\r
                Observation atelier;observation;;Pratiques;66;80;On parle fort.;bob;;2026-03-14 13:22:05;\
                2026-07-01 10:00:00\r
                """, new String(bytes, StandardCharsets.UTF_8));
    }

    @ParameterizedTest
    @EnumSource(CsvDialect.class)
    void separatorsQuotesAndLineBreaksReadBackAsWritten(CsvDialect dialect) throws Exception {
        Path out = temp.resolve("segments.csv");
        String memo = "deux lignes ;\r\nune « citée », \"entre guillemets\" ";
        List<List<String>> expected = new ArrayList<>();
        try (ProjectStore store = ExportFixture.create(temp.resolve("p"))) {
            long id = store.segments().list(null, null).getFirst().segment().id();
            store.segments().setMemo(id, memo);
            SegmentsCsv.export(store, out, dialect);
            expected.add(SegmentsCsv.header(dialect));
            for (SegmentInfo s : store.segments().list(null, null)) {
                expected.add(List.of(s.source(), s.code().toString(), s.text(), s.segment().memo() == null ? ""
                        : s.segment().memo()));
            }
        }
        String text = Files.readString(out, StandardCharsets.UTF_8);
        CSVFormat format = CSVFormat.RFC4180.builder().setDelimiter(dialect.separator()).get();
        List<List<String>> read = new ArrayList<>();
        try (CSVParser parser = CSVParser.parse(new StringReader(dialect.byteOrderMark() ? text.substring(1) : text),
                format)) {
            for (CSVRecord record : parser) {
                read.add(record.getRecordNumber() == 1 ? record.toList()
                        : List.of(record.get(0), record.get(3), record.get(6), record.get(8)));
            }
        }
        assertEquals(expected, read);
        assertEquals(memo, read.get(1).get(3), "the memo's CRLF, quotes and separator kept");
    }

    @Test
    void aListIsWrittenInItsOwnOrderWithoutTheSegmentsNoLongerThere() throws Exception {
        Path out = temp.resolve("liste.csv");
        try (ProjectStore store = ExportFixture.create(temp.resolve("p"))) {
            List<Long> ids = store.segments().list(null, null).stream().map(s -> s.segment().id()).toList();
            assertEquals(2, SegmentsCsv.export(store, out, CsvDialect.RFC4180, List.of(ids.get(3), ids.get(0), 999L)));
        }
        List<String> lines = Files.readAllLines(out, StandardCharsets.UTF_8);
        assertEquals(3, lines.size());
        assertEquals("Observation atelier,observation,,Pratiques,66,80,On parle fort.,bob,",
                lines.get(1).substring(0, lines.get(1).lastIndexOf(",", lines.get(1).lastIndexOf(",") - 1)));
        assertEquals("Entretien Martine", lines.get(2).substring(0, lines.get(2).indexOf(',')));
    }

    /** The fixture's four codings made an hour apart on 14 March 2026, two of them changed on 1 July. */
    private static ProjectStore dated(ProjectStore store) {
        List<Long> ids = store.segments().list(null, null).stream().map(s -> s.segment().id()).toList();
        store.write(org.terrain.corpus.store.OperationKind.SEGMENT_MEMO.with(0), tx -> { // a test's own change
            for (int i = 0; i < ids.size(); i++) {
                Instant created = Instant.parse("2026-03-14T09:22:05.123456Z").plusSeconds(3600L * i);
                Instant modified = i % 2 == 0 ? created : Instant.parse("2026-07-01T08:00:00Z");
                tx.update("segments", ids.get(i), Map.of("created_at", created.toString(),
                        "modified_at", modified.toString()));
            }
            return null;
        });
        return store;
    }
}
