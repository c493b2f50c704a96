package org.terrain.app.ui.cases;

/** A column of the cases table: an attribute and its type. */
public record CaseColumn(String name, ColumnType type) {
}
