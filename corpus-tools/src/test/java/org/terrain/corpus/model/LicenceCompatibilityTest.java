package org.terrain.corpus.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The compatibility table, row by row: the NC, SA and ND constraints, and what cannot be published at all. */
class LicenceCompatibilityTest {
    /** The open licences a corpus holding a text under {@code text} may be published under, by id. */
    private static List<String> allowedFor(Licence text) {
        return Licence.openOnes().stream().filter(chosen -> LicenceCompatibility.allows(text, chosen))
                .map(Licence::id).toList();
    }

    @Test
    void attributionOnlyLicencesAllowAnyOpenLicence() {
        List<String> all = Licence.openOnes().stream().map(Licence::id).toList();
        for (Licence text : List.of(Licence.CC_BY, Licence.CC0, Licence.PUBLIC_DOMAIN, Licence.LICENCE_OUVERTE)) {
            assertThat(allowedFor(text)).as(text.id()).isEqualTo(all);
        }
    }

    @Test
    void shareAlikeAllowsOnlyItself() {
        assertThat(allowedFor(Licence.CC_BY_SA)).containsExactly("cc-by-sa");
        assertThat(allowedFor(Licence.CC_BY_NC_SA)).containsExactly("cc-by-nc-sa");
    }

    @Test
    void nonCommercialMustStayNonCommercial() {
        assertThat(allowedFor(Licence.CC_BY_NC)).containsExactly("cc-by-nc", "cc-by-nc-sa", "cc-by-nc-nd");
        assertThat(LicenceCompatibility.allows(Licence.CC_BY_NC_SA, Licence.CC_BY)).isFalse(); // ESLO under CC BY
    }

    @Test
    void noDerivativesNoneAndUnknownAllowNothing() {
        for (Licence text : List.of(Licence.CC_BY_ND, Licence.CC_BY_NC_ND, Licence.NONE, Licence.UNKNOWN)) {
            assertThat(allowedFor(text)).as(text.id()).isEmpty();
        }
    }

    @Test
    void aTextWithoutLicenceTakesAnyOpenOne() {
        assertThat(Licence.openOnes()).allSatisfy(chosen -> assertThat(LicenceCompatibility.allows(null, chosen)).isTrue());
        assertThat(LicenceCompatibility.allows(null, Licence.NONE)).isFalse();
    }

    @Test
    void everyLicenceHasARow() {
        assertThat(Arrays.stream(Licence.values()).collect(Collectors.toMap(l -> l, l -> allowedFor(l)))).hasSize(
                Licence.values().length);
    }

    @Test
    void licencesAreFoundAsPeopleWriteThem() {
        assertThat(Licence.find("CC BY-NC-SA 4.0")).contains(Licence.CC_BY_NC_SA);
        assertThat(Licence.find("cc-by-nc-sa")).contains(Licence.CC_BY_NC_SA);
        assertThat(Licence.find("CC-BY")).contains(Licence.CC_BY);
        assertThat(Licence.find("Licence Ouverte 2.0")).contains(Licence.LICENCE_OUVERTE);
        assertThat(Licence.find("Etalab")).contains(Licence.LICENCE_OUVERTE);
        assertThat(Licence.find("CC0 1.0")).contains(Licence.CC0);
        assertThat(Licence.find("domaine public")).contains(Licence.PUBLIC_DOMAIN);
        assertThat(Licence.find("inconnue")).contains(Licence.UNKNOWN);
        assertThat(Licence.find("GPL")).isEmpty();
        assertThat(Licence.find("cc-by-nc-sa-3.0")).isEmpty(); // another version is another licence
    }
}
