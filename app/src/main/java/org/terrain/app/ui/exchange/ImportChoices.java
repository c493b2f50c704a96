package org.terrain.app.ui.exchange;

import java.util.Locale;
import org.terrain.app.ui.common.UiText;

/**
 * What the import dialog asks before an import: the kind of the sources, their case, and whether plain text is
 * read as turns of speech. The engine's {@code ImportOptions} in the interface's terms (the view never sees the
 * engine).
 *
 * @param caseName the case every file goes to, for {@link CaseMode#NAMED}; ignored otherwise
 */
public record ImportChoices(Kind kind, CaseMode caseMode, String caseName, Turns turns) {
    /** The kind of the imported sources; {@code AUTO} takes it from the folder, else from turns found. */
    public enum Kind {
        AUTO, INTERVIEW, OBSERVATION, DISCOURSE, OTHER;

        public String label() {
            return UiText.get("import.options.kind." + name().toLowerCase(Locale.ROOT));
        }
    }

    /** No case, one case per folder (the file's folder), or one named case for every file. */
    public enum CaseMode {
        NONE, BY_FOLDER, NAMED
    }

    /** Turn detection for plain text: detect, always, never. */
    public enum Turns {
        AUTO, ON, OFF;

        public String label() {
            return UiText.get("import.options.turns." + name().toLowerCase(Locale.ROOT));
        }
    }

    public ImportChoices {
        caseName = caseName == null ? "" : caseName.strip();
    }

    /** What an import does when nobody asks: kind from the folders, no case, turns detected. */
    public static ImportChoices defaults() {
        return new ImportChoices(Kind.AUTO, CaseMode.NONE, "", Turns.AUTO);
    }

    /** A named case needs its name; the rest always holds. */
    public boolean isComplete() {
        return caseMode != CaseMode.NAMED || !caseName.isEmpty();
    }
}
