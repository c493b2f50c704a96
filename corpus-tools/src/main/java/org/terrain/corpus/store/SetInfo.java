package org.terrain.corpus.store;

import java.util.List;
import org.terrain.codingschemes.CodePath;

/** A set with its members: source names (by name) and code paths (in tree order). */
public record SetInfo(String name, String description, List<String> sources, List<CodePath> codes) {
}
