package org.terrain.corpus.store;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.zip.Deflater;
import java.util.zip.DeflaterOutputStream;
import java.util.zip.Inflater;
import java.util.zip.InflaterInputStream;
import org.terrain.corpus.model.Word;

/**
 * The words of one source's annotation as one compressed blob: a thesis corpus has millions of words, and a
 * row per word would make the database many times the size of the text. Positions are written as deltas and
 * the lemma as "same as the form" where it is, so that deflate has little left to do.
 */
final class WordCodec {
    private static final List<String> UPOS = List.of("ADJ", "ADP", "ADV", "AUX", "CCONJ", "DET", "INTJ", "NOUN",
            "NUM", "PART", "PRON", "PROPN", "PUNCT", "SCONJ", "SYM", "VERB", "X");
    private static final List<String> ENTITIES = List.of("PER", "LOC", "ORG", "MISC");
    private static final int OTHER = 255;
    private static final int LEMMA_IS_FORM = 0;
    private static final int LEMMA_IS_LOWER_FORM = 1;
    private static final int LEMMA_WRITTEN = 2;

    private WordCodec() {
    }

    static byte[] encode(List<Word> words) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(words.size() * 4 + 16);
        // Buffered on both sides of the (de)compressor: byte-by-byte calls into Inflater/Deflater are what cost.
        try (DataOutputStream out = new DataOutputStream(new BufferedOutputStream(
                new DeflaterOutputStream(bytes, new Deflater(Deflater.BEST_SPEED), 8192), 65536))) {
            writeVarint(out, words.size());
            int previous = 0;
            for (Word w : words) {
                writeVarint(out, w.start() - previous); // text order: never negative, 0 inside « au »
                writeVarint(out, w.end() - w.start());
                previous = w.start();
                out.writeUTF(w.form());
                writeChoice(out, UPOS, w.upos());
                if (w.lemma().equals(w.form())) {
                    out.writeByte(LEMMA_IS_FORM);
                } else if (w.lemma().equals(w.form().toLowerCase(Locale.ROOT))) {
                    out.writeByte(LEMMA_IS_LOWER_FORM);
                } else {
                    out.writeByte(LEMMA_WRITTEN);
                    out.writeUTF(w.lemma());
                }
                if (w.entity() == null) {
                    out.writeByte(0);
                } else {
                    out.writeByte(1);
                    writeChoice(out, ENTITIES, w.entity());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    static List<Word> decode(byte[] blob) {
        try (DataInputStream in = new DataInputStream(new BufferedInputStream(
                new InflaterInputStream(new ByteArrayInputStream(blob), new Inflater(), 8192), 65536))) {
            int count = readVarint(in);
            List<Word> words = new ArrayList<>(count);
            int previous = 0;
            for (int i = 0; i < count; i++) {
                int start = previous + readVarint(in);
                int end = start + readVarint(in);
                previous = start;
                String form = in.readUTF();
                String upos = readChoice(in, UPOS);
                String lemma = switch (in.readUnsignedByte()) {
                    case LEMMA_IS_FORM -> form;
                    case LEMMA_IS_LOWER_FORM -> form.toLowerCase(Locale.ROOT);
                    default -> in.readUTF();
                };
                String entity = in.readUnsignedByte() == 0 ? null : readChoice(in, ENTITIES);
                words.add(new Word(start, end, form, upos, lemma, entity));
            }
            return words;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void writeChoice(DataOutputStream out, List<String> known, String value) throws IOException {
        int index = known.indexOf(value);
        out.writeByte(index >= 0 ? index : OTHER);
        if (index < 0) {
            out.writeUTF(value);
        }
    }

    private static String readChoice(DataInputStream in, List<String> known) throws IOException {
        int index = in.readUnsignedByte();
        return index == OTHER ? in.readUTF() : known.get(index);
    }

    private static void writeVarint(DataOutputStream out, int value) throws IOException {
        int v = value;
        while ((v & ~0x7F) != 0) {
            out.writeByte((v & 0x7F) | 0x80);
            v >>>= 7;
        }
        out.writeByte(v);
    }

    private static int readVarint(DataInputStream in) throws IOException {
        int value = 0;
        for (int shift = 0; shift < 35; shift += 7) {
            int b = in.readUnsignedByte();
            value |= (b & 0x7F) << shift;
            if ((b & 0x80) == 0) {
                return value;
            }
        }
        throw new IOException("malformed number in annotation data");
    }
}
