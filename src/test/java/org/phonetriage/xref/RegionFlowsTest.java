package org.phonetriage.xref;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.sql.Connection;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.phonetriage.ingest.NetworkCaseBuilder;
import org.phonetriage.store.CaseDb;

/** Calls and messages between the regions, and Brazil's areas, that the numbers were issued in. */
class RegionFlowsTest {

    @TempDir
    Path tmp;

    @Test
    void flowsBetweenRegionsWithBrazilsAreas() throws Exception {
        NetworkCaseBuilder n = new NetworkCaseBuilder(List.of("FR", "PT", "BR"));
        n.device("A1", "android").sim("89330100000000000017", "+33610000001", "208")
                .call("0055 11 98765 0001", "incoming", "2024-03-01T11:00:00Z", 120)
                .call("+55 11 98765 0001", "outgoing", "2024-03-01T12:00:00Z", 60)
                .sms("+55 21 99300 0001", "outgoing", "2024-03-02T10:00:00Z")
                .sms("+351 910 000 001", "outgoing", "2024-03-02T11:00:00Z")
                .sms("SHOP", "incoming", "2024-03-02T12:00:00Z");
        Path caseFile = tmp.resolve("case.db");
        n.write(caseFile);
        List<XrefReport.RegionFlow> flows;
        try (Connection db = CaseDb.open(caseFile, false)) {
            flows = RegionFlows.of(CommunicationGraph.load(db));
        }
        assertEquals(List.of(
                "BR São Paulo -> FR null: 1 calls, 0 messages, 1 pairs",
                "FR null -> BR Rio de Janeiro: 0 calls, 1 messages, 1 pairs",
                "FR null -> BR São Paulo: 1 calls, 0 messages, 1 pairs",
                "FR null -> PT null: 0 calls, 1 messages, 1 pairs"),
                flows.stream().map(f -> f.from() + " " + f.fromArea() + " -> " + f.to() + " " + f.toArea() + ": "
                        + f.calls() + " calls, " + f.messages() + " messages, " + f.pairs() + " pairs").toList(),
                "a sender name is no number and has no region");
    }
}
