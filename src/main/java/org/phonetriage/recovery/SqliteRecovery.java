package org.phonetriage.recovery;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.phonetriage.recovery.RecordCarver.Carved;

/**
 * Recovers deleted and superseded records of a database from its bytes: the freeblocks and
 * unallocated space of the tables' live pages, free and unreferenced pages, the pages the WAL
 * superseded (older main-file pages, earlier and uncommitted frames, frames of an earlier
 * checkpoint) and a rollback journal. Reads the file, its {@code -wal} and {@code -journal} and
 * never opens them through SQLite, which would checkpoint the WAL away.
 */
public final class SqliteRecovery {

    private SqliteRecovery() {
    }

    /** What recovery found: per table asked for, the rows (tables with none are left out). */
    public record Scan(Map<String, RecoveredTable> tables, Map<String, TableShape> shapes) {

        public static final Scan NONE = new Scan(Map.of(), Map.of());

        public long rows() {
            return tables.values().stream().mapToLong(t -> t.rows().size()).sum();
        }
    }

    /** The columns of a table as its CREATE TABLE gives them: what fingerprints are matched against. */
    public record TableShape(String name, List<String> columns) {
    }

    /** The tables and columns of a database, read from its pages (the WAL's last commit included). */
    public static Map<String, TableShape> schema(Path db) throws IOException, NotReadable {
        try (DatabaseImage image = open(db)) {
            return shapes(LiveTree.schema(image));
        }
    }

    /**
     * Recovers the rows of the named tables (lower case). Fails with {@link NotReadable} when the
     * file is no SQLite database this reader can read.
     */
    public static Scan scan(Path db, Set<String> tables) throws IOException, NotReadable {
        return scan(db, shapes -> tables);
    }

    /**
     * Recovers the rows of the tables {@code choose} names (lower case) once it has seen the schema
     * read from the pages (the tables the parsers of this database read).
     */
    public static Scan scan(Path db, java.util.function.Function<Map<String, TableShape>, Set<String>> choose)
            throws IOException, NotReadable {
        try (DatabaseImage image = open(db)) {
            LiveTree live = LiveTree.schema(image);
            Set<String> tables = choose.apply(shapes(live));
            List<TableLayout> wanted = live.tables.stream()
                    .filter(t -> tables.contains(t.name.toLowerCase(Locale.ROOT))).toList();
            if (wanted.isEmpty()) {
                return new Scan(Map.of(), shapes(live)); // no table a record parser reads: nothing to walk
            }
            live.walk();
            Kept found = new Kept(live, wanted);
            try {
                carve(live, image, db, Set.copyOf(wanted), found);
            } catch (java.io.UncheckedIOException e) {
                throw e.getCause(); // a table's live rows could not be read
            }
            Map<String, RecoveredTable> out = new LinkedHashMap<>();
            for (TableLayout t : wanted) {
                List<Carved> mine = found.stream().filter(c -> c.table() == t).toList();
                List<RecoveredRow> rows = mine.isEmpty() ? List.of() : keep(found.liveRows(t), mine);
                if (!rows.isEmpty()) {
                    out.put(t.name, new RecoveredTable(t.name, t.columns.stream().map(TableLayout.Column::name).toList(),
                            t.columns.stream().map(TableLayout.Column::type).toList(), t.rowidAlias, rows));
                }
            }
            return new Scan(out, shapes(live));
        }
    }

    private static DatabaseImage open(Path db) throws IOException, NotReadable {
        try {
            return DatabaseImage.open(db);
        } catch (DbHeader.NotSqlite e) {
            throw new NotReadable(e.getMessage());
        }
    }

    private static Map<String, TableShape> shapes(LiveTree live) {
        Map<String, TableShape> shapes = new LinkedHashMap<>();
        for (TableLayout t : live.tables) {
            shapes.put(t.name, new TableShape(t.name, t.columns.stream().map(TableLayout.Column::name).toList()));
        }
        return shapes;
    }

    /**
     * The carved records worth keeping, judged as they come: of a table asked for and no copy of a live
     * row (an older page image holds mostly rows that are still live; a large WAL holds a million).
     * A table's live rows are hashed when its first record is carved: a database with nothing left
     * in its free space (most of a phone's small ones) costs the walk alone.
     */
    private static final class Kept extends ArrayList<Carved> {

        private final LiveTree tree;
        private final List<TableLayout> wanted;
        private final Map<TableLayout, LiveRows> live = new java.util.HashMap<>();

        Kept(LiveTree tree, List<TableLayout> wanted) {
            this.tree = tree;
            this.wanted = wanted;
        }

        /** The live rows of a table asked for, hashed on first use. */
        LiveRows liveRows(TableLayout table) throws IOException {
            LiveRows rows = live.get(table);
            if (rows == null) {
                rows = LiveRows.of(tree, table);
                live.put(table, rows);
            }
            return rows;
        }

        @Override
        public boolean add(Carved c) {
            if (!wanted.contains(c.table())) {
                return false;
            }
            try {
                return !liveRows(c.table()).isLive(c.values(), c.partial()) && super.add(c);
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }
    }

    private static void carve(LiveTree live, DatabaseImage image, Path db, Set<TableLayout> wanted,
                              List<Carved> found) throws IOException {
        RecordCarver carver = new RecordCarver(live);
        List<TableLayout> all = live.tables; // a page of unknown owner: a record must fit one table only
        int usable = image.header().usable();
        for (long n = 2; n < live.use.length; n++) {
            byte use = live.use[(int) n];
            TableLayout owner = live.owner[(int) n];
            if (use == LiveTree.TABLE && owner != null && wanted.contains(owner)) {
                BTreePage page = new BTreePage(image.page(n), n, usable);
                carver.freeSpace(page, List.of(owner), "table " + owner.name, found);
            } else if (use == LiveTree.FREE_TRUNK) {
                long count = live.trunks.getOrDefault(n, 0L);
                carver.region(image.page(n), n, (int) (8 + 4 * count), usable, all, "freelist trunk", found);
            } else if (use == LiveTree.FREE_LEAF || use == LiveTree.UNUSED) {
                String what = use == LiveTree.FREE_LEAF ? "freelist" : "unreferenced";
                byte[] bytes = image.page(n);
                BTreePage page = new BTreePage(bytes, n, usable);
                if (page.type() == BTreePage.INDEX_LEAF || page.type() == BTreePage.INDEX_INTERIOR) {
                    continue; // a freed index page: its entries are (key columns, rowid), no table's records
                }
                if (page.isTableLeaf()) {
                    carver.pageImage(bytes, n, all, what, found);
                } else {
                    carver.region(bytes, n, 0, usable, all, what, found);
                }
            }
        }
        WalFile wal = image.wal();
        if (wal != null) {
            for (WalFile.Frame f : wal.frames()) {
                if (f.page() >= 1 && wal.current(f.page()) != f) {
                    carver.pageImage(wal.page(f), f.page(), all, "WAL frame " + f.number(), found);
                }
            }
            long mainPages = image.mainPageCount();
            for (long n = 1; n <= mainPages; n++) {
                if (wal.current(n) != null) {
                    carver.pageImage(image.mainPage(n), n, all, "main file before the WAL", found);
                }
            }
        }
        for (JournalFile.PageImage p : JournalFile.read(db.resolveSibling(db.getFileName() + "-journal"),
                image.header().pageSize(), image.pageCount())) {
            carver.pageImage(p.bytes(), p.page(), all, "rollback journal", found);
        }
    }

    /**
     * The carved records that are no live row, each once: whole records before partial ones, the
     * most certain reading of a record that was found in several places.
     */
    private static List<RecoveredRow> keep(LiveRows live, List<Carved> carved) throws IOException {
        List<Carved> ordered = new ArrayList<>(carved);
        ordered.sort((a, b) -> {
            int c = Boolean.compare(a.partial(), b.partial());
            if (c != 0) {
                return c;
            }
            c = Boolean.compare(b.rowid() != null, a.rowid() != null);
            return c != 0 ? c : Double.compare(b.confidence(), a.confidence());
        });
        Set<Long> seenFull = new HashSet<>();
        Set<Long> seenWithoutRowid = new HashSet<>();
        Set<Long> seenWithoutFirst = new HashSet<>();
        List<RecoveredRow> rows = new ArrayList<>();
        for (Carved c : ordered) {
            TableLayout t = c.table();
            LiveRows.Match m = live.match(c.values(), c.rowid(), c.partial());
            if (m.kind() == LiveRows.Kind.LIVE) {
                continue;
            }
            long withoutFirst = LiveRows.hash(c.values(), t.rowidAlias, 0);
            if (c.partial()) {
                if (!seenWithoutFirst.add(withoutFirst)) {
                    continue;
                }
            } else {
                long withoutRowid = LiveRows.hash(c.values(), t.rowidAlias, -1);
                long full = LiveRows.hash(c.values(), -1, -1) * 31 + (c.rowid() == null ? 0 : c.rowid());
                if (!seenFull.add(full) || c.rowid() == null && seenWithoutRowid.contains(withoutRowid)) {
                    continue;
                }
                seenWithoutRowid.add(withoutRowid);
                seenWithoutFirst.add(withoutFirst);
            }
            boolean historic = m.kind() == LiveRows.Kind.EARLIER_VERSION;
            String where = c.where() + " offset " + c.offset()
                    + (historic ? " (an earlier version of live row " + m.liveRowid() + ")" : "");
            rows.add(new RecoveredRow(Arrays.copyOf(c.values(), c.values().length),
                    historic ? m.liveRowid() : c.rowid(), where,
                    c.confidence(), historic));
        }
        return rows;
    }

    /** A file this reader cannot read as a SQLite database. */
    public static final class NotReadable extends Exception {
        public NotReadable(String reason) {
            super(reason);
        }
    }
}
