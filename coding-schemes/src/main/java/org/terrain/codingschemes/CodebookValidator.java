package org.terrain.codingschemes;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.IllformedLocaleException;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Checks that a codebook can be installed and used by several coders, and returns every problem with its place.
 *
 * <p>ERROR (the codebook cannot be installed as it is): a code without a name; two sibling codes with the same
 * name; a colour that is not {@code #RRGGBB} or {@code #RGB} (any case; {@link CodeColors#normalize} turns both
 * into {@code #RRGGBB}); a group without a name, two groups with one name, a group naming a code the codebook
 * does not have.
 *
 * <p>WARNING (it works, but coders will hesitate): no definition; no inclusion criteria, exclusion criteria or
 * example; a name containing {@code /} (allowed, but written {@code \/} in code paths, e.g. on the command
 * line); sibling names that differ only by case; more than {@value #MAX_DEPTH} levels (reported once, at the
 * first code too deep); a codebook without name, language or codes; a group without codes.
 */
public final class CodebookValidator {
    public static final int MAX_DEPTH = 6;

    private CodebookValidator() {
    }

    public static List<Diagnostic> validate(Codebook codebook) {
        return validate(codebook, CodeLines.none());
    }

    static List<Diagnostic> validate(Codebook codebook, CodeLines lines) {
        List<Diagnostic> out = new ArrayList<>();
        String place = lines.codebookPlace();
        if (isBlank(codebook.name())) {
            out.add(warning(place, "the codebook has no name"));
        }
        checkLanguage(codebook.language(), place, out);
        if (codebook.codes().isEmpty()) {
            out.add(warning(place, "the codebook has no codes"));
        }
        checkCodes(codebook.codes(), null, 1, lines, out);
        checkGroups(codebook, lines, out);
        return out;
    }

    /** Each group named, once, and made of codes of this codebook. */
    private static void checkGroups(Codebook codebook, CodeLines lines, List<Diagnostic> out) {
        java.util.Set<CodePath> paths = CodeTree.byPath(codebook).keySet();
        java.util.Set<String> names = new java.util.HashSet<>();
        for (CodeGroup group : codebook.groups()) {
            String place = lines.place(group);
            if (isBlank(group.name())) {
                out.add(error(place, "this group has no name"));
            } else if (!names.add(group.name().strip())) {
                out.add(error(place, "another group is already named '" + group.name().strip() + "'"));
            }
            if (group.codes().isEmpty()) {
                out.add(warning(place, "the group has no codes"));
            }
            for (CodePath member : group.codes()) {
                if (!paths.contains(member)) {
                    out.add(error(place, "no code '" + member + "' in this codebook (write the whole path,"
                            + " e.g. Pratiques/Apprentissage)"));
                }
            }
        }
    }

    private static void checkLanguage(String language, String place, List<Diagnostic> out) {
        if (isBlank(language)) {
            out.add(warning(place, "no language: add e.g. 'language: fr'"));
            return;
        }
        try {
            new Locale.Builder().setLanguageTag(language.strip());
        } catch (IllformedLocaleException e) {
            out.add(warning(place, "'" + language + "' is not a language tag such as fr or en-GB"));
        }
    }

    private static void checkCodes(List<CodeDefinition> codes, CodePath parent, int depth, CodeLines lines,
                                   List<Diagnostic> out) {
        Map<String, CodeDefinition> byName = new HashMap<>();
        Map<String, CodeDefinition> byFoldedName = new HashMap<>();
        for (int i = 0; i < codes.size(); i++) {
            CodeDefinition code = codes.get(i);
            CodePath path = Places.pathOf(parent, code.name(), i);
            String place = lines.place(code, path);
            if (isBlank(code.name())) {
                out.add(error(place, "this code has no name"));
            } else {
                checkName(code, parent, place, byName, byFoldedName, lines, out);
            }
            checkColor(code.color(), place, out);
            checkTexts(code, place, out);
            if (depth == MAX_DEPTH + 1) {
                out.add(warning(place, "more than " + MAX_DEPTH + " levels of codes are hard to keep in mind"
                        + " and to display: consider a flatter tree"));
            }
            checkCodes(code.children(), path, depth + 1, lines, out);
        }
    }

    private static void checkName(CodeDefinition code, CodePath parent, String place,
                                  Map<String, CodeDefinition> byName, Map<String, CodeDefinition> byFoldedName,
                                  CodeLines lines, List<Diagnostic> out) {
        // Names are compared stripped, as CodePath.parse and the project store read them.
        String name = code.name().strip();
        String folded = name.toLowerCase(Locale.ROOT);
        String where = parent == null ? "at the top level" : "under " + parent;
        CodeDefinition same = byName.putIfAbsent(name, code);
        CodeDefinition alike = byFoldedName.putIfAbsent(folded, code);
        if (same != null) {
            int firstLine = lines.line(same);
            out.add(error(place, "another code " + where + " is already named '" + name + "'"
                    + (firstLine > 0 ? " (line " + firstLine + ")" : "")));
        } else if (alike != null) {
            out.add(warning(place, "'" + name + "' differs only by case from '" + alike.name().strip()
                    + "' " + where));
        }
        if (TypedNames.hasControlCharacter(name)) {
            out.add(error(place, "the name '" + TypedNames.visible(name) + "' holds a line break or another control"
                    + " character"));
        }
        if (name.contains("/")) {
            out.add(warning(place, "the name contains '/', which code paths write '\\/': consider '-' instead"));
        }
    }

    private static void checkColor(String color, String place, List<Diagnostic> out) {
        if (color == null) {
            return;
        }
        try {
            CodeColors.normalize(color);
        } catch (IllegalArgumentException e) {
            out.add(error(place, "colour '" + color + "' is not of the form \"#RRGGBB\", e.g. \"#4E79A7\""));
        }
    }

    private static void checkTexts(CodeDefinition code, String place, List<Diagnostic> out) {
        if (isBlank(code.definition())) {
            out.add(warning(place, "no definition: say what the code means, so that every coder applies it"
                    + " the same way"));
        }
        List<String> missing = new ArrayList<>();
        if (isBlank(code.inclusion())) {
            missing.add("inclusion");
        }
        if (isBlank(code.exclusion())) {
            missing.add("exclusion");
        }
        if (isBlank(code.example())) {
            missing.add("example");
        }
        if (!missing.isEmpty()) {
            out.add(warning(place, "missing " + String.join(", ", missing)));
        }
    }

    private static boolean isBlank(String text) {
        return text == null || text.isBlank();
    }

    private static Diagnostic error(String place, String message) {
        return new Diagnostic(Diagnostic.Severity.ERROR, place, message);
    }

    private static Diagnostic warning(String place, String message) {
        return new Diagnostic(Diagnostic.Severity.WARNING, place, message);
    }
}
