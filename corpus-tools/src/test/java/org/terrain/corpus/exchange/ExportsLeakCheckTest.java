package org.terrain.corpus.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.terrain.corpus.exchange.LeakCheck.Leak;
import org.terrain.corpus.model.Licence;
import org.terrain.corpus.store.ProjectStore;

/**
 * The leak check on what Terrain's own exporters write (not hand-made fixtures): the fixture's « Martine » (a case,
 * a speaker, a source name) is found in every format, every part of every file is read, and a name absent from
 * the project is found nowhere.
 */
class ExportsLeakCheckTest {
    @TempDir
    Path temp;

    @Test
    void everyExportOfTheFixtureIsReadWholeAndItsNameFound() throws Exception {
        Path out = Files.createDirectories(temp.resolve("out"));
        try (ProjectStore store = ExportFixture.create(temp.resolve("p"))) {
            ExchangeService.exportQdpx(store, out.resolve("p.qdpx"));
            SegmentsCsv.export(store, out.resolve("s.csv"), CsvDialect.RFC4180);
            XlsxExport.export(store, out.resolve("s.xlsx"));
            QuotationsExport.export(store, out.resolve("q.docx"), null);
            QuotationsExport.export(store, out.resolve("q.odt"), null);
            HtmlReport.export(store, out.resolve("r.html"));
            IramuteqExport.export(store, out.resolve("i.txt"));
            TeiExport.export(store, out.resolve("t.xml"), Licence.CC_BY);
        }
        List<String> files = List.of("p.qdpx", "s.csv", "s.xlsx", "q.docx", "q.odt", "r.html", "i.txt", "t.xml");
        for (String file : files) {
            List<Leak> leaks = LeakCheck.scan(out.resolve(file), List.of("Martine"));
            assertThat(leaks).as(file).isNotEmpty().noneMatch(Leak::unchecked);
            assertThat(LeakCheck.scan(out.resolve(file), List.of("Zoé", "Martinez", "Feyzin"))).as(file).isEmpty();
        }
    }
}
