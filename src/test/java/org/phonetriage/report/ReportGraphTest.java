package org.phonetriage.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.phonetriage.ingest.NetworkCaseBuilder;
import org.phonetriage.ingest.NetworkCaseBuilder.DeviceSpec;
import org.phonetriage.store.CaseDb;
import org.phonetriage.xref.CrossReference;
import org.phonetriage.xref.Network;
import org.phonetriage.xref.XrefOptions;
import org.phonetriage.xref.XrefReport;

/**
 * Two phones P1 and P2 that call each other; P1 writes to 30 numbers of its own (number k gets
 * k + 1 messages), three of which P2 writes to as well.
 */
class ReportGraphTest {

    static final String P1 = "+33610000001";
    static final String P2 = "+33610000002";

    @TempDir
    static Path tmp;
    static Network loaded;
    static XrefReport xref;

    @BeforeAll
    static void build() throws Exception {
        NetworkCaseBuilder network = new NetworkCaseBuilder(List.of("FR"));
        DeviceSpec p1 = network.device("P1", "android").sim("89330100000000000017", P1, "208")
                .call("06 10 00 00 02", "outgoing", "2024-03-01T10:00:00Z", 60);
        network.device("P2", "android").sim("89330100000000000025", P2, "208")
                .call("+33 6 10 00 00 01", "incoming", "2024-03-01T10:00:02Z", 60) // the same call
                .call("+33 6 10 00 00 01", "outgoing", "2024-03-02T10:00:00Z", 30)
                .sms("06 20 00 00 10", "outgoing", "2024-03-03T10:00:00Z")
                .sms("06 20 00 00 11", "outgoing", "2024-03-03T10:00:00Z")
                .sms("06 20 00 00 12", "outgoing", "2024-03-03T10:00:00Z");
        for (int k = 0; k < 30; k++) {
            for (int i = 0; i <= k; i++) {
                p1.sms(String.format("06 20 00 00 %02d", 10 + k), "outgoing",
                        String.format("2024-04-%02dT10:%02d:00Z", 1 + k % 28, i));
            }
        }
        Path caseFile = tmp.resolve("case.db");
        network.write(caseFile);
        try (Connection db = CaseDb.open(caseFile, false)) {
            loaded = Network.load(db);
            xref = new CrossReference(db).build(new XrefReport.Tool("phonetriage", "test", "-"), XrefOptions.DEFAULT,
                    loaded);
        }
    }

    private static ReportGraph graph(int maxIdentifiers) {
        return ReportGraph.of(loaded.graph(), loaded.metrics(), xref, maxIdentifiers);
    }

    private static Set<String> ids(ReportGraph g) {
        return g.nodes().stream().map(ReportGraph.Node::id).collect(Collectors.toSet());
    }

    @Test
    void aSmallNetworkIsDrawnWhole() {
        ReportGraph g = graph(ReportGraph.MAX_IDENTIFIERS);
        assertFalse(g.limited());
        assertEquals(2 + 2 + 30, g.identifierCount(), "two numbers, two ICCIDs, 30 counterparts");
        assertEquals(1 + 30 + 3, g.communicationLinkCount());
        ReportGraph.Link calls = g.links().stream().filter(l -> l.source().equals(P1) && l.target().equals(P2))
                .findFirst().orElseThrow();
        assertEquals(List.of(1L, 1L), List.of(calls.calls(), calls.callsBack()), "both directions, logged twice once");
        assertEquals(List.of("P1", "P2"), calls.devices());
    }

    @Test
    void devicesAreNodesJoinedToTheirOwnerOnePersonWithAllHisIdentifiers() {
        ReportGraph g = graph(ReportGraph.MAX_IDENTIFIERS);
        ReportGraph.Node device = g.nodes().get(0);
        assertEquals("device:P1", device.id());
        assertTrue(device.device() && device.seized());
        Set<String> owned = g.links().stream().filter(l -> l.owner() && l.source().equals("device:P1"))
                .map(ReportGraph.Link::target).collect(Collectors.toSet());
        assertEquals(Set.of(P1), owned, "one owner link, to the person");
        ReportGraph.Node owner = g.nodes().stream().filter(n -> n.id().equals(P1)).findFirst().orElseThrow();
        assertEquals(List.of(P1, "iccid:89330100000000000017"), owner.keys());
        assertTrue(owner.person().startsWith("P-"), owner.person());
        assertEquals(List.of("P1"), owner.ownerOf());
        assertFalse(ids(g).contains("iccid:89330100000000000017"), "the SIM is drawn in its owner's node");
    }

    @Test
    void eachDeviceListsItsOwnersMostFrequentCounterparts() {
        Map<String, List<DeviceCounterparts.Counterpart>> top = DeviceCounterparts.of(loaded.graph(), 5);
        assertEquals(List.of("+33620000039", "+33620000038", "+33620000037", "+33620000036", "+33620000035"),
                top.get("P1").stream().map(DeviceCounterparts.Counterpart::key).toList(), "30, 29 … messages");
        assertEquals(30, top.get("P1").get(0).messages());
        DeviceCounterparts.Counterpart first = top.get("P2").get(0);
        assertEquals(List.of(P1, 2L, 0L), List.of(first.key(), first.calls(), first.messages()),
                "two calls with P1's owner, the first logged on both phones");
        assertEquals(4, top.get("P2").size(), "P1 and the three numbers P2 wrote to");
    }

    @Test
    void aLargeNetworkKeepsTheOwnersTheCoreAndTheMostActive() {
        ReportGraph g = graph(6);
        assertTrue(g.limited());
        assertEquals(34, g.totalIdentifiers());
        assertEquals(1 + 30 + 3, g.totalLinks());
        assertEquals(6, g.nodeCount(), "the limit counts drawn nodes");
        assertEquals(8, g.identifierCount(), "the owners' ICCIDs are in their nodes");
        assertEquals(Set.of("device:P1", "device:P2", P1, P2, "+33620000010", "+33620000011", "+33620000012",
                "+33620000039"), ids(g), "owners, the three numbers both phones wrote to, then the one with 30 messages");
        Set<String> kept = ids(g);
        g.links().forEach(l -> assertTrue(kept.contains(l.source()) && kept.contains(l.target()), l.toString()));
    }

    @Test
    void theOwnersAreKeptEvenBeyondTheLimit() {
        ReportGraph g = graph(1);
        assertEquals(Set.of("device:P1", "device:P2", P1, P2), ids(g));
    }
}
