package org.terrain.corpus.store;

import java.util.List;
import java.util.Map;

/** A case with its attribute values and the names of its sources. */
public record CaseInfo(String name, Map<String, String> attributes, List<String> sources) {
}
