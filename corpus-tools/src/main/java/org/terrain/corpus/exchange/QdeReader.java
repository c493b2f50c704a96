package org.terrain.corpus.exchange;

import java.io.IOException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.terrain.codingschemes.qdc.CodeDescriptions;
import org.terrain.codingschemes.qdc.SafeXml;
import org.terrain.corpus.model.AttributeType;
import org.terrain.corpus.model.SourceKind;
import org.terrain.corpus.model.Turn;
import org.terrain.corpus.search.WordCounter;
import org.terrain.corpus.store.ExchangeStore;
import org.terrain.corpus.store.ExchangeStore.Memo;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.xml.sax.SAXException;

/**
 * Reads a REFI-QDA project ({@code project.qde}) into an {@link ExchangeStore.Snapshot}: positions mapped to the
 * canonical text through {@link OffsetMap}, one selection per coding merged, whatever Terrain cannot hold
 * reported as warnings rather than failing the file.
 */
final class QdeReader {
    static final String VAR_KIND = "terrain:kind";
    static final String VAR_TURNS = "terrain:turns";
    static final String VAR_INTERVIEWERS = "terrain:interviewers";

    /** Something of the file not imported, or imported as a placeholder: a message key and its detail. */
    record Warning(String code, String detail) {
    }

    record Result(ExchangeStore.Snapshot snapshot, List<Warning> warnings, Map<String, String> sourceFiles) {
    }

    /** The files of the archive, looked up by the path a source names; null when absent. */
    @FunctionalInterface
    interface Files {
        byte[] find(String path);
    }

    private record Variable(String name, AttributeType type) {
    }

    /** A REFI-QDA Note as read: its text (content, else file, else description) and who wrote it when. */
    private record Note(String guid, String title, String text, String body, String author, String created,
                        String modified) {
    }

    /** Who a note is about: a memo target and its GUID (null for the project). */
    private record NoteTarget(String target, String guid) {
    }

    private final Files files;
    private final List<Warning> warnings = new ArrayList<>();
    private final Map<String, String> users = new LinkedHashMap<>();
    private final Map<String, Note> notes = new LinkedHashMap<>();
    /** Notes that memos point at (project, sources, codes), by note GUID, in the order met. */
    private final Map<String, List<NoteTarget>> noteTargets = new HashMap<>();
    /** Notes read as segment memos: not memos of their own. */
    private final java.util.Set<String> segmentNotes = new java.util.HashSet<>();
    /** A PDF source's GUID to the GUID of its text representation, which is what Terrain imports. */
    private final Map<String, String> sourceAliases = new HashMap<>();
    private final Map<String, Variable> variables = new HashMap<>();
    private final Map<String, AttributeType> attributes = new TreeMap<>();
    private final List<ExchangeStore.Code> codes = new ArrayList<>();
    private final java.util.Set<String> codeGuids = new java.util.HashSet<>();
    /** Names by GUID, to say which two a shared GUID joins. */
    private final Map<String, String> codeNames = new HashMap<>();
    private final Map<String, String> sourceNames = new HashMap<>();
    private final List<String> importedSources = new ArrayList<>();
    private OffsetMap.Units units = OffsetMap.Units.CODE_POINTS;

    private QdeReader(Files files) {
        this.files = files;
    }

    static Result read(byte[] qde, Files files, String fallbackName) throws IOException, SAXException {
        return new QdeReader(files).parse(qde, fallbackName);
    }

    static OffsetMap.Units unitsFor(String origin) {
        String o = origin == null ? "" : origin.toLowerCase(Locale.ROOT);
        if (o.contains("nvivo")) {
            return OffsetMap.Units.UTF16;
        }
        if (o.contains("atlas")) {
            return OffsetMap.Units.CODE_POINTS_CRLF_AS_ONE;
        }
        return OffsetMap.Units.CODE_POINTS;
    }

    private Result parse(byte[] qde, String fallbackName) throws IOException, SAXException {
        Document document = SafeXml.parse(qde);
        Element root = document.getDocumentElement();
        if (!"Project".equals(SafeXml.local(root))) {
            throw new SAXException("not a REFI-QDA project: root element " + SafeXml.local(root));
        }
        units = unitsFor(SafeXml.attribute(root, "origin"));
        String projectName = SafeXml.attribute(root, "name");
        for (Element user : SafeXml.children(SafeXml.child(root, "Users"), "User")) {
            String g = SafeXml.guid(SafeXml.attribute(user, "guid"));
            String name = SafeXml.attribute(user, "name");
            users.put(g, name == null || name.isBlank() ? g : name.strip());
        }
        Element codeBook = SafeXml.child(root, "CodeBook");
        for (Element code : SafeXml.children(SafeXml.child(codeBook, "Codes"), "Code")) {
            readCode(code, null);
        }
        for (Element variable : SafeXml.children(SafeXml.child(root, "Variables"), "Variable")) {
            String name = SafeXml.attribute(variable, "name");
            if (name == null) {
                continue;
            }
            AttributeType type = switch (String.valueOf(SafeXml.attribute(variable, "typeOfVariable"))) {
                case "Integer" -> AttributeType.INTEGER;
                case "Float" -> AttributeType.FLOAT;
                case "Boolean" -> AttributeType.BOOLEAN;
                case "Date", "DateTime" -> AttributeType.DATE;
                default -> AttributeType.TEXT;
            };
            variables.put(SafeXml.guid(SafeXml.attribute(variable, "guid")), new Variable(name.strip(), type));
        }
        for (Element note : SafeXml.children(SafeXml.child(root, "Notes"), "Note")) {
            readNote(note);
        }
        refer(root, Memo.PROJECT, null);
        List<ExchangeStore.Case> cases = new ArrayList<>();
        Map<String, String> caseOfSource = new HashMap<>();
        for (Element c : SafeXml.children(SafeXml.child(root, "Cases"), "Case")) {
            String g = SafeXml.guid(SafeXml.attribute(c, "guid"));
            String name = SafeXml.attribute(c, "name");
            Map<String, String> values = values(c, null);
            cases.add(new ExchangeStore.Case(g, name == null ? g : name.strip(), SafeXml.childText(c, "Description"),
                    values));
            for (Element ref : SafeXml.children(c, "SourceRef")) {
                String source = SafeXml.guid(SafeXml.attribute(ref, "targetGUID"));
                if (caseOfSource.putIfAbsent(source, g) != null) {
                    warnings.add(new Warning("exchange_second_case", name));
                }
            }
        }
        List<ExchangeStore.Src> sources = new ArrayList<>();
        List<ExchangeStore.Segment> segments = new ArrayList<>();
        Map<String, String> sourceFiles = new LinkedHashMap<>();
        Element sourcesElement = SafeXml.child(root, "Sources");
        if (sourcesElement != null) {
            for (org.w3c.dom.Node n = sourcesElement.getFirstChild(); n != null; n = n.getNextSibling()) {
                if (!(n instanceof Element source)) {
                    continue;
                }
                Element representation = "PDFSource".equals(SafeXml.local(source))
                        ? SafeXml.child(source, "Representation") : null;
                if (representation != null) {
                    // the PDF's text as the tool extracted it: a text source Terrain can hold
                    sourceAliases.put(SafeXml.guid(SafeXml.attribute(source, "guid")),
                            SafeXml.guid(SafeXml.attribute(representation, "guid")));
                    refer(source, Memo.SOURCE, SafeXml.guid(SafeXml.attribute(representation, "guid")));
                    readTextSource(representation, SafeXml.attribute(source, "name"), caseOfSource, sources, segments,
                            sourceFiles);
                    int pdfSelections = SafeXml.children(source, "PDFSelection").size();
                    if (pdfSelections > 0) {
                        warnings.add(new Warning("exchange_unsupported_source", "PDFSelection × " + pdfSelections
                                + " " + String.valueOf(SafeXml.attribute(source, "name"))));
                    }
                    continue;
                }
                if (!"TextSource".equals(SafeXml.local(source))) {
                    warnings.add(new Warning("exchange_unsupported_source", SafeXml.local(source) + " "
                            + String.valueOf(SafeXml.attribute(source, "name"))));
                    continue;
                }
                readTextSource(source, null, caseOfSource, sources, segments, sourceFiles);
            }
        }
        List<ExchangeStore.NamedSet> sets = readSets(SafeXml.child(root, "Sets"), sources);
        int links = SafeXml.children(SafeXml.child(root, "Links"), "Link").size();
        int graphs = SafeXml.children(SafeXml.child(root, "Graphs"), "Graph").size();
        if (links + graphs > 0) {
            warnings.add(new Warning("exchange_dropped", links + " Link(s), " + graphs + " Graph(s)"));
        }
        List<ExchangeStore.Coder> coders = new ArrayList<>();
        users.forEach((g, name) -> coders.add(new ExchangeStore.Coder(g, name)));
        ExchangeStore.Snapshot snapshot = new ExchangeStore.Snapshot(projectName == null ? fallbackName : projectName,
                coders, codes, attributes, cases, sources, segments, sets, memos());
        return new Result(snapshot, warnings, sourceFiles);
    }

    private void readNote(Element note) {
        String content = SafeXml.childText(note, "PlainTextContent");
        String path = SafeXml.attribute(note, "plainTextPath");
        if (content == null && path != null) {
            byte[] bytes = files.find(path);
            content = bytes == null ? null : decode(bytes);
        }
        if (content != null && content.startsWith("\uFEFF")) {
            content = content.substring(1);
        }
        String description = SafeXml.childText(note, "Description");
        String text = content != null ? content : description;
        if (text == null) {
            return;
        }
        String g = SafeXml.guid(SafeXml.attribute(note, "guid"));
        String author = users.get(SafeXml.guid(SafeXml.attribute(note, "creatingUser")));
        String created = dateTime(SafeXml.attribute(note, "creationDateTime"));
        String modified = dateTime(SafeXml.attribute(note, "modifiedDateTime"));
        // a memo keeps the note's description (ATLAS.ti's comment on a memo) as its first paragraph
        String body = join(description, content);
        notes.put(g, new Note(g, SafeXml.attribute(note, "name"), text, body == null ? text : body, author, created,
                modified == null ? created : modified));
    }

    /** A REFI-QDA dateTime kept as written; anything else is no date (the import's time is used). */
    private static String dateTime(String value) {
        if (value == null) {
            return null;
        }
        String v = value.strip();
        try {
            java.time.format.DateTimeFormatter.ISO_DATE_TIME.parse(v);
            return v;
        } catch (java.time.format.DateTimeParseException e) {
            return null;
        }
    }

    /** Records the NoteRefs of a project, source or code element as memos of it. */
    private void refer(Element owner, String target, String targetGuid) {
        for (Element ref : SafeXml.children(owner, "NoteRef")) {
            String note = SafeXml.guid(SafeXml.attribute(ref, "targetGUID"));
            noteTargets.computeIfAbsent(note, k -> new ArrayList<>()).add(new NoteTarget(target, targetGuid));
        }
    }

    /**
     * One memo per reference of a note by the project, a text source or a code, in the order of the notes. A
     * note that none of them refers to is an entry of the journal: a free memo (ATLAS.ti's research diary), the
     * memo of a picture or an audio source Terrain did not import, of a selection it dropped. Notes read as
     * segment memos are not memos of their own.
     */
    private List<Memo> memos() {
        java.util.Set<String> sources = new java.util.HashSet<>(importedSources);
        List<Memo> out = new ArrayList<>();
        for (Note note : notes.values()) {
            List<NoteTarget> targets = noteTargets.getOrDefault(note.guid(), List.of()).stream()
                    .filter(t -> switch (t.target()) {
                        case Memo.SOURCE -> sources.contains(t.guid());
                        case Memo.CODE -> codeGuids.contains(t.guid());
                        default -> true;
                    }).toList();
            for (NoteTarget t : targets) {
                out.add(memo(note, t.target(), t.guid()));
            }
            if (targets.isEmpty() && !segmentNotes.contains(note.guid())) {
                out.add(memo(note, Memo.JOURNAL, null));
            }
        }
        return out;
    }

    private static Memo memo(Note note, String target, String targetGuid) {
        return new Memo(note.guid(), target, targetGuid, note.title(), note.body(), note.author(), note.created(),
                note.modified());
    }

    /**
     * Sets with their members among what was imported: codes, text sources (a PDF by its text). Members that
     * are pictures, audio, video or notes are left out, and counted in one warning.
     */
    private List<ExchangeStore.NamedSet> readSets(Element setsElement, List<ExchangeStore.Src> sources) {
        java.util.Set<String> imported = new java.util.HashSet<>();
        sources.forEach(s -> imported.add(s.guid()));
        List<ExchangeStore.NamedSet> out = new ArrayList<>();
        int dropped = 0;
        for (Element set : SafeXml.children(setsElement, "Set")) {
            String g = SafeXml.guid(SafeXml.attribute(set, "guid"));
            String name = SafeXml.attribute(set, "name");
            name = name == null || name.isBlank() ? g : name.strip();
            List<String> codeMembers = new ArrayList<>();
            for (Element member : SafeXml.children(set, "MemberCode")) {
                String code = SafeXml.guid(SafeXml.attribute(member, "targetGUID"));
                if (codeGuids.contains(code) && !codeMembers.contains(code)) {
                    codeMembers.add(code);
                } else if (!codeGuids.contains(code)) {
                    dropped++;
                }
            }
            List<String> sourceMembers = new ArrayList<>();
            for (Element member : SafeXml.children(set, "MemberSource")) {
                String source = SafeXml.guid(SafeXml.attribute(member, "targetGUID"));
                source = sourceAliases.getOrDefault(source, source);
                if (imported.contains(source) && !sourceMembers.contains(source)) {
                    sourceMembers.add(source);
                } else if (!imported.contains(source)) {
                    dropped++;
                }
            }
            dropped += SafeXml.children(set, "MemberNote").size();
            out.add(new ExchangeStore.NamedSet(g, name, SafeXml.childText(set, "Description"), codeMembers,
                    sourceMembers));
        }
        if (dropped > 0) {
            warnings.add(new Warning("exchange_dropped", dropped + " set member(s): pictures, audio, video, notes"));
        }
        return out;
    }

    private void readCode(Element code, String parentGuid) {
        String g = SafeXml.guid(SafeXml.attribute(code, "guid"));
        String name = SafeXml.attribute(code, "name");
        name = name == null || name.isBlank() ? "?" : name.strip();
        if (g != null && !codeGuids.add(g)) {
            // Kept under a GUID of its own; codings naming the shared GUID stay with the first code, as written.
            warnings.add(new Warning("exchange_duplicate_code_guid", name + " (GUID " + g + " = "
                    + codeNames.get(g) + ")"));
            g = null;
        }
        if (g == null) {
            g = java.util.UUID.randomUUID().toString();
            codeGuids.add(g);
        }
        codeNames.put(g, name);
        CodeDescriptions.Parts parts = CodeDescriptions.parse(SafeXml.childText(code, "Description"));
        String color = SafeXml.attribute(code, "color");
        codes.add(new ExchangeStore.Code(g, parentGuid, name, color, parts.definition(), parts.inclusion(),
                parts.exclusion(), parts.example()));
        refer(code, Memo.CODE, g);
        for (Element child : SafeXml.children(code, "Code")) {
            readCode(child, g);
        }
    }

    /** VariableValue children as name to value; the specials are put in {@code specials} when given. */
    private Map<String, String> values(Element owner, Map<String, String> specials) {
        Map<String, String> out = new TreeMap<>();
        for (Element value : SafeXml.children(owner, "VariableValue")) {
            Element ref = SafeXml.child(value, "VariableRef");
            Variable variable = ref == null ? null : variables.get(SafeXml.guid(SafeXml.attribute(ref, "targetGUID")));
            if (variable == null) {
                continue;
            }
            String text = null;
            for (String kind : List.of("TextValue", "BooleanValue", "IntegerValue", "FloatValue", "DateValue",
                    "DateTimeValue")) {
                String v = SafeXml.childText(value, kind);
                if (v != null) {
                    text = v;
                    break;
                }
            }
            if (text == null) {
                continue;
            }
            if (variable.name().startsWith("terrain:")) {
                if (specials != null) {
                    specials.put(variable.name(), text);
                }
                continue;
            }
            attributes.putIfAbsent(variable.name(), variable.type());
            out.put(variable.name(), text);
        }
        return out;
    }

    private void readTextSource(Element source, String fallbackName, Map<String, String> caseOfSource,
                                List<ExchangeStore.Src> sources, List<ExchangeStore.Segment> segments,
                                Map<String, String> sourceFiles) {
        String g = SafeXml.guid(SafeXml.attribute(source, "guid"));
        String path = SafeXml.attribute(source, "plainTextPath");
        String name = SafeXml.attribute(source, "name");
        if (name == null || name.isBlank()) {
            name = fallbackName;
        }
        if (name == null || name.isBlank()) {
            name = path != null ? path.substring(path.lastIndexOf('/') + 1) : g;
        }
        String first = g == null ? null : sourceNames.putIfAbsent(g, name.strip());
        if (first != null) {
            // Its codings name the GUID: attached to the first source they would code the wrong words.
            long codings = SafeXml.children(source, "PlainTextSelection").stream()
                    .mapToLong(selection -> SafeXml.children(selection, "Coding").size()).sum()
                    + SafeXml.children(source, "Coding").size();
            warnings.add(new Warning("exchange_duplicate_source_guid", name.strip() + " (GUID " + g + " = "
                    + first + "), " + codings + " coding(s)"));
            return;
        }
        String raw = SafeXml.childText(source, "PlainTextContent");
        if (path != null) {
            byte[] bytes = files.find(path);
            if (bytes != null) {
                raw = decode(bytes);
                sourceFiles.put(g, path);
            }
        }
        boolean placeholder = raw == null;
        if (placeholder) {
            long lost = SafeXml.children(source, "PlainTextSelection").stream()
                    .mapToLong(selection -> SafeXml.children(selection, "Coding").size()).sum();
            warnings.add(new Warning("exchange_missing_source", name + " (" + (path != null ? path
                    : String.valueOf(SafeXml.attribute(source, "richTextPath"))) + ")"
                    + (lost > 0 ? ", " + lost + " coding(s)" : "")));
            raw = "";
        }
        OffsetMap map = OffsetMap.build(raw, units);
        String text = map.canonical();
        int length = text.codePointCount(0, text.length());
        Map<String, String> specials = new HashMap<>();
        Map<String, String> own = values(source, specials);
        List<Turn> turns = TurnCodec.decode(specials.get(VAR_TURNS), length);
        List<String> interviewers = specials.get(VAR_INTERVIEWERS) == null ? defaultInterviewers(turns)
                : List.of(specials.get(VAR_INTERVIEWERS).split("\n"));
        SourceKind kind = specials.get(VAR_KIND) == null ? null : SourceKind.parse(specials.get(VAR_KIND)).orElse(null);
        if (kind == null) {
            kind = turns.isEmpty() ? SourceKind.OTHER : SourceKind.INTERVIEW;
        }
        sources.add(new ExchangeStore.Src(g, name.strip(), kind, caseOfSource.get(g), text,
                WordCounter.count(text, turns), turns, interviewers, own, path));
        importedSources.add(g);
        refer(source, Memo.SOURCE, g);
        for (Element selection : SafeXml.children(source, "PlainTextSelection")) {
            String startText = SafeXml.attribute(selection, "startPosition");
            String endText = SafeXml.attribute(selection, "endPosition");
            List<Element> codings = SafeXml.children(selection, "Coding");
            if (codings.isEmpty() || placeholder) {
                continue; // a quotation without a code (ATLAS.ti), or codings of a text we do not have (reported)
            }
            int start;
            int end;
            try {
                start = map.start(Long.parseLong(startText.strip()));
                end = map.end(Long.parseLong(endText.strip()));
            } catch (RuntimeException e) {
                start = -1;
                end = -1;
            }
            if (start < 0 || end <= start) {
                warnings.add(new Warning("exchange_dropped_selection", name + " " + startText + "–" + endText));
                continue;
            }
            String selectionMemo = join(SafeXml.childText(selection, "Description"), noteText(selection));
            Selection around = new Selection(SafeXml.guid(SafeXml.attribute(selection, "creatingUser")),
                    selectionMemo, instant(SafeXml.attribute(selection, "creationDateTime")),
                    instant(SafeXml.attribute(selection, "modifiedDateTime")));
            for (Element coding : codings) {
                addSegment(segments, g, coding, start, end, around);
            }
        }
        for (Element coding : SafeXml.children(source, "Coding")) {
            if (length > 0) {
                addSegment(segments, g, coding, 0, length, Selection.NONE);
            }
        }
    }

    /** What a coding takes from its selection when it does not say it itself: who, the memo, the dates. */
    private record Selection(String user, String memo, String created, String modified) {
        static final Selection NONE = new Selection(null, null, null, null);
    }

    /**
     * A coding's dates: its own creation (else its selection's), and its selection's modification (REFI-QDA
     * dates a coding's creation only). Stored as instants; none, and the import's time is used.
     */
    private void addSegment(List<ExchangeStore.Segment> segments, String sourceGuid, Element coding, int start,
                            int end, Selection selection) {
        Element ref = SafeXml.child(coding, "CodeRef");
        String code = ref == null ? null : SafeXml.guid(SafeXml.attribute(ref, "targetGUID"));
        if (code == null || !codeGuids.contains(code)) {
            warnings.add(new Warning("exchange_unknown_code", String.valueOf(code)));
            return;
        }
        String user = SafeXml.guid(SafeXml.attribute(coding, "creatingUser"));
        if (user == null) {
            user = selection.user();
        }
        if (user != null && !users.containsKey(user)) {
            users.put(user, user);
        }
        String memo = join(selection.memo(), noteText(coding));
        String created = instant(SafeXml.attribute(coding, "creationDateTime"));
        segments.add(new ExchangeStore.Segment(SafeXml.guid(SafeXml.attribute(coding, "guid")), sourceGuid, code, start, end,
                user, memo, created != null ? created : selection.created(), selection.modified()));
    }

    /**
     * An xsd:dateTime as an instant ({@code 2018-03-27T19:29:27Z}); one without a time zone is taken as UTC
     * (the file does not say where it was made). Anything else is no date.
     */
    static String instant(String value) {
        String v = dateTime(value);
        if (v == null) {
            return null;
        }
        java.time.temporal.TemporalAccessor parsed = java.time.format.DateTimeFormatter.ISO_DATE_TIME.parse(v);
        java.time.LocalDateTime local = java.time.LocalDateTime.from(parsed);
        java.time.ZoneOffset offset = parsed.isSupported(java.time.temporal.ChronoField.OFFSET_SECONDS)
                ? java.time.ZoneOffset.ofTotalSeconds(parsed.get(java.time.temporal.ChronoField.OFFSET_SECONDS))
                : java.time.ZoneOffset.UTC;
        return local.toInstant(offset).toString();
    }

    private String noteText(Element owner) {
        String out = null;
        for (Element ref : SafeXml.children(owner, "NoteRef")) {
            String g = SafeXml.guid(SafeXml.attribute(ref, "targetGUID"));
            segmentNotes.add(g);
            Note note = notes.get(g);
            out = join(out, note == null ? null : note.text());
        }
        return out;
    }

    private static List<String> defaultInterviewers(List<Turn> turns) {
        return turns.stream().map(Turn::speaker).filter("ENQ"::equals).distinct().toList();
    }

    static String join(String a, String b) {
        if (a == null || a.isBlank()) {
            return b == null || b.isBlank() ? null : b;
        }
        if (b == null || b.isBlank() || a.equals(b)) {
            return a;
        }
        return a + "\n\n" + b;
    }

    /** UTF-8 unless a UTF-16 BOM says otherwise; malformed bytes become U+FFFD rather than failing. */
    static String decode(byte[] bytes) {
        if (bytes.length >= 2 && (bytes[0] == (byte) 0xFF && bytes[1] == (byte) 0xFE
                || bytes[0] == (byte) 0xFE && bytes[1] == (byte) 0xFF)) {
            return new String(bytes, StandardCharsets.UTF_16);
        }
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPLACE)
                    .onUnmappableCharacter(CodingErrorAction.REPLACE)
                    .decode(java.nio.ByteBuffer.wrap(bytes)).toString();
        } catch (java.nio.charset.CharacterCodingException e) {
            return new String(bytes, StandardCharsets.UTF_8);
        }
    }
}
