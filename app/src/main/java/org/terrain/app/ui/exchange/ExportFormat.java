package org.terrain.app.ui.exchange;

import java.util.List;

/**
 * What « Fichier › Exporter » writes: each format's menu label, the file extensions it offers and the file name
 * it proposes (keys in {@code ui.properties}, under {@code export.<id>}).
 */
public enum ExportFormat {
    QDPX("qdpx", List.of("qdpx")),
    CODEBOOK("codebook", List.of("qdc")),
    SEGMENTS_CSV("segments_csv", List.of("csv")),
    SEGMENTS_XLSX("segments_xlsx", List.of("xlsx")),
    QUOTATIONS_DOCX("quotations_docx", List.of("docx")),
    QUOTATIONS_ODT("quotations_odt", List.of("odt")),
    REPORT_HTML("report_html", List.of("html", "htm")),
    IRAMUTEQ("iramuteq", List.of("txt")),
    TEI("tei", List.of("xml")),
    JOURNAL_MD("journal_md", List.of("md")),
    JOURNAL_HTML("journal_html", List.of("html", "htm")),
    MEMOS_MD("memos_md", List.of("md")),
    MEMOS_HTML("memos_html", List.of("html", "htm")),
    CODEBOOK_LOG_MD("codebook_log_md", List.of("md")),
    CODEBOOK_LOG_HTML("codebook_log_html", List.of("html", "htm"));

    private final String id;
    private final List<String> extensions;

    ExportFormat(String id, List<String> extensions) {
        this.id = id;
        this.extensions = extensions;
    }

    /** The key part in {@code ui.properties}: {@code export.<id>.menu}, {@code .filter}, {@code .file}, {@code .done}. */
    public String id() {
        return id;
    }

    public List<String> extensions() {
        return extensions;
    }
}
