package org.terrain.corpus.importing;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.tika.config.TikaConfig;
import org.apache.tika.detect.Detector;
import org.apache.tika.exception.EncryptedDocumentException;
import org.apache.tika.exception.TikaException;
import org.apache.tika.exception.WriteLimitReachedException;
import org.apache.tika.exception.ZeroByteFileException;
import org.apache.tika.extractor.EmbeddedDocumentExtractor;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.Property;
import org.apache.tika.metadata.TikaCoreProperties;
import org.apache.tika.mime.MediaType;
import org.apache.tika.parser.AutoDetectParser;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.parser.pdf.PDFParserConfig;
import org.apache.tika.sax.BodyContentHandler;
import org.terrain.corpus.errors.ImportException;
import org.terrain.corpus.text.CanonicalText;
import org.xml.sax.ContentHandler;
import org.xml.sax.SAXException;

/**
 * Office documents and PDFs through Tika: docx, odt, rtf, doc, pdf. Checks first what Tika cannot tell us
 * clearly (an extension that lies, a zip bomb), then maps Tika's exceptions to reasons the researcher can act
 * on (password protected, scanned without text, damaged). Embedded files (pictures, attachments) are not
 * parsed: their text is not the document's. Thread-safe: one parser serves every import.
 */
public final class TikaDocumentImporter implements Importer {
    /** A thesis is ~1M characters; 50M means something is wrong with the file. */
    static final int MAX_CHARS = 50_000_000;
    /** Fewer letters than this per PDF page: pictures of text, not text. */
    private static final int MIN_CHARS_PER_PAGE = 20;

    private final AutoDetectParser parser;
    private final Detector detector;

    public TikaDocumentImporter() {
        TikaConfig config = TikaConfig.getDefaultConfig();
        this.parser = new AutoDetectParser(config);
        this.detector = config.getDetector();
    }

    @Override
    public Set<String> extensions() {
        return Set.of("pdf", "docx", "odt", "rtf", "doc");
    }

    @Override
    public ImportedDocument read(Path file, byte[] bytes, ImportOptions options) {
        String fileName = file.getFileName().toString();
        if (bytes.length == 0) {
            throw new ImportException("empty_file", fileName);
        }
        String extension = extension(fileName);
        String detected = detect(bytes);
        if (DocumentTypes.contradicts(extension, detected)) {
            throw new ImportException("extension_mismatch", fileName, DocumentTypes.displayName(extension),
                    detected);
        }
        if (extension.equals("docx") || extension.equals("odt")) {
            ZipGuard.check(bytes, fileName);
        }
        if (extension.equals("odt") && RefusedDoctype.declaredIn(bytes)) {
            throw RefusedDoctype.reason(fileName, bytes, null);
        }
        Metadata metadata = new Metadata();
        metadata.set(TikaCoreProperties.RESOURCE_NAME_KEY, fileName);
        BodyContentHandler handler = new BodyContentHandler(MAX_CHARS);
        try (InputStream in = TikaInputStream.get(bytes)) {
            parser.parse(in, handler, metadata, context());
        } catch (EncryptedDocumentException e) {
            throw new ImportException("password_protected", e, fileName);
        } catch (ZeroByteFileException e) {
            throw new ImportException("empty_file", e, fileName);
        } catch (SAXException e) {
            if (WriteLimitReachedException.isWriteLimitReached(e)) {
                throw new ImportException("text_too_long", e, fileName, MAX_CHARS);
            }
            throw damagedOrRefused(fileName, extension, bytes, e);
        } catch (TikaException | IOException | RuntimeException e) {
            if (isZipBomb(e)) {
                throw new ImportException("zip_bomb", e, fileName);
            }
            throw damagedOrRefused(fileName, extension, bytes, e);
        }
        String text = tidy(CanonicalText.of(handler.toString()));
        if (extension.equals("pdf")) {
            checkTextLayer(text, metadata, fileName);
        }
        if (text.isBlank()) {
            throw new ImportException("no_text", fileName);
        }
        return new ImportedDocument(text, List.of(), metadataOf(metadata));
    }

    private String detect(byte[] bytes) {
        try (TikaInputStream in = TikaInputStream.get(bytes)) {
            MediaType type = detector.detect(in, new Metadata());
            return type.getBaseType().toString();
        } catch (IOException e) {
            return MediaType.OCTET_STREAM.toString();
        }
    }

    /** No embedded-document parsing: a picture's or an attachment's text is not the document's text. */
    private ParseContext context() {
        ParseContext context = new ParseContext();
        context.set(EmbeddedDocumentExtractor.class, new EmbeddedDocumentExtractor() {
            @Override
            public boolean shouldParseEmbedded(Metadata metadata) {
                return false;
            }

            @Override
            public void parseEmbedded(InputStream stream, ContentHandler handler, Metadata metadata, boolean outputHtml) {
                // never called: shouldParseEmbedded says no
            }
        });
        // No OCR: Tesseract is not part of Terrain, and a scanned PDF gets its own clear message instead.
        PDFParserConfig pdf = new PDFParserConfig();
        pdf.setOcrStrategy(PDFParserConfig.OCR_STRATEGY.NO_OCR);
        pdf.setExtractInlineImages(false);
        context.set(PDFParserConfig.class, pdf);
        return context;
    }

    private static void checkTextLayer(String text, Metadata metadata, String fileName) {
        int pages = Math.max(1, parseInt(metadata.get("xmpTPg:NPages")));
        long letters = text.codePoints().filter(Character::isLetter).count();
        if (letters < (long) MIN_CHARS_PER_PAGE * pages) {
            throw new ImportException("scanned_no_text", fileName, pages);
        }
    }

    /** A DTD refused in a Word document is not damage: it gets its own reason. */
    private static ImportException damagedOrRefused(String fileName, String extension, byte[] bytes, Exception e) {
        if (extension.equals("docx") && RefusedDoctype.isCause(e)) {
            return RefusedDoctype.reason(fileName, bytes, e);
        }
        return damaged(fileName, extension, e);
    }

    private static ImportException damaged(String fileName, String extension, Exception e) {
        String reason = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        if (root != e && root.getMessage() != null) {
            reason = root.getMessage();
        }
        return new ImportException("corrupt_file", e, fileName,
                DocumentTypes.displayName(extension) + " : " + shorten(reason));
    }

    private static boolean isZipBomb(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            String message = t.getMessage();
            if (message != null && message.toLowerCase(Locale.ROOT).contains("zip bomb")) {
                return true;
            }
        }
        return false;
    }

    /** Document properties that become attributes, under plain names. */
    private static Map<String, String> metadataOf(Metadata metadata) {
        Map<String, String> out = new LinkedHashMap<>();
        put(out, "title", metadata, TikaCoreProperties.TITLE);
        put(out, "author", metadata, TikaCoreProperties.CREATOR);
        put(out, "created", metadata, TikaCoreProperties.CREATED);
        put(out, "modified", metadata, TikaCoreProperties.MODIFIED);
        put(out, "language", metadata, TikaCoreProperties.LANGUAGE);
        return out;
    }

    private static void put(Map<String, String> out, String key, Metadata metadata, Property property) {
        String value = metadata.get(property);
        if (value != null && !value.isBlank()) {
            out.put(key, value.strip());
        }
    }

    /**
     * Tika ends every line with its own break and pads with blank lines and spaces: keep one blank line
     * between paragraphs, no trailing spaces, no leading or trailing blank lines.
     */
    static String tidy(String text) {
        return tidy(text, true);
    }

    /** The same; without blank lines at all when {@code keepBlankLines} is false. */
    static String tidy(String text, boolean keepBlankLines) {
        String[] lines = text.split("\n", -1);
        StringBuilder out = new StringBuilder(text.length());
        int blank = 0;
        for (String line : lines) {
            String kept = stripEdges(line, false);
            if (kept.isEmpty()) {
                blank++;
                continue;
            }
            if (!out.isEmpty()) {
                out.append(blank > 0 && keepBlankLines ? "\n\n" : "\n");
            }
            out.append(kept);
            blank = 0;
        }
        return out.toString();
    }

    /**
     * Strips white space, no-break spaces included, at the end of a line (and at its start when asked):
     * there they are layout, while inside a line a no-break space is French typography and stays.
     */
    static String stripEdges(String line, boolean leading) {
        int start = 0;
        int end = line.length();
        while (end > start && isSpace(line.charAt(end - 1))) {
            end--;
        }
        while (leading && start < end && isSpace(line.charAt(start))) {
            start++;
        }
        return line.substring(start, end);
    }

    private static boolean isSpace(char c) {
        return Character.isWhitespace(c) || c == '\u00A0' || c == '\u202F' || c == '\u2007';
    }

    private static int parseInt(String value) {
        try {
            return value == null ? 0 : Integer.parseInt(value.strip());
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    private static String shorten(String s) {
        return s.length() > 160 ? s.substring(0, 160) + "…" : s;
    }

    private static String extension(String fileName) {
        int dot = fileName.lastIndexOf('.');
        return dot < 0 ? "" : fileName.substring(dot + 1).toLowerCase(Locale.ROOT);
    }
}
