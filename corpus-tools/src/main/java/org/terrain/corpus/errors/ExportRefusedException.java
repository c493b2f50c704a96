package org.terrain.corpus.errors;

/**
 * A path that can never be an export's file (exit 2): inside the project folder ({@code export_inside_project}:
 * the path, the project), or something that exists and is not a regular file ({@code export_not_a_file}: the path).
 */
public class ExportRefusedException extends TerrainException {
    private ExportRefusedException(String code, Object... args) {
        super(code, Category.USAGE, args);
    }

    public static ExportRefusedException insideProject(String path, String project) {
        return new ExportRefusedException("export_inside_project", path, project);
    }

    public static ExportRefusedException notAFile(String path) {
        return new ExportRefusedException("export_not_a_file", path);
    }
}
