package org.terrain.corpus.importing;

import java.util.List;
import java.util.Map;
import org.terrain.corpus.model.Turn;

/**
 * What an importer read: canonical text, turns (empty when not a transcript) and document metadata, which
 * become attributes (title, author, dates).
 */
public record ImportedDocument(String text, List<Turn> turns, Map<String, String> metadata) {
}
