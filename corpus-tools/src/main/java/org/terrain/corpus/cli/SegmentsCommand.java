package org.terrain.corpus.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.terrain.corpus.store.ProjectStore;
import org.terrain.corpus.store.SegmentInfo;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "segments", description = "List coded segments (of a code and its sub-codes, of a source).")
final class SegmentsCommand implements Callable<Integer> {
    private final Cli cli;
    @Mixin CommonOptions common;

    @Parameters(index = "0", paramLabel = "PROJECT")
    Path project;

    @Option(names = "--code", paramLabel = "PATH")
    String code;

    @Option(names = "--source", paramLabel = "NAME")
    String source;

    SegmentsCommand(Cli cli) {
        this.cli = cli;
    }

    @Override
    public Integer call() {
        try (ProjectStore store = cli.openForReading(project, "segments")) {
            if (source != null) {
                store.sources().get(source);
            }
            List<SegmentInfo> segments = store.segments().list(code == null ? null : CodesCommand.path(code), source);
            if (cli.json()) {
                cli.printJson(rows(segments));
            } else {
                for (SegmentInfo s : segments) {
                    cli.out().println(s.source() + "\t" + s.code() + "\t" + s.segment().span().start() + ":"
                            + s.segment().span().end() + "\t" + s.text().replace('\n', ' '));
                }
            }
        }
        return 0;
    }

    static List<Map<String, Object>> rows(List<SegmentInfo> segments) {
        List<Map<String, Object>> rows = new ArrayList<>();
        for (SegmentInfo s : segments) {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("source", s.source());
            row.put("code", s.code().toString());
            row.put("start", s.segment().span().start());
            row.put("end", s.segment().span().end());
            row.put("text", s.text());
            row.put("coder", s.segment().coder());
            row.put("memo", s.segment().memo());
            row.put("id", s.segment().id());
            row.put("guid", s.segment().guid());
            row.put("created", s.segment().created().toString());
            row.put("modified", s.segment().modified().toString());
            rows.add(row);
        }
        return rows;
    }
}
