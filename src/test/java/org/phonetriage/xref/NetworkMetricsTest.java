package org.phonetriage.xref;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.phonetriage.ingest.NetworkCaseBuilder;
import org.phonetriage.store.CaseDb;

/**
 * The measures of small cases whose cross-device core has the shapes that broke greedy
 * modularity (issue 13): no edge among the core, separate pairs, a group beside a pair, a phone
 * calling its own number. Every measure must run, and give what the shape says.
 */
class NetworkMetricsTest {

    @TempDir
    Path tmp;

    /** Phone i of a case: label P{i}, owner +3361000000{i} from its SIM. */
    private static NetworkCaseBuilder.DeviceSpec phone(NetworkCaseBuilder b, int i) {
        return b.device("P" + i, "android").sim("893301000000000000" + i + "7", number(i), "208");
    }

    private static String number(int i) {
        return "+3361000000" + i;
    }

    private record Measured(NetworkMetrics metrics, AnalysisRunner analyses) {
    }

    private Measured measure(NetworkCaseBuilder b) throws Exception {
        Path file = tmp.resolve("case.db");
        b.write(file);
        AnalysisRunner analyses = new AnalysisRunner();
        try (Connection db = CaseDb.open(file, false)) {
            return new Measured(Network.load(db, analyses).metrics(), analyses);
        }
    }

    private static NetworkCaseBuilder builder() {
        return new NetworkCaseBuilder(List.of("FR"));
    }

    @Test
    void aGroupOfThreeBesideAPairIsOneCommunity() throws Exception {
        NetworkCaseBuilder b = builder();
        phone(b, 1).call(number(2), "outgoing", "2024-03-01T10:00:00Z", 60);
        phone(b, 2).call(number(3), "outgoing", "2024-03-01T11:00:00Z", 60);
        phone(b, 3).call(number(1), "outgoing", "2024-03-01T12:00:00Z", 60);
        phone(b, 4).call(number(5), "outgoing", "2024-03-01T13:00:00Z", 60);
        phone(b, 5);
        Measured m = measure(b);
        assertEquals(List.of(), m.analyses().failures());
        assertEquals(List.of(List.of(number(1), number(2), number(3))), m.metrics().communities());
        assertEquals(1, m.metrics().community(number(1)));
        assertEquals(0, m.metrics().community(number(4)), "a pair is no community");
        assertEquals(List.of(number(1), number(2), number(3), number(4), number(5)), List.copyOf(m.metrics().core()));
    }

    @Test
    void separatePairsGiveNoCommunityAndNoFailure() throws Exception {
        NetworkCaseBuilder b = builder();
        phone(b, 1).call(number(2), "outgoing", "2024-03-01T10:00:00Z", 60);
        phone(b, 2);
        phone(b, 3).sms(number(4), "outgoing", "2024-03-01T11:00:00Z");
        phone(b, 4);
        Measured m = measure(b);
        assertEquals(List.of(), m.analyses().failures());
        assertEquals(List.of(), m.metrics().communities());
        assertEquals(0.0, m.metrics().score("betweenness", number(1)));
        assertTrue(m.metrics().score("pagerank", number(2)) > m.metrics().score("pagerank", number(1)),
                "the one called ranks higher");
    }

    @Test
    void aCoreWithoutAnyEdgeIsMeasuredAsSuch() throws Exception {
        // the phones only keep each other in their contacts, and talk to no one they share
        NetworkCaseBuilder b = builder();
        phone(b, 1).contact("Two", number(2)).call("+33620000001", "outgoing", "2024-03-01T10:00:00Z", 5);
        phone(b, 2).contact("One", number(1)).call("+33620000002", "outgoing", "2024-03-01T10:00:00Z", 5);
        Measured m = measure(b);
        assertEquals(List.of(), m.analyses().failures());
        assertEquals(List.of(), m.metrics().communities());
        assertEquals(0.0, m.metrics().score("betweenness", number(1)));
        assertEquals(1, m.metrics().degree(number(1)), "the unshared counterpart still counts for degree");
    }

    @Test
    void aPhoneCallingItsOwnNumberMakesNoLoop() throws Exception {
        NetworkCaseBuilder b = builder();
        phone(b, 1).call(number(1), "outgoing", "2024-03-01T09:00:00Z", 10)
                .call(number(2), "outgoing", "2024-03-01T10:00:00Z", 60)
                .call(number(3), "outgoing", "2024-03-01T10:30:00Z", 60);
        phone(b, 2).call(number(3), "outgoing", "2024-03-01T11:00:00Z", 60);
        phone(b, 3);
        Measured m = measure(b);
        assertEquals(List.of(), m.analyses().failures());
        assertEquals(2, m.metrics().degree(number(1)), "its own number is not its counterpart");
        assertEquals(List.of(List.of(number(1), number(2), number(3))), m.metrics().communities());
    }

    @Test
    void aMeasureThatFailsIsLeftOutAndTheOthersStay() throws Exception {
        NetworkCaseBuilder b = builder();
        phone(b, 1).call(number(2), "outgoing", "2024-03-01T10:00:00Z", 60);
        phone(b, 2).call(number(3), "outgoing", "2024-03-01T11:00:00Z", 60);
        phone(b, 3).call(number(1), "outgoing", "2024-03-01T12:00:00Z", 60);
        Path file = tmp.resolve("case.db");
        b.write(file);
        AnalysisRunner analyses = new AnalysisRunner() {
            @Override
            protected <T> T execute(String analysis, Step<T> step) throws Exception {
                if (analysis.equals("betweenness")) {
                    throw new IllegalStateException("forced");
                }
                return super.execute(analysis, step);
            }
        };
        XrefReport xref;
        try (Connection db = CaseDb.open(file, false)) {
            Network network = Network.load(db, analyses);
            assertEquals(java.util.Set.of("betweenness"), network.metrics().missing());
            assertEquals(1, network.metrics().communities().size(), "communities still found");
            xref = new CrossReference(db).build(new XrefReport.Tool("phonetriage", "test", "-"), XrefOptions.DEFAULT,
                    network, analyses);
        }
        // the key players are ranked on the network of persons, which measures its own betweenness
        assertEquals(List.of("betweenness"), xref.failedAnalyses());
        assertEquals(3, xref.keyPlayers().size());
        assertEquals(1, xref.communities().size());
        assertEquals("IllegalStateException: forced", analyses.failures().get(0).reason());
    }
}
