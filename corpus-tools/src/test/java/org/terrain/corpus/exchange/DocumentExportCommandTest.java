package org.terrain.corpus.exchange;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.terrain.corpus.cli.TerrainCli;
import org.terrain.corpus.store.ProjectStore;

/** terrain export xlsx|quotations|report|iramuteq|tei through the command line, with --json. */
class DocumentExportCommandTest {
    @TempDir
    Path temp;

    private record Run(int exit, String out, String err) {
    }

    private static Run run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int exit = TerrainCli.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Run(exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    @Test
    void everyFormatFromTheCommandLine() throws Exception {
        Path project = temp.resolve("p");
        try (ProjectStore ignored = ExportFixture.create(project)) {
            // created, then closed so that the command line can open it
        }
        String p = project.toString();
        String[][] cases = {
                {"xlsx", "s.xlsx", "\"count\":4"}, {"quotations", "q.docx", "\"count\":4"},
                {"quotations", "q.odt", "\"count\":4"}, {"report", "r.html", "\"count\":3"},
                {"iramuteq", "i.txt", "\"count\":2"}, {"tei", "t.xml", "\"count\":2"}};
        for (String[] c : cases) {
            Path out = temp.resolve(c[1]);
            Run r = run("export", c[0], p, out.toString(), "--json");
            assertEquals(0, r.exit(), c[0] + ": " + r.err());
            assertTrue(r.out().replace(" ", "").contains(c[2]), r.out());
            assertTrue(Files.size(out) > 0);
        }
        Run one = run("export", "quotations", p, temp.resolve("e.odt").toString(), "--code", "Émotions", "--json");
        assertTrue(one.out().replace(" ", "").contains("\"count\":1"), one.out());
        assertTrue(Files.readString(temp.resolve("t.xml")).contains("creativecommons.org/licenses/by/4.0/"));
        assertEquals(0, run("export", "tei", p, temp.resolve("o.xml").toString(), "--licence", "licence-ouverte")
                .exit());
        assertTrue(Files.readString(temp.resolve("o.xml")).contains("etalab.gouv.fr"));

        assertEquals(2, run("export", "tei", p, temp.resolve("bad.xml").toString(), "--licence", "gpl").exit());
        assertFalse(Files.exists(temp.resolve("bad.xml")));
        assertEquals(2, run("export", "quotations", p, temp.resolve("q.pdf").toString()).exit());
        assertFalse(Files.exists(temp.resolve("q.pdf")));
        assertEquals(1, run("export", "quotations", p, temp.resolve("x.odt").toString(), "--code", "Absent").exit());
    }
}
