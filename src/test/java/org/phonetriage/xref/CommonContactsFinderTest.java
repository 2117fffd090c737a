package org.phonetriage.xref;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

class CommonContactsFinderTest {

    @Test
    void keysComeSortedAndDistinctAsATreeSetWouldGiveThem() {
        Random random = new Random(7);
        for (int round = 0; round < 200; round++) {
            List<String> keys = new ArrayList<>();
            int n = 1 + random.nextInt(60);
            for (int i = 0; i < n; i++) {
                // few distinct values, so duplicates are common; non-ASCII too (natural order is by UTF-16 unit)
                keys.add(switch (random.nextInt(4)) {
                    case 0 -> "+3361234567" + random.nextInt(5);
                    case 1 -> "email:é" + random.nextInt(3) + "@x.fr";
                    case 2 -> "whatsapp:\uD83D\uDE00" + random.nextInt(3);
                    default -> "imei:35" + random.nextInt(4);
                });
            }
            assertEquals(List.copyOf(new TreeSet<>(keys)), CommonContactsFinder.sortedDistinct(keys), keys.toString());
        }
    }
}
