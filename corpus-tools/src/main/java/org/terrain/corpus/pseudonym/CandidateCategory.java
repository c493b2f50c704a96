package org.terrain.corpus.pseudonym;

/** What a suggested name is, in the pseudonym table's words. */
public enum CandidateCategory {
    PERSON("person"), PLACE("place"), ORGANISATION("organisation"), OTHER("other");

    private final String word;

    CandidateCategory(String word) {
        this.word = word;
    }

    /** The word of the command line and of the JSON: person, place, organisation, other. */
    public String word() {
        return word;
    }
}
