package org.phonetriage.xref;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Random;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/** The values come out as a TreeSet of the same values gives them, however many, as a list and as a set. */
class SortedStringsTest {

    @Test
    void sortedAsATreeSetWhetherOneFewOrMany() {
        Random random = new Random(15);
        String[] pool = {"", "a", "B", "b", "call", "sms", "\u00e9", "\uD83D\uDE00", "\uFF21", "z", "zz", "A b"};
        for (int round = 0; round < 2000; round++) {
            int distinct = 1 + random.nextInt(round % 3 == 0 ? 60 : 6);
            SortedStrings values = new SortedStrings();
            TreeSet<String> expected = new TreeSet<>();
            for (int i = 0, adds = random.nextInt(3 * distinct + 1); i < adds; i++) {
                int pick = random.nextInt(distinct);
                String value = pick < pool.length ? pool[pick] : pool[pick % pool.length] + pick;
                assertEquals(expected.add(value), values.add(value), value);
                if (random.nextInt(8) == 0) {
                    assertEquals(List.copyOf(expected), values.sorted());
                }
            }
            assertEquals(List.copyOf(expected), values.sorted());
            assertEquals(List.copyOf(expected), List.copyOf(values), "iterated in order");
            assertEquals(expected.size(), values.size());
            assertEquals(expected, values);
            for (String probe : pool) {
                assertEquals(expected.contains(probe), values.contains(probe), probe);
            }
        }
    }
}
