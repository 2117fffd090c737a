package org.phonetriage.xref;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.sql.Connection;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.phonetriage.ingest.NetworkCaseBuilder;
import org.phonetriage.store.CaseDb;

/**
 * Person candidates come from a person's card, seen on two phones: never from a group's member
 * list (two announcement groups on two phones once chained 24 numbers into one "person") and
 * never from a card of many numbers.
 */
class PersonCandidatesTest {

    @TempDir
    Path tmp;

    @Test
    void groupsAndBigCardsProposeNobodyAPersonsTwoNumbersDo() throws Exception {
        NetworkCaseBuilder network = new NetworkCaseBuilder(List.of("FR", "BR"));
        String[] avisos = {"33610000001@s.whatsapp.net", "33610000002@s.whatsapp.net", "33610000003@s.whatsapp.net",
                "5511987650001@s.whatsapp.net"};
        String[] trabalho = {"33610000003@s.whatsapp.net", "33610000004@s.whatsapp.net", "5521993000001@s.whatsapp.net"};
        for (String phone : List.of("P1", "P2")) {
            network.device(phone, "android")
                    .group("Avisos França", avisos)
                    .group("Trabalho", trabalho)
                    .contact("Maria", "06 30 00 00 01", "+55 21 99300 0001")
                    .contact("Oficina", "06 40 00 00 01", "06 40 00 00 02", "06 40 00 00 03", "06 40 00 00 04");
        }
        Path caseFile = tmp.resolve("case.db");
        network.write(caseFile);
        List<XrefReport.PersonCandidate> candidates;
        try (Connection db = CaseDb.open(caseFile, false)) {
            candidates = PersonCandidates.find(db);
        }
        assertEquals(List.of(List.of("+33630000001", "+5521993000001")),
                candidates.stream().map(XrefReport.PersonCandidate::keys).toList());
        assertEquals(2, candidates.get(0).cards().size());
    }
}
