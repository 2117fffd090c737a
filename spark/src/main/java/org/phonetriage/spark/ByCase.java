package org.phonetriage.spark;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.storage.StorageLevel;

/**
 * Rows of every case, handed to the driver one case at a time, in the cases' order: the driver
 * holds one case's rows and one partition, never the whole result (100 generated cases' hits in
 * other cases ran the driver out of a 4 GB heap when they were folded all at once). The rows are
 * sorted by their first column, the case, over as many partitions as keep each small, and kept
 * on disk, so that the stage that made them is timed apart from their reading.
 */
final class ByCase {

    /**
     * Rows per partition aimed at: the driver fetches one partition at a time (a case's rows stay
     * in one partition, however many they are).
     */
    private static final long ROWS_PER_PARTITION = 200_000;

    private final Dataset<Row> sorted;
    private final Iterator<Row> rows;
    private Row next;

    private ByCase(Dataset<Row> sorted) {
        this.sorted = sorted;
        this.rows = sorted.toLocalIterator();
        this.next = rows.hasNext() ? rows.next() : null;
    }

    /** Computes {@code rows} (first column: the case), sorted by case and kept on disk. */
    static ByCase of(Dataset<Row> rows) {
        Dataset<Row> kept = rows.persist(StorageLevel.DISK_ONLY());
        long count = kept.count();
        int partitions = (int) Math.max(1, Math.min(10_000, count / ROWS_PER_PARTITION + 1));
        String first = rows.columns()[0];
        Dataset<Row> sorted = kept.repartitionByRange(partitions, kept.col(first)).sortWithinPartitions(first)
                .persist(StorageLevel.DISK_ONLY());
        sorted.count();
        kept.unpersist();
        return new ByCase(sorted);
    }

    /**
     * The rows of case {@code name}. The cases must be asked for in Spark's order of their names
     * (the order the rows are sorted in); a case with no rows gets an empty list.
     */
    List<Row> take(String name) {
        List<Row> out = new ArrayList<>();
        while (next != null && next.getString(0).equals(name)) {
            out.add(next);
            next = rows.hasNext() ? rows.next() : null;
        }
        return out;
    }

    /** Releases the kept rows; throws if rows are left (a case asked for out of order lost them). */
    void finish() {
        sorted.unpersist();
        if (next != null) {
            throw new IllegalStateException("rows of case " + next.getString(0) + " were not read: cases out of order");
        }
    }
}
