package org.terrain.corpus.importing;

import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.terrain.corpus.errors.ImportException;
import org.terrain.corpus.model.AttributeType;
import org.terrain.corpus.text.CanonicalText;

/**
 * A cases × attributes table from a spreadsheet saved as CSV: the first column names the case, the others are
 * attributes (age, profession, site…); an optional column {@code sources} lists the case's sources separated by
 * {@code |}. Comma or semicolon (French Excel) separated, any encoding {@link TextDecoder} reads. Each column
 * gets the narrowest type all its values fit (integer, float, date, boolean, else text), so that statistics
 * can later compare ages as numbers.
 */
public record CasesTable(List<String> attributes, Map<String, AttributeType> types,
                         Map<String, Map<String, String>> values, Map<String, List<String>> sources) {
    private static final String SOURCES_COLUMN = "sources";

    public static CasesTable read(Path file) {
        String name = file.getFileName().toString();
        String text;
        try {
            text = CanonicalText.of(TextDecoder.decode(Files.readAllBytes(file), name).text());
        } catch (IOException e) {
            throw new ImportException("unreadable", e, name, e.getMessage());
        }
        String firstLine = text.lines().findFirst().orElse("");
        char delimiter = count(firstLine, ';') > count(firstLine, ',') ? ';'
                : count(firstLine, '\t') > count(firstLine, ',') ? '\t' : ',';
        CSVFormat format = CSVFormat.DEFAULT.builder().setDelimiter(delimiter).setHeader()
                .setSkipHeaderRecord(true).setIgnoreEmptyLines(true).setTrim(true).get();
        try (CSVParser parser = CSVParser.parse(new StringReader(text), format)) {
            List<String> header = parser.getHeaderNames();
            if (header.isEmpty() || header.getFirst().isBlank()) {
                throw new ImportException("cases_no_header", name);
            }
            List<String> attributes = new ArrayList<>(header.subList(1, header.size()));
            attributes.removeIf(a -> a.equalsIgnoreCase(SOURCES_COLUMN) || a.isBlank());
            Map<String, Map<String, String>> values = new LinkedHashMap<>();
            Map<String, List<String>> sources = new LinkedHashMap<>();
            for (CSVRecord row : parser) {
                String caseName = row.get(0).strip();
                if (caseName.isEmpty()) {
                    continue;
                }
                if (values.containsKey(caseName)) {
                    throw new ImportException("cases_duplicate", name, caseName, row.getRecordNumber() + 1);
                }
                Map<String, String> rowValues = new LinkedHashMap<>();
                for (String attribute : attributes) {
                    String value = row.isMapped(attribute) && row.isSet(attribute) ? row.get(attribute).strip() : "";
                    if (!value.isEmpty()) {
                        rowValues.put(attribute, value);
                    }
                }
                values.put(caseName, rowValues);
                String listed = sourcesCell(row, header);
                if (listed != null && !listed.isBlank()) {
                    sources.put(caseName, List.of(listed.split("\\s*\\|\\s*")));
                }
            }
            if (values.isEmpty()) {
                throw new ImportException("cases_empty", name);
            }
            Map<String, AttributeType> types = new LinkedHashMap<>();
            for (String attribute : attributes) {
                types.put(attribute, typeOf(values.values().stream().map(v -> v.get(attribute))
                        .filter(v -> v != null).toList()));
            }
            return new CasesTable(attributes, types, values, sources);
        } catch (IOException | IllegalArgumentException | IllegalStateException e) {
            throw new ImportException("corrupt_file", e, name, e.getMessage());
        }
    }

    private static String sourcesCell(CSVRecord row, List<String> header) {
        for (String column : header) {
            if (column.equalsIgnoreCase(SOURCES_COLUMN) && row.isSet(column)) {
                return row.get(column);
            }
        }
        return null;
    }

    /** The narrowest type every value fits: integer, float, date, boolean, else text. */
    static AttributeType typeOf(List<String> values) {
        if (values.isEmpty()) {
            return AttributeType.TEXT;
        }
        for (AttributeType type : List.of(AttributeType.INTEGER, AttributeType.FLOAT, AttributeType.DATE,
                AttributeType.BOOLEAN)) {
            if (values.stream().allMatch(type::accepts)) {
                return type;
            }
        }
        return AttributeType.TEXT;
    }

    private static int count(String line, char c) {
        return (int) line.chars().filter(x -> x == c).count();
    }
}
