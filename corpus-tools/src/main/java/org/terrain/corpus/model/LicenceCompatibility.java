package org.terrain.corpus.model;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/**
 * Which licence a corpus may be published under when it holds a text under a given licence. Publishing here
 * always adapts the texts — speech only, speaker labels taken out, pseudonymised, re-encoded as TEI, Iramuteq or
 * REFI-QDA — so the rules are those of an adaptation, not of a verbatim collection:
 * <ul>
 * <li>CC0, public domain, CC BY and the Licence Ouverte ask only for attribution (kept: each text's header names
 * its own licence), so any open licence may be chosen for the whole;</li>
 * <li>SA (ShareAlike): an adaptation must be under the same licence — CC BY-SA only under CC BY-SA, CC BY-NC-SA
 * only under CC BY-NC-SA;</li>
 * <li>NC (NonCommercial): the whole must keep NC — CC BY-NC under CC BY-NC, BY-NC-SA or BY-NC-ND;</li>
 * <li>ND (NoDerivatives): no adaptation may be shared at all, so never (publish such a text as it is, outside
 * Terrain);</li>
 * <li>none (all rights reserved) and unknown: no right to republish, so never.</li>
 * </ul>
 * A text with no licence recorded is the researcher's own material and takes the licence chosen.
 */
public final class LicenceCompatibility {
    private static final Set<Licence> ANY_OPEN = EnumSet.copyOf(Licence.openOnes());
    private static final Map<Licence, Set<Licence>> ALLOWED = Map.ofEntries(
            Map.entry(Licence.CC0, ANY_OPEN),
            Map.entry(Licence.PUBLIC_DOMAIN, ANY_OPEN),
            Map.entry(Licence.CC_BY, ANY_OPEN),
            Map.entry(Licence.LICENCE_OUVERTE, ANY_OPEN),
            Map.entry(Licence.CC_BY_SA, EnumSet.of(Licence.CC_BY_SA)),
            Map.entry(Licence.CC_BY_NC, EnumSet.of(Licence.CC_BY_NC, Licence.CC_BY_NC_SA, Licence.CC_BY_NC_ND)),
            Map.entry(Licence.CC_BY_NC_SA, EnumSet.of(Licence.CC_BY_NC_SA)),
            Map.entry(Licence.CC_BY_ND, EnumSet.noneOf(Licence.class)),
            Map.entry(Licence.CC_BY_NC_ND, EnumSet.noneOf(Licence.class)),
            Map.entry(Licence.NONE, EnumSet.noneOf(Licence.class)),
            Map.entry(Licence.UNKNOWN, EnumSet.noneOf(Licence.class)));

    private LicenceCompatibility() {
    }

    /** Whether a text under {@code text} (null: none recorded) may go into a corpus published under {@code chosen}. */
    public static boolean allows(Licence text, Licence chosen) {
        return text == null ? chosen.open() : ALLOWED.get(text).contains(chosen);
    }
}
