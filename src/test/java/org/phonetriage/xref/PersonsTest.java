package org.phonetriage.xref;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.phonetriage.cli.BadInputTest;
import org.phonetriage.ingest.NetworkCaseBuilder;
import org.phonetriage.store.CaseDb;
import org.phonetriage.xref.XrefReport.Person;
import org.phonetriage.xref.XrefReport.PersonProof;

/**
 * Persons from what the evidence proves: a dual-SIM phone is one person; the SIM card seized apart
 * joins its phone's owner until the examiner rejects it; a WhatsApp LID and its number are one
 * account; a card seen on two phones is a candidate until accepted; two cards in one reader's dump
 * stay two people; and the ids do not depend on the order of ingest.
 */
class PersonsTest {

    static final String ICC1 = "89330100000000000017";
    static final String ICC2 = "89551000000000000018";

    @TempDir
    Path tmp;

    private NetworkCaseBuilder network() {
        NetworkCaseBuilder n = new NetworkCaseBuilder(List.of("FR", "BR"));
        n.device("A1", "android").sim(ICC1, "+33610000001", "208").sim(ICC2, "+5511987650002", "724")
                .contact("Alice", "100000000000001@lid", "33630000001@s.whatsapp.net")
                .contact("Maria", "06 30 00 00 02", "+55 21 99300 0001");
        n.device("K", "android").sim("89340100000000000011", "+34600000001", "214")
                .contact("Mari", "+33 6 30 00 00 02", "0055 21 99300 0001");
        n.device("S-A1", "sim").sim(ICC1, "0610000001", "208");
        n.device("READER", "sim").sim("89330100000000000025", "0610000005", "208")
                .sim("89330100000000000033", "0610000006", "208");
        return n;
    }

    private List<Person> persons(Path caseFile) throws Exception {
        try (Connection db = CaseDb.open(caseFile, false)) {
            return Persons.resolve(db);
        }
    }

    private static Person of(List<Person> persons, String key) {
        return persons.stream().filter(p -> p.keys().contains(key)).findFirst().orElseThrow(() ->
                new AssertionError(key + " in no person: " + persons));
    }

    private static List<String> rules(Person p) {
        return p.proofs().stream().map(PersonProof::rule).sorted().toList();
    }

    @Test
    void whatTheEvidenceProvesAndWhatTheExaminerDecides() throws Exception {
        Path caseFile = tmp.resolve("case.db");
        network().write(caseFile);
        List<Person> persons = persons(caseFile);

        Person a1 = of(persons, "+33610000001");
        assertEquals(List.of("+33610000001", "+5511987650002", "iccid:" + ICC1, "iccid:" + ICC2), a1.keys(),
                "a dual-SIM phone's two numbers and cards, and the card seized apart");
        assertEquals(List.of("A1", "S-A1"), a1.devices());
        assertTrue(a1.seized());
        assertEquals(List.of("device-owner", "sim-card", "sim-in-phone"), rules(a1));
        PersonProof simInPhone = a1.proofs().stream().filter(p -> p.rule().equals("sim-in-phone")).findFirst().orElseThrow();
        assertFalse(simInPhone.proof(), "a SIM found apart from a phone is strong, not proof: SIMs are swapped");
        assertTrue(simInPhone.id().startsWith("L-"));
        assertEquals("P-" + Persons.hash("+33610000001"), a1.id());

        Person alice = of(persons, "wa-lid:100000000000001");
        assertEquals(List.of("+33630000001", "wa-lid:100000000000001"), alice.keys());
        assertFalse(alice.seized());
        assertEquals(List.of("whatsapp-lid"), rules(alice));
        assertEquals("Alice", alice.names().get(0).name());

        assertEquals(2, persons.stream().filter(p -> p.devices().equals(List.of("READER"))).count(),
                "two cards in one reader's dump are two owners");
        assertTrue(persons.stream().noneMatch(p -> p.keys().contains("+33630000002")), "Maria: a candidate only");

        Map<String, List<String[]>> decidable;
        try (Connection db = CaseDb.open(caseFile, false)) {
            decidable = Persons.decidable(db);
        }
        String maria = decidable.keySet().stream().filter(id -> id.startsWith("C-")).findFirst().orElseThrow();
        BadInputTest.Run accept = BadInputTest.Run.of(List.of("persons", "--case", caseFile.toString(),
                "--examiner", "Insp. Duarte", "accept", maria));
        assertEquals(0, accept.exit(), accept.err());
        BadInputTest.Run reject = BadInputTest.Run.of(List.of("persons", "--case", caseFile.toString(),
                "--examiner", "Insp. Duarte", "reject", simInPhone.id()));
        assertEquals(0, reject.exit(), reject.err());

        List<Person> decided = persons(caseFile);
        Person mariaPerson = of(decided, "+33630000002");
        assertEquals(List.of("+33630000002", "+5521993000001"), mariaPerson.keys());
        assertEquals(List.of("examiner-accepted"), rules(mariaPerson));
        assertEquals(List.of("BR", "FR"), mariaPerson.regions());
        Person phone = of(decided, "+33610000001");
        assertEquals(List.of("A1"), phone.devices(), "the rejected link joins nothing");
        assertEquals("rejected", phone.proofs().stream().filter(p -> p.rule().equals("sim-in-phone"))
                .findFirst().orElseThrow().decision());
        assertNull(phone.proofs().get(0).decision());
        assertEquals(List.of("S-A1"), decided.stream().filter(p -> p.devices().contains("S-A1"))
                .map(Person::devices).findFirst().orElseThrow());

        try (Connection db = CaseDb.open(caseFile, false)) {
            XrefReport.PersonCandidate candidate = PersonCandidates.withDecisions(PersonCandidates.find(db),
                    PersonDecisions.load(db)).get(0);
            assertEquals("accepted", candidate.decision());
            assertEquals(maria, candidate.id());
        }
    }

    @Test
    void idsAndMembersDoNotDependOnTheOrderOfIngest() throws Exception {
        NetworkCaseBuilder forward = network();
        Path a = tmp.resolve("a.db");
        forward.write(a);
        NetworkCaseBuilder again = network();
        Path b = tmp.resolve("b.db");
        List<NetworkCaseBuilder.DeviceSpec> reversed = new java.util.ArrayList<>(again.devices());
        java.util.Collections.reverse(reversed);
        again.write(b, reversed);
        assertEquals(summary(persons(a)), summary(persons(b)));
    }

    @Test
    void decisionsNeedAnExaminerAndAKnownId() throws Exception {
        Path caseFile = tmp.resolve("case.db");
        network().write(caseFile);
        BadInputTest.Run noExaminer = BadInputTest.Run.of(List.of("persons", "--case", caseFile.toString(),
                "accept", "C-0000000000"));
        assertEquals(2, noExaminer.exit());
        assertTrue(noExaminer.err().contains("--examiner"), noExaminer.err());
        BadInputTest.Run unknown = BadInputTest.Run.of(List.of("persons", "--case", caseFile.toString(),
                "--examiner", "X", "reject", "C-0000000000"));
        assertEquals(2, unknown.exit());
        assertTrue(unknown.err().contains("no candidate or link C-0000000000"), unknown.err());
    }

    private static String summary(List<Person> persons) {
        return persons.stream().map(p -> p.id() + " " + p.keys() + " " + p.devices() + " " + rules(p))
                .collect(Collectors.joining("\n"));
    }
}
