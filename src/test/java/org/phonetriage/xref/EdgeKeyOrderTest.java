package org.phonetriage.xref;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Random;
import org.junit.jupiter.api.Test;

/** Edges sort as their keys {@code source + "\0" + target} sorted as strings, prefixes and NULs included. */
class EdgeKeyOrderTest {

    @Test
    void edgesCompareAsTheirJoinedKeys() {
        Random random = new Random(28);
        String[] parts = {"", "+33", "+336", "+3361", "a", "a\u0000", "a\u0000b", "\u0000", "b", "\u00e9", "\uD83D\uDE00",
            "device:D01", "device:D0"};
        for (int round = 0; round < 20_000; round++) {
            CommunicationGraph.Edge a = edge(random, parts);
            CommunicationGraph.Edge b = edge(random, parts);
            int expected = Integer.signum((a.source + "\u0000" + a.target).compareTo(b.source + "\u0000" + b.target));
            assertEquals(expected, Integer.signum(CommunicationGraph.compareKeys(a, b)),
                    (a.source + "|" + a.target + " vs " + b.source + "|" + b.target).replace("\u0000", "\\0"));
        }
    }

    private static CommunicationGraph.Edge edge(Random random, String[] parts) {
        return new CommunicationGraph.Edge(parts[random.nextInt(parts.length)] + parts[random.nextInt(parts.length)],
                parts[random.nextInt(parts.length)] + parts[random.nextInt(parts.length)]);
    }
}
