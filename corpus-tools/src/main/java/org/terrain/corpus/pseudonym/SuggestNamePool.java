package org.terrain.corpus.pseudonym;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** The replacement names proposed for people: {@code suggest-names.txt}, read once. */
record SuggestNamePool(List<String> feminine, List<String> masculine, List<String> surnames) {
    private static final String RESOURCE = "suggest-names.txt";

    static SuggestNamePool load() {
        List<String> f = new ArrayList<>();
        List<String> m = new ArrayList<>();
        List<String> s = new ArrayList<>();
        try (InputStream in = SuggestNamePool.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is not on the class path");
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String name = line.substring(2).strip();
                switch (line.charAt(0)) {
                    case 'f' -> f.add(name);
                    case 'm' -> m.add(name);
                    default -> s.add(name);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new SuggestNamePool(List.copyOf(f), List.copyOf(m), List.copyOf(s));
    }

    List<String> all() {
        List<String> all = new ArrayList<>(feminine);
        all.addAll(masculine);
        all.addAll(surnames);
        return all;
    }
}
