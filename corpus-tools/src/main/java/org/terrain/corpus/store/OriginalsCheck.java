package org.terrain.corpus.store;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Each imported file kept in {@code originals/} against the SHA-256 its import recorded: the proof of what was
 * imported, which SQLite's checks do not cover. Named by the sources that came from it (by its own file name
 * when its source was deleted: an undo would bring that source back).
 */
final class OriginalsCheck {
    private OriginalsCheck() {
    }

    static List<IntegrityReport.Original> run(Connection c, ProjectLayout layout) throws SQLException {
        record Stored(String sha256, String path, List<String> sources) {
        }
        Map<Long, Stored> originals = new LinkedHashMap<>();
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("SELECT o.id, o.sha256, "
                + "o.stored_path, o.file_name, s.name FROM originals o LEFT JOIN sources s ON s.original_id = o.id "
                + "ORDER BY o.id, s.id")) {
            while (rs.next()) {
                String sha256 = rs.getString(2);
                String path = rs.getString(3);
                String source = rs.getString(5);
                originals.computeIfAbsent(rs.getLong(1), id -> new Stored(sha256, path, new ArrayList<>()))
                        .sources().add(source != null ? source : rs.getString(4));
            }
        }
        List<IntegrityReport.Original> problems = new ArrayList<>();
        for (Stored stored : originals.values()) {
            Path file = layout.originals().resolve(stored.path());
            IntegrityReport.Original.Problem problem = !Files.isRegularFile(file)
                    ? IntegrityReport.Original.Problem.MISSING
                    : stored.sha256().equalsIgnoreCase(sha256(file)) ? null : IntegrityReport.Original.Problem.ALTERED;
            if (problem != null) {
                for (String source : stored.sources()) {
                    problems.add(new IntegrityReport.Original(source, file.toString(), problem));
                }
            }
        }
        return problems;
    }

    private static String sha256(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            byte[] buffer = new byte[1 << 16];
            for (int n; (n = in.read(buffer)) > 0; ) {
                digest.update(buffer, 0, n);
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (IOException e) {
            return ""; // unreadable counts as altered: it no longer proves anything
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }
}
