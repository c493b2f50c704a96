package org.terrain.app.ui.sets;

import java.util.List;
import org.terrain.codingschemes.CodePath;

/** One set as the tab shows it: its name, its description (or null), its sources and its codes. */
public record SetRow(String name, String description, List<String> sources, List<CodePath> codes) {
}
