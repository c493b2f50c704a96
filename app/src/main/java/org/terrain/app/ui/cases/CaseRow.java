package org.terrain.app.ui.cases;

import java.util.List;
import java.util.Map;

/** A row of the cases table: the case, its value for each attribute (absent: empty cell), its sources. */
public record CaseRow(String name, Map<String, String> values, List<String> sources) {
    public CaseRow {
        values = Map.copyOf(values);
        sources = List.copyOf(sources);
    }

    public String value(String attribute) {
        return values.getOrDefault(attribute, "");
    }
}
