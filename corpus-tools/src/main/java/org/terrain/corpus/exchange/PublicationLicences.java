package org.terrain.corpus.exchange;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.terrain.corpus.errors.LicenceConflictException;
import org.terrain.corpus.errors.UsageException;
import org.terrain.corpus.model.Licence;
import org.terrain.corpus.model.LicenceCompatibility;
import org.terrain.corpus.store.ProjectStore;
import org.terrain.corpus.store.SourceLicence;

/**
 * The licence chosen for a publication (an export's {@code --licence}) against the sources' own: a publication
 * that would put a text under a licence its own forbids is refused, with the list, before anything is written.
 */
public final class PublicationLicences {
    private PublicationLicences() {
    }

    /** The licence a corpus is published under: an open one, by id or as people write it (exit 2 otherwise). */
    public static Licence parseChoice(String text) {
        Licence licence = Licence.find(text).orElseThrow(() -> new UsageException("export_bad_licence", text,
                Licence.ids(Licence.openOnes())));
        if (!licence.open()) {
            throw new UsageException("licence_not_open", licence.id(), Licence.ids(Licence.openOnes()));
        }
        return licence;
    }

    /**
     * Each source's licence in this publication, by name: its own (or its case's), or {@code chosen} when none is
     * recorded. Refuses ({@link LicenceConflictException}, every source concerned named) when a source's licence
     * does not allow {@code chosen} ({@link LicenceCompatibility}).
     */
    public static Map<String, Licence> check(ProjectStore store, Licence chosen) {
        Map<String, Licence> out = new LinkedHashMap<>();
        List<String> refused = new ArrayList<>();
        for (SourceLicence source : store.licences().bySource().values()) {
            Licence own = source.effective();
            if (!LicenceCompatibility.allows(own, chosen)) {
                refused.add(source.source() + " (" + own.id() + ")");
            }
            out.put(source.source(), own == null ? chosen : own);
        }
        if (!refused.isEmpty()) {
            throw new LicenceConflictException(chosen.label(), refused);
        }
        return out;
    }

    /** The sources with no licence recorded (their own or their case's): published under the licence chosen. */
    public static List<String> unrecorded(ProjectStore store) {
        return store.licences().bySource().values().stream().filter(s -> s.effective() == null)
                .map(SourceLicence::source).toList();
    }
}
