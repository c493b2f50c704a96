package org.terrain.corpus.importing;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.xml.stream.Location;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.terrain.corpus.errors.ImportException;

/**
 * Walks a Transcriber ({@code .trs}) document into turns, as the ESLO plain renderings were made:
 * <ul>
 *   <li>a {@code <Turn>} gives one line per speaker, with the turn's start time; its text across
 *   {@code <Sync>} marks is joined with single spaces;</li>
 *   <li>a turn shared by several speakers ({@code speaker="spk1 spk2"}) gives one line per speaker, in the
 *   order of the attribute: {@code <Who nb="n">} says that the text after it is the n-th speaker's, and when
 *   a turn alternates {@code <Who nb="1">…<Who nb="2">…<Who nb="1">…} the pieces of one speaker are joined
 *   into her one line (overlapping speech has no order to keep within the turn's time);</li>
 *   <li>an instantaneous noise ({@code <Event type="noise" extent="instantaneous" desc="rire"/>}) stays as
 *   {@code [rire]}; other events (pronunciations, begin/end of a noise, languages), comments and background
 *   are annotations about the speech, not speech, and are dropped;</li>
 *   <li>turns without a speaker or without text give no line.</li>
 * </ul>
 */
final class TranscriberReader {
    /** What the file says: speakers in the order of {@code <Speakers>} (id → name), the turns, metadata. */
    record Transcription(Map<String, String> speakers, List<TranscriptLine> lines, Map<String, String> metadata) {
    }

    private final String fileName;
    private final Map<String, String> speakers = new LinkedHashMap<>();
    private final Map<String, String> metadata = new LinkedHashMap<>();
    private final List<TranscriptLine> lines = new ArrayList<>();
    private OpenTurn turn;

    private TranscriberReader(String fileName) {
        this.fileName = fileName;
    }

    static Transcription read(String xml, String fileName) {
        // before the parser, which calls an entity in an attribute « not well-formed » (or, after a DTD, empty)
        RefusedDoctype.usedEntity(xml).ifPresent(name -> {
            throw new ImportException("xml_entity", fileName, name);
        });
        TranscriberReader walker = new TranscriberReader(fileName);
        try {
            XMLStreamReader reader = SafeXmlInput.reader(xml);
            try {
                walker.walk(reader);
            } finally {
                reader.close();
            }
        } catch (XMLStreamException e) {
            Location at = e.getLocation();
            throw new ImportException("xml_malformed", e, fileName, at == null ? -1 : at.getLineNumber(),
                    at == null ? -1 : at.getColumnNumber());
        }
        return new Transcription(Collections.unmodifiableMap(walker.speakers), List.copyOf(walker.lines),
                Collections.unmodifiableMap(walker.metadata));
    }

    private void walk(XMLStreamReader reader) throws XMLStreamException {
        boolean rootSeen = false;
        while (reader.hasNext()) {
            switch (reader.next()) {
                case XMLStreamConstants.START_ELEMENT -> {
                    if (!rootSeen) {
                        rootSeen = true;
                        root(reader);
                    } else {
                        start(reader);
                    }
                }
                case XMLStreamConstants.END_ELEMENT -> {
                    if (reader.getLocalName().equals("Turn") && turn != null) {
                        turn.flush(lines);
                        turn = null;
                    }
                }
                case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA, XMLStreamConstants.SPACE -> {
                    if (turn != null) {
                        turn.text(reader.getText());
                    }
                }
                case XMLStreamConstants.ENTITY_REFERENCE ->
                        throw new ImportException("xml_entity", fileName, reader.getLocalName());
                default -> {
                    // DTD, comments, processing instructions: nothing to read
                }
            }
        }
    }

    private void root(XMLStreamReader reader) {
        if (!reader.getLocalName().equals("Trans")) {
            throw new ImportException("not_transcriber", fileName, reader.getLocalName());
        }
        putIfPresent("scribe", reader.getAttributeValue(null, "scribe"));
        putIfPresent("audio", reader.getAttributeValue(null, "audio_filename"));
    }

    private void start(XMLStreamReader reader) {
        switch (reader.getLocalName()) {
            case "Speaker" -> {
                String id = reader.getAttributeValue(null, "id");
                String name = reader.getAttributeValue(null, "name");
                if (id != null) {
                    speakers.put(id, name == null || name.isBlank() ? id : name.strip());
                }
            }
            case "Turn" -> {
                String attribute = reader.getAttributeValue(null, "speaker");
                List<String> ids = attribute == null || attribute.isBlank() ? List.of()
                        : List.of(attribute.strip().split("\\s+"));
                turn = new OpenTurn(ids, seconds(reader.getAttributeValue(null, "startTime")));
            }
            case "Who" -> {
                if (turn != null) {
                    turn.who(reader.getAttributeValue(null, "nb"));
                }
            }
            case "Event" -> {
                if (turn != null && isInstantaneousNoise(reader)) {
                    turn.separator();
                    turn.text("[" + reader.getAttributeValue(null, "desc") + "]");
                    turn.separator();
                }
            }
            case "Sync" -> {
                if (turn != null) {
                    turn.separator();
                }
            }
            default -> {
                // Comment, Background, Section, Topics…: not speech
            }
        }
    }

    /** The DTD's defaults are type="noise" and extent="instantaneous"; it is not read, so they apply here. */
    private static boolean isInstantaneousNoise(XMLStreamReader reader) {
        String type = reader.getAttributeValue(null, "type");
        String extent = reader.getAttributeValue(null, "extent");
        String desc = reader.getAttributeValue(null, "desc");
        return (type == null || type.equals("noise")) && (extent == null || extent.equals("instantaneous"))
                && desc != null && !desc.isBlank();
    }

    private void putIfPresent(String key, String value) {
        if (value != null && !value.isBlank()) {
            metadata.put(key, value.strip());
        }
    }

    /** Whole milliseconds of a time in seconds ({@code 2.099}), exactly, or -1 when absent or unreadable. */
    private static long seconds(String value) {
        if (value == null) {
            return -1;
        }
        try {
            BigDecimal seconds = new BigDecimal(value.strip());
            return seconds.signum() < 0 ? -1 : seconds.movePointRight(3).setScale(0, RoundingMode.FLOOR)
                    .longValueExact();
        } catch (NumberFormatException | ArithmeticException e) {
            return -1;
        }
    }

    /** A {@code <Turn>} being read: one text buffer per speaker position. */
    private final class OpenTurn {
        private final List<String> ids;
        private final long timeMs;
        private final StringBuilder[] texts;
        private int position;

        OpenTurn(List<String> ids, long timeMs) {
            this.ids = ids;
            this.timeMs = timeMs;
            this.texts = new StringBuilder[ids.size()];
            for (int i = 0; i < texts.length; i++) {
                texts[i] = new StringBuilder();
            }
        }

        /** Text before any {@code <Who>} is the first speaker's; a number out of range changes nothing. */
        void who(String nb) {
            try {
                int n = Integer.parseInt(nb.strip());
                if (n >= 1 && n <= ids.size()) {
                    position = n - 1;
                    separator(); // a speaker's pieces from two <Who> must not run together
                }
            } catch (NumberFormatException | NullPointerException e) {
                // keep the current speaker
            }
        }

        void text(String text) {
            if (texts.length > 0) {
                texts[position].append(text);
            }
        }

        /** {@code <Sync>} and events stand between words. */
        void separator() {
            text(" ");
        }

        void flush(List<TranscriptLine> out) {
            for (int i = 0; i < texts.length; i++) {
                String speech = TranscriptWriter.oneLine(texts[i].toString());
                if (!speech.isEmpty()) {
                    out.add(new TranscriptLine(speakers.getOrDefault(ids.get(i), ids.get(i)), timeMs, speech));
                }
            }
        }
    }
}
