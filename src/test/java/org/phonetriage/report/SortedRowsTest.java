package org.phonetriage.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * SortedRows gives what a stable sort by key gives — rows of equal key in the order they were
 * added, their bytes and cuts intact — whether the rows fit one run in memory or are spilled to
 * many files and merged; and it leaves no file behind.
 */
class SortedRowsTest {

    @TempDir
    Path tmp;

    private record Row(long key, long tag, String text, int cut1, int cut2) {
    }

    @Test
    void isAStableSortInOneRunAndInManySpilledRuns() throws Exception {
        Random random = new Random(15);
        List<Row> rows = new ArrayList<>();
        for (int i = 0; i < 5_000; i++) {
            String text = "row " + i + " " + "x".repeat(random.nextInt(40));
            int cut1 = random.nextInt(text.length() + 1);
            rows.add(new Row(random.nextInt(300), i, text, cut1, cut1 + random.nextInt(text.length() - cut1 + 1)));
        }
        List<Row> expected = rows.stream().sorted(Comparator.comparingLong(Row::key)).toList(); // stable
        for (int runBytes : List.of(1 << 20, 20_000, 4_000)) {
            assertEquals(expected, sorted(rows, runBytes), "runs of " + runBytes + " bytes");
        }
        try (Stream<Path> left = Files.list(tmp)) {
            assertFalse(left.findAny().isPresent(), "spilled runs deleted");
        }
    }

    private List<Row> sorted(List<Row> rows, int runBytes) throws Exception {
        List<Row> out = new ArrayList<>();
        try (SortedRows sorted = new SortedRows(300, runBytes, tmp, ".test.sort-")) {
            for (Row r : rows) {
                byte[] b = ("<" + r.text() + ">").getBytes(StandardCharsets.UTF_8);
                sorted.add(r.key(), r.tag(), b, 1, r.cut1(), r.cut2(), b.length - 2);
            }
            SortedRows.Cursor c = sorted.sorted();
            while (c.next()) {
                String text = new String(c.bytes(), c.start(), c.end() - c.start(), StandardCharsets.UTF_8);
                out.add(new Row(c.key(), c.tag(), text, c.cut1() - c.start(), c.cut2() - c.start()));
            }
        }
        return out;
    }
}
