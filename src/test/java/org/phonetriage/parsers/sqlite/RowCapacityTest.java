package org.phonetriage.parsers.sqlite;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RowCapacityTest {

    /**
     * A row's map made at its final size holds its fields in the order a map grown to it would:
     * for every column count, with column names as definitions write them (fails if the size
     * given differs from the grown one, which reorders the fields).
     */
    @Test
    void sameOrderAsAMapGrownFieldByField() {
        for (int n = 0; n <= 200; n++) {
            Map<String, Object> grown = new HashMap<>();
            Map<String, Object> sized = new HashMap<>(SqliteDefinitionRunner.rowCapacity(n));
            List<String> names = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                names.add(i % 3 == 0 ? "party_" + i : i % 3 == 1 ? "c" + i : "time_sent" + i);
            }
            for (String name : names) {
                grown.put(name, name);
                sized.put(name, name);
            }
            assertEquals(new ArrayList<>(grown.keySet()), new ArrayList<>(sized.keySet()), n + " fields");
        }
    }
}
