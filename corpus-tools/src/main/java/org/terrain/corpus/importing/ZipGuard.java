package org.terrain.corpus.importing;

import java.io.ByteArrayInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipInputStream;
import org.terrain.corpus.errors.ImportException;

/**
 * Checks a zip-based document (docx, odt) before any parser opens it: inflates every entry once, counting, and
 * stops at the first sign of a zip bomb (too much inflated data, too many entries, an absurd ratio). Sizes are
 * measured, not read from the headers, because a bomb's headers lie.
 */
final class ZipGuard {
    static final long MAX_INFLATED_BYTES = 512L * 1024 * 1024;
    static final int MAX_ENTRIES = 20_000;
    /** Real documents compress text 5–20×; a bomb compresses by thousands. */
    static final long MAX_RATIO = 200;
    private static final long RATIO_FLOOR = 16L * 1024 * 1024;

    private ZipGuard() {
    }

    static void check(byte[] zip, String fileName) {
        long inflated = 0;
        int entries = 0;
        byte[] buffer = new byte[64 * 1024];
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry entry; (entry = in.getNextEntry()) != null; ) {
                if (++entries > MAX_ENTRIES) {
                    throw new ImportException("zip_bomb", fileName);
                }
                for (int n; (n = read(in, buffer)) > 0; ) {
                    inflated += n;
                    if (inflated > MAX_INFLATED_BYTES
                            || inflated > RATIO_FLOOR && inflated > MAX_RATIO * Math.max(1, zip.length)) {
                        throw new ImportException("zip_bomb", fileName);
                    }
                }
            }
        } catch (ZipException | EOFException e) {
            throw new ImportException("corrupt_file", e, fileName, e.getMessage());
        } catch (IOException e) {
            throw new ImportException("corrupt_file", e, fileName, e.getMessage());
        }
        if (entries == 0) {
            throw new ImportException("corrupt_file", fileName, "no entry in the archive");
        }
    }

    private static int read(InputStream in, byte[] buffer) throws IOException {
        return in.read(buffer);
    }
}
