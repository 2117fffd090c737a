package org.phonetriage.report.caseuco;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class DistinctIrisTest {

    @Test
    void firstSeenOrderWithoutRepeatsLikeALinkedHashSetBelowAndAboveTheSwitch() {
        Random random = new Random(15);
        for (int size : new int[] {0, 1, 3, 16, 17, 40, 500}) {
            DistinctIris distinct = new DistinctIris();
            LinkedHashSet<String> expected = new LinkedHashSet<>();
            for (int i = 0; i < size * 2; i++) {
                String iri = "kb:PhoneAccount-" + random.nextInt(size + 1);
                distinct.add(iri);
                expected.add(iri);
            }
            assertEquals(new ArrayList<>(expected), distinct.toList());
            assertEquals(expected.isEmpty(), distinct.isEmpty());
        }
        DistinctIris one = new DistinctIris();
        one.add("a");
        one.add("b");
        one.add("a");
        assertEquals("a", one.first());
        List<String> copy = one.toList();
        copy.add("c");
        assertEquals(List.of("a", "b"), one.toList());
    }
}
