package org.terrain.corpus.nlp;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads a CoNLL-U (or CoNLL-U Plus) gold file: each sentence's {@code # text}, its surface tokens (a
 * multi-word token such as « du » with its words « de » « le »), each word's form, lemma and UPOS, and the
 * named entities of a PARSEME column (Sequoia's column 11: {@code 1:PROPN|NE-PERS.final|_}, then {@code 1}
 * on the entity's next words). Empty nodes (ids like 8.1) are not words of the text and are skipped.
 */
public final class ConllU {
    private ConllU() {
    }

    public record GoldWord(String form, String lemma, String upos) {
    }

    /** A written token and the words it holds (one, or several for a multi-word token). */
    public record GoldToken(String form, List<GoldWord> words, List<Integer> ids) {
    }

    /** An entity: the word ids it covers, and its type as the file writes it (PERS, ORG, LOC, PROD, EVE). */
    public record GoldEntity(List<Integer> ids, String type) {
    }

    public record Sentence(String id, String text, List<GoldToken> tokens, List<GoldEntity> entities,
                           boolean hasEntityColumn) {
    }

    public static List<Sentence> read(Path file) throws IOException {
        List<Sentence> sentences = new ArrayList<>();
        List<String> block = new ArrayList<>();
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            if (line.isBlank()) {
                if (!block.isEmpty()) {
                    sentences.add(sentence(block));
                    block.clear();
                }
            } else {
                block.add(line);
            }
        }
        if (!block.isEmpty()) {
            sentences.add(sentence(block));
        }
        return sentences;
    }

    private static Sentence sentence(List<String> lines) {
        String id = "";
        String text = null;
        List<GoldToken> tokens = new ArrayList<>();
        Map<String, List<Integer>> entityWords = new HashMap<>();
        Map<String, String> entityTypes = new HashMap<>();
        boolean hasEntityColumn = false;
        int rangeEnd = 0;
        GoldToken open = null;
        for (String line : lines) {
            if (line.startsWith("# sent_id = ")) {
                id = line.substring("# sent_id = ".length()).strip();
            } else if (line.startsWith("# text = ")) {
                text = line.substring("# text = ".length());
            }
            if (line.startsWith("#")) {
                continue;
            }
            String[] f = line.split("\t", -1);
            if (f.length < 10) {
                throw new IllegalArgumentException("line with " + f.length + " columns: " + line);
            }
            if (f[0].contains(".")) {
                continue;
            }
            if (f[0].contains("-")) {
                String[] range = f[0].split("-");
                rangeEnd = Integer.parseInt(range[1]);
                open = new GoldToken(f[1], new ArrayList<>(), new ArrayList<>());
                tokens.add(open);
                continue;
            }
            int wordId = Integer.parseInt(f[0]);
            GoldWord word = new GoldWord(f[1], f[2], f[3]);
            if (open != null && wordId <= rangeEnd) {
                open.words().add(word);
                open.ids().add(wordId);
            } else {
                open = null;
                tokens.add(new GoldToken(f[1], List.of(word), List.of(wordId)));
            }
            if (f.length > 10) {
                hasEntityColumn = true;
                readEntityColumn(f[10], wordId, entityWords, entityTypes);
            }
        }
        if (text == null) {
            throw new IllegalArgumentException("sentence " + id + " has no # text");
        }
        List<GoldEntity> entities = new ArrayList<>();
        for (Map.Entry<String, String> type : entityTypes.entrySet()) {
            entities.add(new GoldEntity(List.copyOf(entityWords.get(type.getKey())), type.getValue()));
        }
        return new Sentence(id, text, tokens, entities, hasEntityColumn);
    }

    /** {@code 3;4:PROPN|NE-PERS.final|_}: this word continues expression 3 and starts expression 4. */
    private static void readEntityColumn(String column, int wordId, Map<String, List<Integer>> words,
                                         Map<String, String> types) {
        if (column.equals("*") || column.equals("_")) {
            return;
        }
        for (String item : column.split(";")) {
            int colon = item.indexOf(':');
            String key = colon < 0 ? item : item.substring(0, colon);
            words.computeIfAbsent(key, k -> new ArrayList<>()).add(wordId);
            if (colon >= 0) {
                String category = item.substring(colon + 1);
                int ne = category.indexOf("NE-");
                if (ne >= 0) {
                    String type = category.substring(ne + 3);
                    int stop = type.indexOf('.');
                    types.put(key, stop < 0 ? type : type.substring(0, stop));
                }
            }
        }
    }
}
