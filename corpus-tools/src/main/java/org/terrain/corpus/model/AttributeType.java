package org.terrain.corpus.model;

/** Types of REFI-QDA variables, so attributes survive an exchange with NVivo or ATLAS.ti. */
public enum AttributeType {
    TEXT, INTEGER, FLOAT, DATE, BOOLEAN
}
