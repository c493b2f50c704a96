package org.terrain.corpus.model;

/** The part a speaker plays; interviewer speech is left out of statistics on interviews by default. */
public enum SpeakerRole {
    INTERVIEWER, PARTICIPANT
}
