package org.terrain.corpus.exchange;

import java.io.OutputStream;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.terrain.codingschemes.CodeColors;
import org.terrain.codingschemes.qdc.CodeDescriptions;
import org.terrain.corpus.model.AttributeType;
import org.terrain.corpus.store.ExchangeStore;
import org.terrain.corpus.store.ExchangeStore.Memo;

/**
 * Writes {@code project.qde} (valid against Project-mrt2019.xsd) with a streaming writer. Positions are code
 * points of the exported UTF-8 text, end exclusive. What REFI-QDA has no place for travels as variables
 * ({@code terrain:kind}, {@code terrain:turns}, {@code terrain:interviewers}); see docs/exchange.md.
 */
final class QdeWriter {
    static final String NAMESPACE = "urn:QDA-XML:project:1.0";

    private final ExchangeStore.Snapshot project;
    private final XMLStreamWriter xml;
    private final Map<String, String> variableGuids = new LinkedHashMap<>();
    private final Map<String, String> variableTypes = new HashMap<>();
    private final List<String[]> notes = new ArrayList<>();
    /** The User GUID of every coder and memo author, by name. */
    private final Map<String, String> userGuids = new LinkedHashMap<>();

    /** The memos' GUIDs by what they are about (target, then its GUID), in the snapshot's order. */
    private final Map<List<String>, List<String>> memosAbout = new HashMap<>();

    private QdeWriter(ExchangeStore.Snapshot project, XMLStreamWriter xml) {
        this.project = project;
        this.xml = xml;
        // Grouped once: each code and source asks for its own, and scanning every memo each time was codes × memos.
        for (Memo memo : project.memos()) {
            memosAbout.computeIfAbsent(java.util.Arrays.asList(memo.target(), memo.targetGuid()),
                    key -> new ArrayList<>()).add(memo.guid());
        }
    }

    static String sourcePath(ExchangeStore.Src source) {
        return "internal://" + source.guid() + ".txt";
    }

    static void write(ExchangeStore.Snapshot project, OutputStream out) throws XMLStreamException {
        XMLStreamWriter xml = XMLOutputFactory.newDefaultFactory().createXMLStreamWriter(out, "UTF-8");
        new QdeWriter(project, xml).write();
        xml.flush();
        xml.close();
    }

    private static String nameGuid(String seed) {
        return UUID.nameUUIDFromBytes(seed.getBytes(StandardCharsets.UTF_8)).toString();
    }

    private void write() throws XMLStreamException {
        xml.writeStartDocument("UTF-8", "1.0");
        xml.writeCharacters("\n");
        xml.writeStartElement("Project");
        xml.writeDefaultNamespace(NAMESPACE);
        xml.writeAttribute("name", project.projectName());
        xml.writeAttribute("origin", "Terrain 0.1.0");
        for (ExchangeStore.Coder coder : project.coders()) {
            userGuids.putIfAbsent(coder.name(), coder.guid());
        }
        for (Memo memo : project.memos()) { // REFI-QDA names a note's author by a User
            if (memo.author() != null) {
                userGuids.putIfAbsent(memo.author(), nameGuid("user:" + memo.author()));
            }
        }
        if (!userGuids.isEmpty()) {
            xml.writeStartElement("Users");
            for (Map.Entry<String, String> user : userGuids.entrySet()) {
                xml.writeEmptyElement("User");
                xml.writeAttribute("guid", user.getValue());
                xml.writeAttribute("name", user.getKey());
            }
            xml.writeEndElement();
        }
        if (!project.codes().isEmpty()) {
            xml.writeStartElement("CodeBook");
            xml.writeStartElement("Codes");
            writeCodes(null);
            xml.writeEndElement();
            xml.writeEndElement();
        }
        writeVariables();
        if (!project.cases().isEmpty()) {
            xml.writeStartElement("Cases");
            for (ExchangeStore.Case c : project.cases()) {
                xml.writeStartElement("Case");
                xml.writeAttribute("guid", c.guid());
                xml.writeAttribute("name", c.name());
                if (c.description() != null) {
                    element("Description", c.description());
                }
                for (Map.Entry<String, String> value : c.attributes().entrySet()) {
                    variableValue(value.getKey(), value.getValue());
                }
                for (ExchangeStore.Src source : project.sources()) {
                    if (c.guid().equals(source.caseGuid())) {
                        xml.writeEmptyElement("SourceRef");
                        xml.writeAttribute("targetGUID", source.guid());
                    }
                }
                xml.writeEndElement();
            }
            xml.writeEndElement();
        }
        if (!project.sources().isEmpty()) {
            xml.writeStartElement("Sources");
            for (ExchangeStore.Src source : project.sources()) {
                writeSource(source);
            }
            xml.writeEndElement();
        }
        if (!notes.isEmpty() || !project.memos().isEmpty()) {
            xml.writeStartElement("Notes");
            for (String[] note : notes) {
                xml.writeStartElement("Note");
                xml.writeAttribute("guid", note[0]);
                xml.writeAttribute("name", note[1]);
                element("PlainTextContent", note[2]);
                xml.writeEndElement();
            }
            for (Memo memo : project.memos()) {
                writeNote(memo);
            }
            xml.writeEndElement();
        }
        writeSets();
        writeNoteRefs(Memo.PROJECT, null);
        xml.writeEndElement();
        xml.writeCharacters("\n");
        xml.writeEndDocument();
    }

    private void writeCodes(String parentGuid) throws XMLStreamException {
        for (ExchangeStore.Code code : project.codes()) {
            if (!java.util.Objects.equals(parentGuid, code.parentGuid())) {
                continue;
            }
            xml.writeStartElement("Code");
            xml.writeAttribute("guid", code.guid());
            xml.writeAttribute("name", code.name());
            xml.writeAttribute("isCodable", "true");
            if (code.color() != null && CodeColors.isValid(code.color())) {
                xml.writeAttribute("color", code.color());
            }
            String description = CodeDescriptions.compose(new CodeDescriptions.Parts(code.description(),
                    code.inclusion(), code.exclusion(), code.example()));
            if (description != null) {
                element("Description", description);
            }
            writeNoteRefs(Memo.CODE, code.guid());
            writeCodes(code.guid());
            xml.writeEndElement();
        }
    }

    private void writeVariables() throws XMLStreamException {
        Map<String, List<String>> valuesByName = new LinkedHashMap<>();
        valuesByName.put(QdeReader.VAR_KIND, List.of());
        boolean anyTurns = project.sources().stream().anyMatch(s -> !s.turns().isEmpty());
        if (anyTurns) {
            valuesByName.put(QdeReader.VAR_TURNS, List.of());
            valuesByName.put(QdeReader.VAR_INTERVIEWERS, List.of());
        }
        for (String name : project.attributes().keySet()) {
            List<String> values = new ArrayList<>();
            project.cases().forEach(c -> {
                if (c.attributes().containsKey(name)) {
                    values.add(c.attributes().get(name));
                }
            });
            project.sources().forEach(s -> {
                if (s.attributes().containsKey(name)) {
                    values.add(s.attributes().get(name));
                }
            });
            valuesByName.put(name, values);
        }
        xml.writeStartElement("Variables");
        for (Map.Entry<String, List<String>> variable : valuesByName.entrySet()) {
            String name = variable.getKey();
            AttributeType type = project.attributes().getOrDefault(name, AttributeType.TEXT);
            String refiType = refiType(type, variable.getValue());
            String guid = nameGuid("variable:" + name);
            variableGuids.put(name, guid);
            variableTypes.put(name, refiType);
            xml.writeEmptyElement("Variable");
            xml.writeAttribute("guid", guid);
            xml.writeAttribute("name", name);
            xml.writeAttribute("typeOfVariable", refiType);
        }
        xml.writeEndElement();
    }

    /** The REFI type when every value fits it; Text otherwise (a schema-valid file matters more). */
    private static String refiType(AttributeType type, List<String> values) {
        String refi = switch (type) {
            case INTEGER -> "Integer";
            case FLOAT -> "Float";
            case BOOLEAN -> "Boolean";
            case DATE -> "Date";
            case TEXT -> "Text";
        };
        for (String value : values) {
            try {
                switch (refi) {
                    case "Integer" -> new BigInteger(value.strip());
                    case "Float" -> {
                        if (!value.strip().matches("[+-]?(\\d+(\\.\\d*)?|\\.\\d+)")) {
                            return "Text";
                        }
                    }
                    case "Boolean" -> {
                        if (!value.strip().matches("true|false|0|1")) {
                            return "Text";
                        }
                    }
                    case "Date" -> LocalDate.parse(value.strip());
                    default -> {
                    }
                }
            } catch (RuntimeException e) {
                return "Text";
            }
        }
        return refi;
    }

    private void variableValue(String name, String value) throws XMLStreamException {
        xml.writeStartElement("VariableValue");
        xml.writeEmptyElement("VariableRef");
        xml.writeAttribute("targetGUID", variableGuids.get(name));
        element(variableTypes.get(name) + "Value", "Text".equals(variableTypes.get(name)) ? value : value.strip());
        xml.writeEndElement();
    }

    private void writeSource(ExchangeStore.Src source) throws XMLStreamException {
        xml.writeStartElement("TextSource");
        xml.writeAttribute("guid", source.guid());
        xml.writeAttribute("name", source.name());
        xml.writeAttribute("plainTextPath", sourcePath(source));
        Map<String, List<ExchangeStore.Segment>> byRange = new LinkedHashMap<>();
        for (ExchangeStore.Segment segment : project.segments()) {
            if (source.guid().equals(segment.sourceGuid())) {
                byRange.computeIfAbsent(segment.start() + ":" + segment.end(), k -> new ArrayList<>()).add(segment);
            }
        }
        for (Map.Entry<String, List<ExchangeStore.Segment>> range : byRange.entrySet()) {
            ExchangeStore.Segment first = range.getValue().getFirst();
            xml.writeStartElement("PlainTextSelection");
            xml.writeAttribute("guid", nameGuid("selection:" + source.guid() + ":" + range.getKey()));
            xml.writeAttribute("name", "");
            xml.writeAttribute("startPosition", Integer.toString(first.start()));
            xml.writeAttribute("endPosition", Integer.toString(first.end()));
            if (first.coderGuid() != null) {
                xml.writeAttribute("creatingUser", first.coderGuid());
            }
            writeSelectionDates(range.getValue());
            for (ExchangeStore.Segment segment : range.getValue()) {
                xml.writeStartElement("Coding");
                xml.writeAttribute("guid", segment.guid());
                if (segment.coderGuid() != null) {
                    xml.writeAttribute("creatingUser", segment.coderGuid());
                }
                String created = QdeReader.instant(segment.createdAt());
                if (created != null) {
                    xml.writeAttribute("creationDateTime", created);
                }
                xml.writeEmptyElement("CodeRef");
                xml.writeAttribute("targetGUID", segment.codeGuid());
                if (segment.memo() != null && !segment.memo().isEmpty()) {
                    String note = nameGuid("memo:" + segment.guid());
                    notes.add(new String[] {note, "memo", segment.memo()});
                    xml.writeEmptyElement("NoteRef");
                    xml.writeAttribute("targetGUID", note);
                }
                xml.writeEndElement();
            }
            for (ExchangeStore.Segment segment : range.getValue()) {
                writeNoteRefs(Memo.REVIEW, segment.guid()); // supervisors' verdicts, on the selection
            }
            xml.writeEndElement();
        }
        writeNoteRefs(Memo.SOURCE, source.guid());
        variableValue(QdeReader.VAR_KIND, source.kind().id());
        if (!source.turns().isEmpty()) {
            variableValue(QdeReader.VAR_TURNS, TurnCodec.encode(source.turns()));
            variableValue(QdeReader.VAR_INTERVIEWERS, String.join("\n", source.interviewers()));
        }
        for (Map.Entry<String, String> value : source.attributes().entrySet()) {
            variableValue(value.getKey(), value.getValue());
        }
        xml.writeEndElement();
    }

    /**
     * A selection is dated by its codings: created with the first, modified with the last change of any (a
     * coding has a creation date only in REFI-QDA, so its modification travels here).
     */
    private void writeSelectionDates(List<ExchangeStore.Segment> codings) throws XMLStreamException {
        java.util.Optional<java.time.Instant> created = codings.stream().map(ExchangeStore.Segment::createdAt)
                .map(QdeReader::instant).filter(java.util.Objects::nonNull).map(java.time.Instant::parse)
                .min(java.util.Comparator.naturalOrder());
        java.util.Optional<java.time.Instant> modified = codings.stream().map(ExchangeStore.Segment::modifiedAt)
                .map(QdeReader::instant).filter(java.util.Objects::nonNull).map(java.time.Instant::parse)
                .max(java.util.Comparator.naturalOrder());
        if (created.isPresent()) {
            xml.writeAttribute("creationDateTime", created.get().toString());
        }
        if (modified.isPresent()) {
            xml.writeAttribute("modifiedDateTime", modified.get().toString());
        }
    }

    /** A memo as a Note: the title its name, the author a User, the dates when they are xsd:dateTime. */
    private void writeNote(Memo memo) throws XMLStreamException {
        xml.writeStartElement("Note");
        xml.writeAttribute("guid", memo.guid());
        if (memo.title() != null) {
            xml.writeAttribute("name", memo.title());
        }
        if (memo.author() != null) {
            xml.writeAttribute("creatingUser", userGuids.get(memo.author()));
        }
        if (isDateTime(memo.createdAt())) {
            xml.writeAttribute("creationDateTime", memo.createdAt());
        }
        if (isDateTime(memo.modifiedAt())) {
            xml.writeAttribute("modifiedDateTime", memo.modifiedAt());
        }
        element("PlainTextContent", memo.body());
        xml.writeEndElement();
    }

    /** The lexical form of xsd:dateTime (a time zone is optional there). */
    private static boolean isDateTime(String value) {
        return value != null
                && value.matches("-?\\d{4,}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d+)?(Z|[+-]\\d{2}:\\d{2})?");
    }

    /** NoteRefs to the memos of the project, a source or a code. */
    private void writeNoteRefs(String target, String targetGuid) throws XMLStreamException {
        for (String memo : memosAbout.getOrDefault(java.util.Arrays.asList(target, targetGuid), List.of())) {
            xml.writeEmptyElement("NoteRef");
            xml.writeAttribute("targetGUID", memo);
        }
    }

    /** Only when there is a set: an empty {@code <Sets/>} is invalid (a Set is required inside). */
    private void writeSets() throws XMLStreamException {
        if (project.sets().isEmpty()) {
            return;
        }
        xml.writeStartElement("Sets");
        for (ExchangeStore.NamedSet set : project.sets()) {
            xml.writeStartElement("Set");
            xml.writeAttribute("guid", set.guid());
            xml.writeAttribute("name", set.name());
            if (set.description() != null) {
                element("Description", set.description());
            }
            for (String code : set.codeGuids()) {
                xml.writeEmptyElement("MemberCode");
                xml.writeAttribute("targetGUID", code);
            }
            for (String source : set.sourceGuids()) {
                xml.writeEmptyElement("MemberSource");
                xml.writeAttribute("targetGUID", source);
            }
            xml.writeEndElement();
        }
        xml.writeEndElement();
    }

    private void element(String name, String text) throws XMLStreamException {
        xml.writeStartElement(name);
        org.terrain.codingschemes.qdc.QdcWriter.writeText(xml, text);
        xml.writeEndElement();
    }
}
