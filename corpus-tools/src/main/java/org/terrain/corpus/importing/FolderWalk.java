package org.terrain.corpus.importing;

import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The files of a folder to import, found the way a researcher means « this folder »:
 * <ul>
 *   <li>a symbolic link whose target is outside the folder is not followed (a link to {@code /etc/passwd} or to
 *   another project's data does not belong to this fieldwork) and is reported as {@code link_outside}; one whose
 *   target is missing or loops is reported as {@code link_broken};</li>
 *   <li>a link to a file inside the folder gives that file, once, however many links lead to it; a link to a
 *   folder inside is not followed, since that folder is walked anyway, so no loop can form;</li>
 *   <li>hidden files and folders (a name starting with a dot: {@code .git}, {@code .DS_Store}) are not
 *   fieldwork: they are reported as {@code hidden}, a folder in one line.</li>
 * </ul>
 * A folder given through a link is walked as the folder it names; paths are reported as the user gave them.
 */
final class FolderWalk {
    /** The files to import, each by its path under the folder as given, and the lines for the report. */
    record Found(List<Path> files, List<ImportReport.Skipped> skipped, List<ImportReport.Failed> failed) {
    }

    private final Path given;
    private final Path root;
    private final Map<Path, Path> byTarget = new LinkedHashMap<>();
    private final List<ImportReport.Skipped> skipped = new ArrayList<>();
    private final List<ImportReport.Failed> failed = new ArrayList<>();

    private FolderWalk(Path given, Path root) {
        this.given = given;
        this.root = root;
    }

    static Found of(Path folder) throws IOException {
        FolderWalk walk = new FolderWalk(folder, folder.toRealPath());
        walk.walk();
        List<Path> files = walk.byTarget.values().stream().sorted(Comparator.comparing(Path::toString)).toList();
        return new Found(files, List.copyOf(walk.skipped), List.copyOf(walk.failed));
    }

    private void walk() throws IOException {
        Files.walkFileTree(root, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attributes) {
                if (!dir.equals(root) && isHidden(dir)) {
                    skip(dir, "hidden", name(dir));
                    return FileVisitResult.SKIP_SUBTREE;
                }
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) {
                if (isHidden(file)) {
                    skip(file, "hidden", name(file));
                } else if (attributes.isSymbolicLink()) {
                    link(file);
                } else if (attributes.isRegularFile()) {
                    byTarget.put(file, shown(file)); // a file found itself wins over a link to it
                }
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFileFailed(Path file, IOException e) {
                failed.add(new ImportReport.Failed(shown(file).toString(), "unreadable",
                        new Object[] {name(file), String.valueOf(e.getMessage())}));
                return FileVisitResult.CONTINUE;
            }
        });
    }

    private void link(Path link) {
        Path target;
        try {
            target = link.toRealPath();
        } catch (IOException missingOrLooping) {
            skip(link, "link_broken", name(link));
            return;
        }
        if (!target.startsWith(root)) {
            skip(link, "link_outside", target.toString());
        } else if (Files.isRegularFile(target)) {
            byTarget.putIfAbsent(target, shown(link));
        }
        // a folder inside is walked as itself
    }

    private void skip(Path path, String reason, String detail) {
        skipped.add(new ImportReport.Skipped(shown(path).toString(), reason, detail));
    }

    /** The path as the user would write it: under the folder she gave, not its real location. */
    private Path shown(Path path) {
        return given.resolve(root.relativize(path));
    }

    private static boolean isHidden(Path path) {
        return name(path).startsWith(".");
    }

    private static String name(Path path) {
        Path name = path.getFileName();
        return name == null ? path.toString() : name.toString();
    }
}
