package org.terrain.corpus.importing;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.terrain.corpus.errors.ImportException;

/**
 * Tells an office document refused for a DTD in one of its XML parts (where an external entity hides, such as
 * {@code <!ENTITY x SYSTEM "file:///etc/passwd">}) from a damaged one; and names the entity a Transcriber file
 * uses ({@link #usedEntity}). Tika and POI refuse every DOCTYPE;
 * their exception only says so deep in its cause chain, through the name of the parser feature that refused
 * it, which stays the same in every language the JDK's messages come in.
 */
final class RefusedDoctype {
    private static final String FEATURE = "disallow-doctype-decl";
    private static final Pattern ENTITY = Pattern.compile("<!ENTITY\\s+(?:%\\s+)?([^\\s>\"']+)");
    /** A general entity's declaration (not a parameter entity, {@code <!ENTITY % p …>}, used only in a DTD). */
    private static final Pattern GENERAL_ENTITY = Pattern.compile("<!ENTITY\\s+([^%\\s>\"'][^\\s>\"']*)");
    /** The prolog, where a DOCTYPE must be, is at the start of a part: no need to read further. */
    private static final int HEAD = 64 * 1024;

    private RefusedDoctype() {
    }

    static boolean isCause(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t.getMessage() != null && t.getMessage().contains(FEATURE)) {
                return true;
            }
        }
        return false;
    }

    /** {@code xml_entity} with the entity's name when a part declares one, else {@code xml_dtd}. */
    static ImportException reason(String fileName, byte[] zip, Throwable cause) {
        return entityIn(zip).map(name -> new ImportException("xml_entity", cause, fileName, name))
                .orElseGet(() -> new ImportException("xml_dtd", cause, fileName));
    }

    /**
     * Whether an XML part of the (already guarded) zip declares a DOCTYPE. Tika reads an OpenDocument file with
     * one without complaint, leaving the entity out: safe, but the user must hear why a passage is missing.
     */
    static boolean declaredIn(byte[] zip) {
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry entry; (entry = in.getNextEntry()) != null; ) {
                if (entry.getName().endsWith(".xml")
                        && new String(in.readNBytes(HEAD), StandardCharsets.UTF_8).contains("<!DOCTYPE")) {
                    return true;
                }
            }
        } catch (IOException e) {
            return false;
        }
        return false;
    }

    /** The first entity declared in an XML part of the (already guarded) zip. */
    static Optional<String> entityIn(byte[] zip) {
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry entry; (entry = in.getNextEntry()) != null; ) {
                if (!entry.getName().endsWith(".xml") && !entry.getName().endsWith(".rels")) {
                    continue;
                }
                Matcher m = ENTITY.matcher(new String(in.readNBytes(HEAD), StandardCharsets.UTF_8));
                if (m.find()) {
                    return Optional.of(m.group(1));
                }
            }
        } catch (IOException e) {
            return Optional.empty();
        }
        return Optional.empty();
    }

    /**
     * The first entity that the prolog of {@code xml} declares and its body uses ({@code &name;}), for a file
     * read with {@link SafeXmlInput}: there an external entity in an attribute stops the parser as « not
     * well-formed », or reads as empty, and the researcher must hear the real reason. An entity declared and
     * never used is harmless and not named.
     */
    static Optional<String> usedEntity(String xml) {
        Matcher m = GENERAL_ENTITY.matcher(xml.substring(0, Math.min(xml.length(), HEAD)));
        while (m.find()) {
            if (xml.indexOf("&" + m.group(1) + ";", m.end()) >= 0) {
                return Optional.of(m.group(1));
            }
        }
        return Optional.empty();
    }
}
