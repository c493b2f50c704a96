package org.terrain.corpus.pseudonym;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import java.util.List;
import java.util.Locale;
import morfologik.stemming.Dictionary;
import morfologik.stemming.DictionaryLookup;
import morfologik.stemming.WordData;

/**
 * What the pseudonym suggestions ask of LanguageTool's French lexicon (the one {@code nlp.FrenchLexicon} lemmatises
 * with): whether a word is a common word of French, and whether it is listed as a proper noun, with the gender the
 * lexicon gives it. Its proper nouns are tagged {@code Z m}, {@code Z f} (about 3,000 first names, a few countries
 * and stars) or {@code Z e} (about 34,000, mostly French communes, some surnames and firms): « Martine » is
 * {@code Z f}, « Karim » {@code Z m}, « Feyzin » and « Saint-Fons » {@code Z e}. A few names are entries with their
 * capitals tagged as nouns (« Loiret », « Rhône », « SNCF »): proper nouns too, of no gender. No other list is needed.
 *
 * <p>Thread-safe: each thread gets its own lookup.
 */
public final class SuggestLexicon {
    private static final String RESOURCE = "/org/languagetool/resource/fr/french.dict";

    /** What the lexicon says of a capitalised word as a proper noun. */
    public record ProperNoun(boolean listed, boolean male, boolean female, boolean epicene) {
        static final ProperNoun NONE = new ProperNoun(false, false, false, false);

        /** A first name of one gender: listed masculine or feminine, not both. */
        public boolean firstName() {
            return male != female;
        }
    }

    private final ThreadLocal<DictionaryLookup> lookups;

    private SuggestLexicon(Dictionary dictionary) {
        this.lookups = ThreadLocal.withInitial(() -> new DictionaryLookup(dictionary));
    }

    public static SuggestLexicon load() {
        URL url = SuggestLexicon.class.getResource(RESOURCE);
        if (url == null) {
            throw new IllegalStateException("the French lexicon " + RESOURCE + " is not on the class path");
        }
        try {
            return new SuggestLexicon(Dictionary.read(url));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Whether the word, in lower case, is a common word of French (any reading but a proper noun): « atelier »,
     * « alors », « cap ». Capitals often drop their accent (Etat, Education): the accented reading counts.
     * « SNCF » and « Loiret » are listed only as written, with their capitals: not common words.
     */
    public boolean isCommonWord(String word) {
        String lower = word.replace('’', '\'').toLowerCase(Locale.ROOT);
        if (hasCommonReading(lower)) {
            return true;
        }
        if (lower.startsWith("e")) {
            for (char accented : new char[] {'é', 'è', 'ê'}) {
                if (hasCommonReading(accented + lower.substring(1))) {
                    return true;
                }
            }
        }
        return false;
    }

    private boolean hasCommonReading(String lower) {
        for (WordData data : lookups.get().lookup(lower)) {
            if (!data.getTag().toString().startsWith("Z")) {
                return true;
            }
        }
        return false;
    }

    /** The word as a proper noun, looked up as written and with each part capitalised (MARTINE, SAINT-FONS). */
    public ProperNoun properNoun(String word) {
        String written = word.replace('’', '\'');
        ProperNoun found = properNounAsWritten(written);
        if (!found.listed()) {
            String titled = titleCase(written);
            if (!titled.equals(written)) {
                found = properNounAsWritten(titled);
            }
        }
        return found;
    }

    private ProperNoun properNounAsWritten(String written) {
        List<WordData> readings = lookups.get().lookup(written);
        boolean male = false;
        boolean female = false;
        boolean epicene = false;
        for (WordData data : readings) {
            String tag = data.getTag().toString();
            if (tag.startsWith("Z m")) {
                male = true;
            } else if (tag.startsWith("Z f")) {
                female = true;
            } else if (tag.startsWith("Z") || !written.equals(written.toLowerCase(Locale.ROOT))) {
                epicene = true; // or an entry with its capitals, a noun by its tag (Loiret, Rhône, SNCF)
            }
        }
        return male || female || epicene ? new ProperNoun(true, male, female, epicene) : ProperNoun.NONE;
    }

    /** Each part upper-cased on its first letter, lower-cased after: SAINT-FONS → Saint-Fons. */
    static String titleCase(String word) {
        StringBuilder out = new StringBuilder(word.length());
        boolean start = true;
        for (int i = 0; i < word.length(); ) {
            int c = word.codePointAt(i);
            out.appendCodePoint(start ? Character.toUpperCase(c) : Character.toLowerCase(c));
            start = !Character.isLetter(c);
            i += Character.charCount(c);
        }
        return out.toString();
    }
}
