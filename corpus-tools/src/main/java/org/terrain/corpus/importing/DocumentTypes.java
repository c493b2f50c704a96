package org.terrain.corpus.importing;

import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** What each document extension should contain, to catch a file whose extension lies. */
final class DocumentTypes {
    private static final Map<String, String> EXPECTED = Map.of(
            "pdf", "application/pdf",
            "docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
            "odt", "application/vnd.oasis.opendocument.text",
            "rtf", "application/rtf",
            "doc", "application/msword");
    /** What a damaged container may be detected as: let the parser say what is wrong with it. */
    private static final Set<String> CONTAINERS = Set.of("application/zip", "application/x-tika-ooxml",
            "application/x-tika-msoffice", "application/x-tika-ooxml-protected", "application/x-tika-ole-drm-encrypted");
    private static final Map<String, String> NAMES = Map.of("pdf", "PDF", "docx", "Word (.docx)",
            "odt", "OpenDocument (.odt)", "rtf", "RTF", "doc", "Word 97–2003 (.doc)");

    private DocumentTypes() {
    }

    static String expected(String extension) {
        return EXPECTED.get(extension.toLowerCase(Locale.ROOT));
    }

    static String displayName(String extension) {
        return NAMES.getOrDefault(extension.toLowerCase(Locale.ROOT), extension);
    }

    /** True when content detected as {@code detected} cannot be a damaged file of this extension. */
    static boolean contradicts(String extension, String detected) {
        String expected = expected(extension);
        if (expected == null || expected.equals(detected)) {
            return false;
        }
        boolean zipFamily = extension.equals("docx") || extension.equals("odt");
        boolean oleFamily = extension.equals("doc");
        if (CONTAINERS.contains(detected) && (zipFamily && !detected.contains("msoffice")
                || oleFamily && detected.contains("msoffice") || detected.contains("protected")
                || detected.contains("encrypted"))) {
            return false;
        }
        return true;
    }
}
