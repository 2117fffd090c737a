package org.phonetriage.report.caseuco;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

class RunResultsTest {

    @Test
    void eachRunsIrisInTheOrderAddedAcrossChunksThenGone() throws IOException {
        RunResults results = new RunResults();
        Map<Long, List<NodeIri>> expected = new TreeMap<>();
        Random random = new Random(15);
        UcoTerm[] types = {UcoTerm.CONTACT, UcoTerm.CALL, UcoTerm.SMS_MESSAGE, UcoTerm.MESSAGE, UcoTerm.IS_READ};
        long run = 1;
        for (int i = 0; i < 40_000; i++) {
            if (random.nextInt(100) == 0) {
                run = 1 + random.nextInt(5); // runs interleave, in stretches
            }
            NodeIri iri = new NodeIri(types[random.nextInt(types.length)], random.nextLong(), random.nextLong());
            results.add(run, iri);
            expected.computeIfAbsent(run, r -> new ArrayList<>()).add(iri);
        }
        for (long r = 0; r <= 6; r++) {
            List<NodeIri> got = new ArrayList<>();
            results.forEach(r, got::add);
            assertEquals(expected.getOrDefault(r, List.of()), got, "run " + r);
            List<NodeIri> again = new ArrayList<>();
            results.forEach(r, again::add);
            assertEquals(List.of(), again);
        }
    }
}
