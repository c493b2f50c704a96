package org.terrain.codingschemes;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * Codebooks shipped with Terrain, to start a project from. Each is an ordinary codebook file in the resources,
 * so a researcher can save its text, edit it and load it back.
 */
public final class StarterCodebooks {
    /** Resource next to this class; the same file is the format's longest example. */
    static final String MEDIATION_INDUSTRIELLE = "starter/mediation-industrielle.yaml";

    private StarterCodebooks() {
    }

    /** "Médiation industrielle": practices (Pratiques) against discourse-narratives on industry (Discours). */
    public static Codebook mediationIndustrielle() {
        CodebookLoadResult result = CodebookLoader.parse(mediationIndustrielleYaml(), MEDIATION_INDUSTRIELLE);
        if (result.hasErrors()) {
            // A test loads this resource, so this only happens to a broken build.
            throw new IllegalStateException("broken starter codebook: " + result.errors());
        }
        return result.codebook().orElseThrow();
    }

    /** The file's text, comments included, to save as the researcher's own codebook file. */
    public static String mediationIndustrielleYaml() {
        try (InputStream in = StarterCodebooks.class.getResourceAsStream(MEDIATION_INDUSTRIELLE)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + MEDIATION_INDUSTRIELLE);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
