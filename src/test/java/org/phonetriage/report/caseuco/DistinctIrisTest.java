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
            LinkedHashSet<NodeIri> expected = new LinkedHashSet<>();
            for (int i = 0; i < size * 2; i++) {
                NodeIri iri = party(random.nextInt(size + 1));
                distinct.add(iri);
                expected.add(iri);
            }
            assertEquals(new ArrayList<>(expected), distinct.toList());
            assertEquals(expected.isEmpty(), distinct.isEmpty());
        }
        DistinctIris one = new DistinctIris();
        one.add(party(1));
        one.add(party(2));
        one.add(party(1));
        assertEquals(party(1), one.first());
        List<NodeIri> copy = one.toList();
        copy.add(party(3));
        assertEquals(List.of(party(1), party(2)), one.toList());
    }

    private static NodeIri party(int n) {
        return new NodeIri(UcoTerm.PHONE_ACCOUNT, n, -n);
    }
}
