package org.phonetriage.recovery;

import java.io.IOException;
import java.nio.charset.Charset;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Deque;
import java.util.List;
import java.util.function.LongPredicate;

/**
 * What the database in use consists of, read from its pages: the schema, every page each table
 * and index b-tree holds, the overflow pages of live records, the freelist and, in an auto-vacuum
 * database, the pointer-map pages. Everything else in the file is where deleted records lie.
 */
final class LiveTree {

    static final byte UNUSED = 0;
    static final byte TABLE = 1;
    static final byte INDEX = 2;
    static final byte OVERFLOW = 3;
    static final byte FREE_TRUNK = 4;
    static final byte FREE_LEAF = 5;
    static final byte POINTER_MAP = 6;

    final DatabaseImage image;
    final byte[] use;
    final TableLayout[] owner;
    final List<TableLayout> tables = new ArrayList<>();
    private final List<Long> indexRoots = new ArrayList<>();
    /** Freelist trunk pages and how many leaf numbers each lists. */
    final java.util.Map<Long, Long> trunks = new java.util.HashMap<>();

    private LiveTree(DatabaseImage image) {
        this.image = image;
        int pages = (int) Math.min(image.pageCount(), Integer.MAX_VALUE - 8);
        this.use = new byte[pages + 1];
        this.owner = new TableLayout[pages + 1];
    }

    static LiveTree read(DatabaseImage image) throws IOException {
        return schema(image).walk();
    }

    /** The schema alone (sqlite_master): enough to know whether a database is worth walking. */
    static LiveTree schema(DatabaseImage image) throws IOException {
        LiveTree t = new LiveTree(image);
        t.readSchema();
        return t;
    }

    /** Walks every b-tree, the freelist and the pointer maps. */
    LiveTree walk() throws IOException {
        for (TableLayout table : tables) {
            walkTable(table);
        }
        for (long root : indexRoots) {
            walkIndex(root);
        }
        walkFreelist();
        markPointerMaps();
        return this;
    }

    Charset encoding() {
        return image.header().encoding();
    }

    int usable() {
        return image.header().usable();
    }

    boolean inRange(long page) {
        return page >= 1 && page < use.length;
    }

    /** sqlite_master: a table b-tree rooted at page 1 of (type, name, tbl_name, rootpage, sql). */
    private void readSchema() throws IOException {
        List<CreateTableParser.UniqueIndex> unique = new ArrayList<>();
        TableLayout master = new TableLayout("sqlite_master", 1, List.of(), -1);
        forEachCell(1, master, (rowid, payload) -> {
            Object[] v = Records.values(payload, encoding(), 5);
            if (v == null || v.length < 5 || !(v[3] instanceof Long root)) {
                return;
            }
            if ("table".equals(v[0]) && v[1] instanceof String name && !name.startsWith("sqlite_")) {
                TableLayout layout = CreateTableParser.parse(name, root, v[4] instanceof String s ? s : null);
                if (layout != null && inRange(root)) {
                    tables.add(layout);
                }
            } else if ("index".equals(v[0]) || "table".equals(v[0])) {
                indexRoots.add(root); // sqlite_ tables and indexes: pages in use, never carved
                CreateTableParser.UniqueIndex u = CreateTableParser.uniqueIndex(v[4] instanceof String s ? s : null);
                if (u != null) {
                    unique.add(u);
                }
            }
        });
        for (CreateTableParser.UniqueIndex u : unique) {
            TableLayout t = table(u.table());
            if (t != null) {
                t.addUniqueKey(u.columns());
            }
        }
    }

    /** One live cell of a table b-tree: its rowid and whole payload. */
    interface CellVisitor {
        void cell(long rowid, byte[] payload) throws IOException;
    }

    private void walkTable(TableLayout table) throws IOException {
        forEachCell(table.rootPage, table, (rowid, payload) -> {
            long[] types = Records.header(payload, 0, payload.length, table.width() + 1);
            if (types != null) {
                table.observe(types);
            }
        });
    }

    /** Visits every live cell of the table b-tree at {@code root}, marking its pages as {@code table}'s. */
    void forEachCell(long root, TableLayout table, CellVisitor visitor) throws IOException {
        Deque<Long> todo = new ArrayDeque<>();
        todo.push(root);
        while (!todo.isEmpty()) {
            long n = todo.pop();
            if (!inRange(n) || use[(int) n] != UNUSED) {
                continue; // each page once: a loop or a page shared by two trees is damage
            }
            use[(int) n] = TABLE;
            owner[(int) n] = table;
            visitPage(n, todo, visitor, this::markOverflow);
        }
    }

    /** Visits the live cells of a table again (its pages are known from the first walk). */
    void forEachLiveCell(TableLayout table, CellVisitor visitor) throws IOException {
        Deque<Long> todo = new ArrayDeque<>();
        todo.push(table.rootPage);
        BitSet seen = new BitSet();
        while (!todo.isEmpty()) {
            long n = todo.pop();
            if (!inRange(n) || owner[(int) n] != table || seen.get((int) n)) {
                continue;
            }
            seen.set((int) n);
            visitPage(n, todo, visitor, p -> true);
        }
    }

    /**
     * One page of a table b-tree: an interior page's children go on {@code todo}, a leaf's cells to
     * {@code visitor}; {@code overflowOk} vets each overflow page a payload continues on.
     */
    private void visitPage(long n, Deque<Long> todo, CellVisitor visitor, LongPredicate overflowOk)
            throws IOException {
        BTreePage page = new BTreePage(image.page(n), n, usable());
        if (page.isTableInterior()) {
            for (int at : page.cellOffsets()) {
                if (at + 4 <= page.usable) {
                    todo.push(DbHeader.u32(page.bytes, at));
                }
            }
            todo.push(page.rightChild());
        } else if (page.isTableLeaf()) {
            for (int at : page.cellOffsets()) {
                long payload = Varint.read(page.bytes, at, page.usable);
                int pl = Varint.length(page.bytes, at, page.usable);
                long rowid = Varint.read(page.bytes, at + pl, page.usable);
                int rl = Varint.length(page.bytes, at + pl, page.usable);
                if (pl == 0 || rl == 0) {
                    continue;
                }
                byte[] bytes = Payloads.read(image, page.bytes, at + pl + rl, payload, page.usable, overflowOk);
                if (bytes != null) {
                    visitor.cell(rowid, bytes);
                }
            }
        }
    }

    private boolean markOverflow(long page) {
        if (!inRange(page)) {
            return false;
        }
        if (use[(int) page] == UNUSED) {
            use[(int) page] = OVERFLOW;
        }
        return true;
    }

    private void walkIndex(long root) throws IOException {
        Deque<Long> todo = new ArrayDeque<>();
        todo.push(root);
        while (!todo.isEmpty()) {
            long n = todo.pop();
            if (!inRange(n) || use[(int) n] != UNUSED) {
                continue;
            }
            BTreePage page = new BTreePage(image.page(n), n, usable());
            use[(int) n] = INDEX;
            if (page.type() == BTreePage.INDEX_INTERIOR || page.isTableInterior()) {
                for (int at : page.cellOffsets()) {
                    if (at + 4 <= page.usable) {
                        todo.push(DbHeader.u32(page.bytes, at));
                    }
                }
                todo.push(page.rightChild());
            }
        }
    }

    private void walkFreelist() throws IOException {
        long trunk = image.header().freelistTrunk();
        int maxLeaves = (usable() - 8) / 4;
        while (inRange(trunk) && use[(int) trunk] == UNUSED) {
            byte[] p = image.page(trunk);
            use[(int) trunk] = FREE_TRUNK;
            long count = Math.min(DbHeader.u32(p, 4), maxLeaves);
            trunks.put(trunk, count);
            for (int i = 0; i < count; i++) {
                long leaf = DbHeader.u32(p, 8 + 4 * i);
                if (inRange(leaf) && use[(int) leaf] == UNUSED) {
                    use[(int) leaf] = FREE_LEAF;
                }
            }
            trunk = DbHeader.u32(p, 0);
        }
    }

    /** Pointer-map pages of an auto-vacuum database: page 2, then one every usable/5 + 1 pages. */
    private void markPointerMaps() {
        if (!image.header().autoVacuum()) {
            return;
        }
        int step = usable() / 5 + 1;
        for (long p = 2; p < use.length; p += step) {
            if (use[(int) p] == UNUSED) {
                use[(int) p] = POINTER_MAP;
            }
        }
    }

    /** The table with this name, or null. */
    TableLayout table(String name) {
        return tables.stream().filter(t -> t.name.equalsIgnoreCase(name)).findFirst().orElse(null);
    }
}
