package org.terrain.corpus.model;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The licence a source (or a case, for its sources) is under: what a deposit (Nakala, Huma-Num) and a published
 * TEI header must state. {@link #NONE} is « all rights reserved », {@link #UNKNOWN} « rights not established »;
 * neither lets a text be republished. A source with no licence recorded at all is the researcher's own material:
 * it takes the licence chosen for the publication (see {@link LicenceCompatibility}).
 */
public enum Licence {
    CC_BY("cc-by", "Creative Commons Attribution 4.0 International (CC BY 4.0)",
            "https://creativecommons.org/licenses/by/4.0/"),
    CC_BY_SA("cc-by-sa", "Creative Commons Attribution-ShareAlike 4.0 International (CC BY-SA 4.0)",
            "https://creativecommons.org/licenses/by-sa/4.0/"),
    CC_BY_NC("cc-by-nc", "Creative Commons Attribution-NonCommercial 4.0 International (CC BY-NC 4.0)",
            "https://creativecommons.org/licenses/by-nc/4.0/"),
    CC_BY_NC_SA("cc-by-nc-sa", "Creative Commons Attribution-NonCommercial-ShareAlike 4.0 International "
            + "(CC BY-NC-SA 4.0)", "https://creativecommons.org/licenses/by-nc-sa/4.0/"),
    CC_BY_ND("cc-by-nd", "Creative Commons Attribution-NoDerivatives 4.0 International (CC BY-ND 4.0)",
            "https://creativecommons.org/licenses/by-nd/4.0/"),
    CC_BY_NC_ND("cc-by-nc-nd", "Creative Commons Attribution-NonCommercial-NoDerivatives 4.0 International "
            + "(CC BY-NC-ND 4.0)", "https://creativecommons.org/licenses/by-nc-nd/4.0/"),
    CC0("cc0", "CC0 1.0 Universal (public domain dedication)",
            "https://creativecommons.org/publicdomain/zero/1.0/"),
    PUBLIC_DOMAIN("public-domain", "Public domain (Public Domain Mark 1.0)",
            "https://creativecommons.org/publicdomain/mark/1.0/"),
    LICENCE_OUVERTE("licence-ouverte", "Licence Ouverte / Open Licence 2.0 (Etalab)",
            "https://www.etalab.gouv.fr/licence-ouverte-open-licence/"),
    NONE("none", "All rights reserved (no licence)", null),
    UNKNOWN("unknown", "Licence unknown (rights not established)", null);

    private final String id;
    private final String label;
    private final String url;

    Licence(String id, String label, String url) {
        this.id = id;
        this.label = label;
        this.url = url;
    }

    /** The stable name the command line and the database use: {@code cc-by-nc-sa}. */
    public String id() {
        return id;
    }

    /** The full name, as a TEI header or a deposit states it. */
    public String label() {
        return label;
    }

    /** The licence's text on the web; null for {@link #NONE} and {@link #UNKNOWN}. */
    public String url() {
        return url;
    }

    /** Whether a corpus can be published under it: an open licence, not « none » or « unknown ». */
    public boolean open() {
        return url != null;
    }

    /** The licences a publication can be made under, in this order. */
    public static List<Licence> openOnes() {
        return Arrays.stream(values()).filter(Licence::open).toList();
    }

    /**
     * By its id or as people write it: {@code cc-by-nc-sa}, {@code CC BY-NC-SA 4.0}, {@code CC-BY}, {@code Etalab},
     * {@code Licence Ouverte 2.0}, {@code domaine public}, {@code aucune}, {@code inconnue}.
     */
    public static Optional<Licence> find(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String key = Normalizer.normalize(text.strip().toLowerCase(Locale.ROOT), Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "").replaceAll("[\\s_]+", "-").replaceAll("-?(4\\.0|4|2\\.0|1\\.0)$", "");
        for (Licence licence : values()) {
            if (licence.id.equals(key)) {
                return Optional.of(licence);
            }
        }
        return Optional.ofNullable(switch (key) {
            case "etalab", "lo", "licence-ouverte-etalab", "open-licence", "licence-ouverte-open-licence" -> LICENCE_OUVERTE;
            case "domaine-public", "pd", "pdm" -> PUBLIC_DOMAIN;
            case "cc-zero", "cc0-universal" -> CC0;
            case "aucune", "all-rights-reserved", "tous-droits-reserves" -> NONE;
            case "inconnue", "inconnu" -> UNKNOWN;
            default -> null;
        });
    }

    /** The ids, comma-separated, for a message that lists what is accepted. */
    public static String ids(List<Licence> licences) {
        return String.join(", ", licences.stream().map(Licence::id).toList());
    }
}
