package org.phonetriage.xref;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.phonetriage.cli.BadInputTest;
import org.phonetriage.ingest.NetworkCaseBuilder;
import org.phonetriage.ingest.NetworkCaseBuilder.DeviceSpec;
import org.phonetriage.report.CaseState;
import org.phonetriage.report.XrefJsonWriter;
import org.phonetriage.store.CaseDb;
import org.phonetriage.xref.XrefReport.DeviceLink;
import org.phonetriage.xref.XrefReport.KeyPlayer;

/**
 * A network of known structure: two groups (Paris: A1, A2; Lisbon: B1, B2) joined only by one
 * broker (K, a Madrid phone); an unseized boss H in touch with the Paris side and the broker; a
 * SIM card seized apart from its phone B2; a person (Maria) whose French and Brazilian numbers are
 * on one card on two phones; every number written differently on each phone.
 */
class NetworkAnalysisTest {

    static final String A1 = "+33610000001";
    static final String A2 = "+33610000002";
    static final String B1 = "+351910000001";
    static final String B2 = "+351910000002";
    static final String K = "+34600000001";
    static final String H = "+5511987650001";
    static final String X1 = "+33620000009";
    static final String Y1 = "+351920000009";

    @TempDir
    static Path tmp;
    static NetworkCaseBuilder network;
    static XrefReport xref;

    @BeforeAll
    static void build() throws Exception {
        network = new NetworkCaseBuilder(List.of("FR", "ES", "PT", "BR"));
        network.device("A1", "android").sim("89330100000000000017", A1, "208")
                .call("06 10 00 00 02", "outgoing", "2024-03-01T10:00:00Z", 60)
                .call("0055 11 98765 0001", "incoming", "2024-03-01T11:00:00Z", 120)
                .call("+34 600 00 00 01", "outgoing", "2024-03-02T09:00:00Z", 30)
                .sms("06 20 00 00 09", "outgoing", "2024-03-02T10:00:00Z")
                .contact("A2", "06 10 00 00 02").contact("Tio", "0055 11 98765 0001")
                .contact("Maria", "06 30 00 00 01", "+55 21 99300 0001");
        network.device("A2", "android").sim("89330100000000000025", A2, "208")
                .call("+33 6 10 00 00 01", "incoming", "2024-03-01T10:00:02Z", 60)
                .sms("+55 11 98765-0001", "incoming", "2024-03-01T12:00:00Z")
                .sms("0620000009", "incoming", "2024-03-03T10:00:00Z")
                .contact("Chefe", "5511987650001@s.whatsapp.net");
        network.device("K", "android").sim("89340100000000000011", K, "214")
                .call("0033 6 10 00 00 01", "incoming", "2024-03-02T09:00:01Z", 30)
                .call("+55 11 98765 0001", "outgoing", "2024-03-02T12:00:00Z", 300)
                .call("00351 910 000 001", "outgoing", "2024-03-04T10:00:00Z", 40)
                .sms("+351 910 000 002", "outgoing", "2024-03-04T11:00:00Z")
                .contact("Mari", "+33 6 30 00 00 01", "0055 21 99300 0001");
        network.device("B1", "android").sim("89351000000000000016", B1, "268")
                .call("0034 600 000 001", "incoming", "2024-03-04T10:00:03Z", 40)
                .call("910 000 002", "outgoing", "2024-03-05T10:00:00Z", 50)
                .sms("920 000 009", "outgoing", "2024-03-05T11:00:00Z");
        network.device("B2", "android").sim("89351000000000000024", B2, "268")
                .call("+351 910 000 001", "incoming", "2024-03-05T10:00:01Z", 50)
                .sms("+34600000001", "incoming", "2024-03-04T11:00:02Z")
                .call("920000009", "outgoing", "2024-03-06T10:00:00Z", 10);
        network.device("S-B2", "sim").sim("89351000000000000024", "910000002", "268");
        Path caseFile = tmp.resolve("case.db");
        network.write(caseFile);
        xref = crossReference(caseFile);
    }

    static XrefReport crossReference(Path caseFile) throws Exception {
        try (Connection db = CaseDb.open(caseFile, false)) {
            return new CrossReference(db).build(new XrefReport.Tool("phonetriage", "test", "9.0.19"), XrefOptions.DEFAULT);
        }
    }

    @Test
    void theBrokerIsTheTopKeyPlayerAndTheUnseizedBossIsALead() {
        KeyPlayer top = xref.keyPlayers().get(0);
        assertEquals(K, top.key(), xref.keyPlayers().toString());
        assertTrue(top.seized());
        KeyPlayer boss = xref.keyPlayers().stream().filter(k -> k.key().equals(H)).findFirst().orElseThrow();
        assertFalse(boss.seized(), "the boss's number belongs to no seized device");
        assertEquals(3, boss.devices());
        assertEquals(List.of("Chefe", "Tio"), boss.names());
        KeyPlayer firstUnseized = xref.keyPlayers().stream().filter(k -> !k.seized()).findFirst().orElseThrow();
        assertEquals(H, firstUnseized.key(), "the boss is the first lead: " + xref.keyPlayers());
        assertTrue(xref.keyPlayers().stream().anyMatch(k -> k.seized() && k.rank() > boss.rank()),
                "and ranks above a seized phone");
        assertTrue(xref.keyPlayers().stream().allMatch(k -> k.degree() > 0), "only communicating identifiers rank");
    }

    @Test
    void twoCommunitiesSplitAtTheBroker() {
        assertEquals(2, xref.communities().size(), xref.communities().toString());
        List<String> paris = community(A1);
        List<String> lisbon = community(B1);
        assertTrue(paris.containsAll(List.of(A1, A2, H, X1)), paris.toString());
        assertTrue(lisbon.containsAll(List.of(B1, B2, Y1)), lisbon.toString());
        assertTrue(Collections.disjoint(paris, lisbon));
    }

    @Test
    void aPhoneAndItsSimAreACardInAPhoneNotTwoPeopleInContact() {
        DeviceLink link = link("B2", "S-B2");
        assertEquals("sim-in-phone", link.relation());
        assertTrue(link.via().contains("iccid:89351000000000000024"), link.via().toString());
        assertEquals("communication", link("A1", "A2").relation());
        assertEquals("strong", link("A1", "A2").level());
        assertEquals("2024-03-01T10:00:00Z", link("A1", "A2").firstContact());
        assertTrue(xref.deviceLinks().stream().noneMatch(l -> l.devices().equals(List.of("A1", "B1"))),
                "no direct link between the two groups");
    }

    @Test
    void mariasTwoNumbersAreProposedAsOnePerson() {
        assertEquals(1, xref.personCandidates().size(), xref.personCandidates().toString());
        XrefReport.PersonCandidate maria = xref.personCandidates().get(0);
        assertEquals(List.of("+33630000001", "+5521993000001"), maria.keys());
        assertEquals(List.of("A1", "K"), maria.cards().stream().map(XrefReport.CardEvidence::device).toList());
    }

    @Test
    void numbersWrittenDifferentlyMeetOnOneKeyWithTheirAliases() {
        XrefReport.SharedIdentifier boss = xref.identifiers().stream().filter(i -> i.key().equals(H)).findFirst()
                .orElseThrow();
        assertEquals(List.of("A1", "A2", "K"), boss.devices().stream().map(XrefReport.IdentifierOnDevice::label).toList());
        assertEquals(List.of("0055 11 98765 0001"), boss.devices().get(0).raw());
        assertTrue(boss.devices().get(1).roles().contains("whatsapp-contact"));
        assertEquals(List.of(), boss.ownerOf());
    }

    @Test
    void aCallLoggedOnBothPhonesCountsOnceInTheGraph() throws Exception {
        try (Connection db = CaseDb.open(tmp.resolve("case.db"), false)) {
            CommunicationGraph g = CommunicationGraph.load(db);
            List<CommunicationGraph.Edge> a1a2 = g.between(A1, A2);
            assertEquals(1, a1a2.size());
            assertEquals(A1, a1a2.get(0).source, "from the caller");
            assertEquals(1, a1a2.get(0).calls);
            assertEquals(List.of("A1", "A2"), List.copyOf(a1a2.get(0).devices));
        }
    }

    @Test
    void commonContactsOfTwoPhonesAreListed() {
        XrefReport.CommonContacts common = xref.commonContacts().stream()
                .filter(c -> c.devices().equals(List.of("A1", "A2"))).findFirst().orElseThrow();
        assertTrue(common.keys().containsAll(List.of(H, X1)), common.keys().toString());
        assertFalse(common.keys().contains(A1), "an owner's own number is not a common contact");
        xref.commonContacts().forEach(c -> assertEquals(List.copyOf(new java.util.TreeSet<>(c.keys())), c.keys(),
                "each pair's keys sorted and distinct"));
    }

    @Test
    void theResultDoesNotDependOnTheOrderOfIngest() throws Exception {
        List<DeviceSpec> reversed = new ArrayList<>(network.devices());
        Collections.reverse(reversed);
        Path other = tmp.resolve("reversed.db");
        network.write(other, reversed);
        XrefJsonWriter writer = new XrefJsonWriter();
        String a = writer.toJson(xref).replaceAll("\"generated_at\": \"[^\"]+\"", "");
        String b = writer.toJson(crossReference(other)).replaceAll("\"generated_at\": \"[^\"]+\"", "");
        assertEquals(a, b);
    }

    @Test
    void thePathBetweenTheGroupsRunsThroughTheBroker() throws Exception {
        try (Connection db = CaseDb.open(tmp.resolve("case.db"), false)) {
            PathFinder finder = new PathFinder(CommunicationGraph.load(db));
            List<PathFinder.Hop> hops = finder.path(A2, B2).orElseThrow();
            assertEquals(List.of(A2, A1, K, B2), chain(hops));
            assertEquals("communication", hops.get(1).kind());
            assertEquals(List.of("A1", "K"), hops.get(1).devices());
            assertEquals("2024-03-02T09:00:00Z", hops.get(1).firstSeen());
            // Maria never called anyone: only a contact card leads to her, and the hop says so
            List<PathFinder.Hop> toMaria = finder.path(A2, "+33630000001").orElseThrow();
            assertEquals("contact", toMaria.get(toMaria.size() - 1).kind());
            assertTrue(finder.path(A1, "+33699999999").isEmpty());
        }
        BadInputTest.Run run = BadInputTest.Run.of(List.of("path", "--case", tmp.resolve("case.db").toString(),
                "06 10 00 00 02", "+351 910 000 002", "--region", "FR"));
        assertEquals(0, run.exit(), run.err());
        assertTrue(run.out().contains("3 hop(s)"), run.out());
    }

    @Test
    void pathWalksTheStoredGraphAndBuildsItForACaseWithout() throws Exception {
        Path copy = tmp.resolve("path-copy.db");
        Files.copy(tmp.resolve("case.db"), copy, StandardCopyOption.REPLACE_EXISTING);
        List<String> args = List.of("path", "--case", copy.toString(), "06 10 00 00 02", "+351 910 000 002",
                "--region", "FR", "--json");
        // as a case made before the graph was stored: built from the records, said so, stored
        BadInputTest.Run first = BadInputTest.Run.of(args);
        assertEquals(0, first.exit(), first.err());
        assertTrue(first.err().startsWith("note: ") && first.err().strip().lines().count() == 1, first.err());
        BadInputTest.Run second = BadInputTest.Run.of(args);
        assertEquals(0, second.exit(), second.err());
        assertEquals("", second.err());
        assertEquals(first.out(), second.out());
        try (Connection db = CaseDb.open(copy, false)) {
            CommunicationGraph graph = CommunicationGraph.load(db);
            PathGraph stored = StoredNetwork.current(db, CaseState.of(db).digest()).orElseThrow();
            PathFinder fromMemory = new PathFinder(graph);
            PathFinder fromCase = new PathFinder(stored);
            int linked = 0;
            for (CommunicationGraph.Node a : graph.nodes()) {
                for (CommunicationGraph.Node b : graph.nodes()) {
                    Optional<List<PathFinder.Hop>> expected = fromMemory.path(a.key, b.key);
                    assertEquals(expected, fromCase.path(a.key, b.key), a.key + " -> " + b.key);
                    linked += expected.isPresent() ? 1 : 0;
                }
            }
            assertTrue(linked > graph.nodes().size(), "chains compared: " + linked);
            try (Statement st = db.createStatement()) {
                st.execute("UPDATE devices SET tool_version = 'another' WHERE label = 'K'");
            }
            assertTrue(StoredNetwork.current(db, CaseState.of(db).digest()).isEmpty(),
                    "a graph of the case before it changed is not used");
        }
    }

    private static List<String> chain(List<PathFinder.Hop> hops) {
        List<String> out = new ArrayList<>();
        out.add(hops.get(0).from());
        hops.forEach(h -> out.add(h.to()));
        return out;
    }

    private static List<String> community(String member) {
        return xref.communities().stream().filter(c -> c.members().contains(member)).findFirst().orElseThrow()
                .members();
    }

    private static DeviceLink link(String a, String b) {
        return xref.deviceLinks().stream().filter(l -> l.devices().equals(List.of(a, b))).findFirst()
                .orElseThrow(() -> new AssertionError(a + "-" + b + " not linked: " + xref.deviceLinks()));
    }
}
