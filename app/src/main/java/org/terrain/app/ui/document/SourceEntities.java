package org.terrain.app.ui.document;

import java.util.List;
import org.terrain.corpus.model.Span;
import org.terrain.corpus.store.AnnotationStore;
import org.terrain.corpus.store.ProjectStore;
import org.terrain.corpus.store.SourceStore;

/** Reads the entity layer of one source from its current language analysis. Background thread only. */
final class SourceEntities {
    private SourceEntities() {
    }

    static EntityLayer read(ProjectStore store, String sourceName, CodingPositions at) {
        Long id = store.sources().versions().stream().filter(v -> v.name().equals(sourceName))
                .map(SourceStore.Version::id).findFirst().orElse(null);
        AnnotationStore.Stamp stamp = id == null ? null : store.annotations().current().get(id);
        if (stamp == null) {
            return EntityLayer.of(EntityLayer.State.NOT_ANALYSED);
        }
        if (!stamp.annotators().contains("ner")) {
            return EntityLayer.of(EntityLayer.State.NO_ENTITIES);
        }
        List<EntityMark> marks = store.annotations().mentions(id).stream()
                .map(m -> new EntityMark(at.toRange(new Span(m.start(), m.end())), m.type(),
                        m.text()))
                .toList();
        return EntityLayer.shown(at.index().text().length(), marks);
    }
}
