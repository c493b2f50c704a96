package org.terrain.corpus.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.terrain.codingschemes.CodeColors;
import org.terrain.codingschemes.TypedNames;
import org.terrain.codingschemes.CodePath;
import org.terrain.corpus.errors.UnknownCodeException;
import org.terrain.corpus.model.Code;

/** The codebook tree. */
public final class CodeStore {
    private final ProjectStore store;

    CodeStore(ProjectStore store) {
        this.store = store;
    }

    /**
     * Adds a code, creating missing parents; adding an existing path only sets the colour or description given
     * (so a script can run twice). Returns the code.
     */
    public Code add(CodePath path, String color, String description) {
        String normalized = color == null ? null : CodeColors.normalize(color);
        store.write(OperationKind.CODE_ADD.with(path), tx -> {
            long parent = 0;
            for (int depth = 1; depth <= path.names().size(); depth++) {
                CodePath prefix = new CodePath(path.names().subList(0, depth));
                Optional<Code> existing = find(prefix);
                boolean leaf = depth == path.names().size();
                if (existing.isEmpty()) {
                    checkTypedName(prefix.name());
                    parent = tx.insert("codes", ProjectStore.values("guid", ProjectStore.newGuid(),
                            "parent_id", parent == 0 ? null : parent, "name", prefix.name(),
                            "color", leaf && normalized != null ? normalized : CodeColors.forIndex(count()),
                            "description", leaf ? description : null, "created_at", Instant.now().toString()));
                } else {
                    parent = existing.get().id();
                    if (leaf) {
                        Map<String, Object> changes = new LinkedHashMap<>();
                        if (normalized != null) {
                            changes.put("color", normalized);
                        }
                        if (description != null) {
                            changes.put("description", description);
                        }
                        tx.update("codes", parent, changes);
                    }
                }
            }
            return null;
        });
        return get(path);
    }

    /**
     * Installs a codebook in one operation: every code of its tree is created if missing, and takes the
     * codebook's colour (when it gives one), definition (as description), inclusion and exclusion criteria and
     * example. Codes of the project that the codebook does not name are left as they are. Returns how many
     * codes it has.
     */
    public int install(org.terrain.codingschemes.Codebook codebook) {
        List<Map.Entry<CodePath, org.terrain.codingschemes.CodeDefinition>> flat = new ArrayList<>();
        flatten(codebook.codes(), null, flat);
        store.write(OperationKind.CODEBOOK_INSTALL.with(codebook.name(), flat.size(), codebook.groups().size()), tx -> {
            for (Map.Entry<CodePath, org.terrain.codingschemes.CodeDefinition> entry : flat) {
                CodePath path = entry.getKey();
                org.terrain.codingschemes.CodeDefinition definition = entry.getValue();
                Optional<Code> existing = find(path);
                long parent = path.isRoot() ? 0 : find(path.parent()).orElseThrow().id();
                String color = definition.color() == null ? null : CodeColors.normalize(definition.color());
                Map<String, Object> values = new LinkedHashMap<>();
                if (color != null) {
                    values.put("color", color);
                }
                values.put("description", definition.definition());
                values.put("inclusion", definition.inclusion());
                values.put("exclusion", definition.exclusion());
                values.put("example", definition.example());
                if (existing.isEmpty()) {
                    values.putIfAbsent("color", CodeColors.forIndex(count()));
                    values.put("guid", ProjectStore.newGuid());
                    values.put("parent_id", parent == 0 ? null : parent);
                    values.put("name", path.name());
                    values.put("created_at", Instant.now().toString());
                    tx.insert("codes", values);
                } else {
                    tx.update("codes", existing.get().id(), values);
                }
            }
            store.sets().installGroups(tx, codebook.groups());
            return null;
        });
        return flat.size();
    }

    private static void flatten(List<org.terrain.codingschemes.CodeDefinition> codes, CodePath parent,
                                List<Map.Entry<CodePath, org.terrain.codingschemes.CodeDefinition>> out) {
        for (org.terrain.codingschemes.CodeDefinition code : codes) {
            CodePath path = parent == null ? CodePath.of(code.name().strip()) : parent.child(code.name().strip());
            out.add(Map.entry(path, code));
            flatten(code.children(), path, out);
        }
    }

    /** The inclusion and exclusion criteria and the example of a code. */
    public org.terrain.corpus.model.CodeCriteria criteria(CodePath path) {
        synchronized (store) {
            try (PreparedStatement st = store.connection().prepareStatement(
                    "SELECT inclusion, exclusion, example FROM codes WHERE id = ?")) {
                st.setLong(1, get(path).id());
                try (ResultSet rs = st.executeQuery()) {
                    rs.next();
                    return new org.terrain.corpus.model.CodeCriteria(rs.getString(1), rs.getString(2), rs.getString(3));
                }
            } catch (SQLException e) {
                throw new StoreException(e);
            }
        }
    }

    /** Renames the code at {@code path} (its segments and children follow, being attached by id). */
    public void rename(CodePath path, String newName) {
        String name = newName.strip();
        if (name.isEmpty() || name.contains("/")) {
            throw new org.terrain.corpus.errors.UsageException("bad_code_name", TypedNames.visible(newName));
        }
        checkTypedName(name);
        Code code = get(path);
        CodePath renamed = path.isRoot() ? CodePath.of(name) : path.parent().child(name);
        if (!renamed.equals(path) && find(renamed).isPresent()) {
            throw new org.terrain.corpus.errors.UsageException("code_exists", renamed);
        }
        store.write(OperationKind.CODE_RENAME.with(path, name), tx -> {
            tx.update("codes", code.id(), Map.of("name", name));
            return null;
        });
    }

    /** A name typed for a new or renamed code: no line break or escape sequence (see {@link TypedNames}). */
    private static void checkTypedName(String name) {
        if (TypedNames.hasControlCharacter(name)) {
            throw new org.terrain.corpus.errors.UsageException("code_name_control", TypedNames.visible(name));
        }
    }

    /** Sets the colour ({@code #RRGGBB}) and/or the description of a code; null leaves a field as it is. */
    public void describe(CodePath path, String color, String description) {
        Map<String, Object> changes = new LinkedHashMap<>();
        if (color != null) {
            changes.put("color", CodeColors.normalize(color));
        }
        if (description != null) {
            changes.put("description", description.isBlank() ? null : description);
        }
        store.write(OperationKind.CODE_DESCRIBE.with(path), tx -> {
            tx.update("codes", get(path).id(), changes);
            return null;
        });
    }

    /**
     * Moves a code (with its sub-codes and segments) under another parent, or to the root with null. A code
     * cannot move under itself or its own descendants; a sibling of the same name there is refused.
     */
    public void move(CodePath path, CodePath newParent) {
        Code code = get(path);
        Long parentId = newParent == null ? null : get(newParent).id();
        if (newParent != null && startsWith(newParent, path)) {
            throw new org.terrain.corpus.errors.UsageException("code_move_into_itself", path, newParent);
        }
        CodePath target = newParent == null ? CodePath.of(code.name()) : newParent.child(code.name());
        if (!target.equals(path) && find(target).isPresent()) {
            throw new org.terrain.corpus.errors.UsageException("code_exists", target);
        }
        store.write(newParent == null ? OperationKind.CODE_MOVE_ROOT.with(path)
                : OperationKind.CODE_MOVE.with(path, newParent), tx -> {
            tx.update("codes", code.id(), ProjectStore.values("parent_id", parentId));
            return null;
        });
    }

    /**
     * Merges {@code source} into {@code target}, after a backup: the source's segments go to the target (a
     * segment the target already has on the same range is kept once, memos joined), its sub-codes move under
     * the target, its sets hold the target instead, and the source code is deleted. One operation, so one undo.
     */
    public int merge(CodePath source, CodePath target) {
        Code from = get(source);
        Code into = get(target);
        if (from.id() == into.id() || startsWith(target, source)) {
            throw new org.terrain.corpus.errors.UsageException("code_merge_into_itself", source, target);
        }
        store.backup(Backups.Reason.BEFORE_MERGE);
        return store.write(OperationKind.CODE_MERGE.with(source, target), tx -> {
            int moved = 0;
            for (long segment : Queries.ids(store.connection(), "SELECT id FROM segments WHERE code_id = ?", from.id())) {
                Map<String, Object> row = tx.row("segments", segment);
                // the same coder's coding of these words is a twin; another coder's is theirs, and stays
                List<Long> twin = Queries.ids(store.connection(), "SELECT id FROM segments WHERE source_id = ? "
                        + "AND code_id = ? AND start_cp = ? AND end_cp = ? AND ifnull(coder_id, 0) = ifnull(?, 0)",
                        row.get("source_id"), into.id(), row.get("start_cp"), row.get("end_cp"), row.get("coder_id"));
                if (twin.isEmpty()) {
                    tx.update("segments", segment, ProjectStore.values("code_id", into.id()));
                } else {
                    Map<String, Object> kept = tx.row("segments", twin.getFirst());
                    String memo = joinMemos((String) kept.get("memo"), (String) row.get("memo"));
                    tx.update("segments", twin.getFirst(), ProjectStore.values("memo", memo));
                    tx.delete("segments", segment);
                }
                moved++;
            }
            for (long child : Queries.ids(store.connection(), "SELECT id FROM codes WHERE parent_id = ?", from.id())) {
                tx.update("codes", child, ProjectStore.values("parent_id", into.id()));
            }
            for (long member : Queries.ids(store.connection(), "SELECT id FROM set_members WHERE code_id = ?",
                    from.id())) { // the merged code's sets now hold the code it became
                Map<String, Object> row = tx.row("set_members", member);
                boolean already = !Queries.ids(store.connection(), "SELECT id FROM set_members WHERE set_id = ? "
                        + "AND code_id = ?", row.get("set_id"), into.id()).isEmpty();
                if (already) {
                    tx.delete("set_members", member);
                } else {
                    tx.update("set_members", member, ProjectStore.values("code_id", into.id()));
                }
            }
            mergeMemo(tx, from.id(), into.id());
            tx.delete("codes", from.id());
            return moved;
        });
    }

    /** The merged code's memo joins the target's (or becomes it), in the merge's operation. */
    private void mergeMemo(Transaction tx, long from, long into) throws SQLException {
        List<Long> gone = Queries.ids(store.connection(),
                "SELECT id FROM memos WHERE target = 'code' AND target_id = ? ORDER BY id", from);
        if (gone.isEmpty()) {
            return;
        }
        List<Long> kept = Queries.ids(store.connection(),
                "SELECT id FROM memos WHERE target = 'code' AND target_id = ? ORDER BY id", into);
        if (kept.isEmpty()) {
            tx.update("memos", gone.getFirst(), ProjectStore.values("target_id", into));
        } else {
            Map<String, Object> target = tx.row("memos", kept.getFirst());
            Map<String, Object> merged = tx.row("memos", gone.getFirst());
            tx.update("memos", kept.getFirst(), ProjectStore.values("body",
                    joinMemos((String) target.get("body"), (String) merged.get("body")),
                    "modified_at", Instant.now().toString()));
        }
        MemoStore.deleteOf(tx, org.terrain.corpus.model.Memo.MemoTarget.CODE, from);
    }

    private static String joinMemos(String a, String b) {
        if (a == null || a.isBlank()) {
            return b;
        }
        if (b == null || b.isBlank() || a.equals(b)) {
            return a;
        }
        return a + "\n\n" + b;
    }

    private static boolean startsWith(CodePath path, CodePath prefix) {
        return path.names().size() >= prefix.names().size()
                && path.names().subList(0, prefix.names().size()).equals(prefix.names());
    }

    /** Deletes a code, its sub-codes, all their segments and set memberships, after a backup. */
    public void delete(CodePath path) {
        Code code = get(path);
        store.backup(Backups.Reason.BEFORE_DELETE);
        store.write(OperationKind.CODE_DELETE.with(path), tx -> {
            deleteTree(tx, code.id());
            return null;
        });
    }

    private void deleteTree(Transaction tx, long codeId) throws SQLException {
        for (long child : Queries.ids(store.connection(), "SELECT id FROM codes WHERE parent_id = ?", codeId)) {
            deleteTree(tx, child);
        }
        for (long segment : Queries.ids(store.connection(), "SELECT id FROM segments WHERE code_id = ?", codeId)) {
            tx.delete("segments", segment);
        }
        for (long member : Queries.ids(store.connection(), "SELECT id FROM set_members WHERE code_id = ?", codeId)) {
            tx.delete("set_members", member);
        }
        MemoStore.deleteOf(tx, org.terrain.corpus.model.Memo.MemoTarget.CODE, codeId);
        tx.delete("codes", codeId);
    }

    public Code get(CodePath path) {
        return find(path).orElseThrow(() -> new UnknownCodeException(path.toString()));
    }

    public Optional<Code> find(CodePath path) {
        synchronized (store) {
            Code found = null;
            for (String name : path.names()) {
                Optional<Code> next = child(found == null ? 0 : found.id(), name);
                if (next.isEmpty()) {
                    return Optional.empty();
                }
                found = next.get();
            }
            return Optional.of(found);
        }
    }

    /** Every code with its path and segment count, in tree order (parents before children, by name). */
    public List<CodeInfo> list() {
        synchronized (store) {
            Map<Long, Code> byId = new LinkedHashMap<>();
            Map<Long, Integer> counts = new HashMap<>();
            try (PreparedStatement st = store.connection().prepareStatement(
                    "SELECT c.id, c.guid, ifnull(c.parent_id, 0), c.name, c.color, c.description, "
                            + "(SELECT count(*) FROM segments s WHERE s.code_id = c.id) FROM codes c");
                 ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    Code code = new Code(rs.getLong(1), rs.getString(2), rs.getLong(3), rs.getString(4),
                            rs.getString(5), rs.getString(6));
                    byId.put(code.id(), code);
                    counts.put(code.id(), rs.getInt(7));
                }
            } catch (SQLException e) {
                throw new StoreException(e);
            }
            List<CodeInfo> out = new ArrayList<>();
            for (Code code : byId.values()) {
                out.add(new CodeInfo(code, pathOf(code, byId), counts.get(code.id())));
            }
            out.sort(Comparator.comparing(info -> info.path().names(), CodeStore::comparePaths));
            return out;
        }
    }

    static CodePath pathOf(Code code, Map<Long, Code> byId) {
        List<String> names = new ArrayList<>();
        for (Code c = code; c != null; c = c.parentId() == 0 ? null : byId.get(c.parentId())) {
            names.addFirst(c.name());
        }
        return new CodePath(names);
    }

    private static int comparePaths(List<String> a, List<String> b) {
        for (int i = 0; i < Math.min(a.size(), b.size()); i++) {
            int c = a.get(i).compareToIgnoreCase(b.get(i));
            if (c != 0) {
                return c;
            }
        }
        return Integer.compare(a.size(), b.size());
    }

    private Optional<Code> child(long parentId, String name) {
        try (PreparedStatement st = store.connection().prepareStatement(
                "SELECT id, guid, ifnull(parent_id, 0), name, color, description FROM codes "
                        + "WHERE ifnull(parent_id, 0) = ? AND name = ?")) {
            st.setLong(1, parentId);
            st.setString(2, name);
            try (ResultSet rs = st.executeQuery()) {
                return rs.next() ? Optional.of(new Code(rs.getLong(1), rs.getString(2), rs.getLong(3),
                        rs.getString(4), rs.getString(5), rs.getString(6))) : Optional.empty();
            }
        } catch (SQLException e) {
            throw new StoreException(e);
        }
    }

    private int count() throws SQLException {
        return Queries.ids(store.connection(), "SELECT count(*) FROM codes").getFirst().intValue();
    }
}
