package org.phonetriage.xref;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.file.Path;
import java.sql.Connection;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.phonetriage.ingest.NetworkCaseBuilder;
import org.phonetriage.store.CaseDb;
import org.phonetriage.xref.XrefReport.KeyPlayer;

/**
 * Key players are people: three seized lieutenants, each with two SIMs and their own contacts,
 * talk to an unseized boss and never to each other. Ranked by identifiers, each lieutenant's
 * second number splits his weight; ranked by persons over the whole network, the boss — who joins
 * the three groups — is first.
 */
class PersonRankingTest {

    @TempDir
    Path tmp;

    @Test
    void theUnseizedBossWhoJoinsTheLieutenantsIsFirst() throws Exception {
        String boss = "+5511987650001";
        NetworkCaseBuilder n = new NetworkCaseBuilder(List.of("FR", "ES", "PT", "BR"));
        String[][] lieutenants = {
            {"L1", "+33610000001", "+5511987650011", "89330100000000000017", "89551000000000000011", "06 20 00 00 0"},
            {"L2", "+34600000001", "+5511987650012", "89340100000000000011", "89551000000000000029", "+34 620 00 00 0"},
            {"L3", "+351910000001", "+5511987650013", "89351000000000000016", "89551000000000000037", "+351 920 000 00"},
        };
        int minute = 0;
        for (String[] l : lieutenants) {
            NetworkCaseBuilder.DeviceSpec d = n.device(l[0], "android").sim(l[3], l[1], "208").sim(l[4], l[2], "724");
            d.call("+55 11 98765 0001", "incoming", "2024-03-01T10:" + String.format("%02d", minute++) + ":00Z", 60);
            d.sms("+55 11 98765 0001", "outgoing", "2024-03-01T11:" + String.format("%02d", minute++) + ":00Z");
            for (int c = 1; c <= 4; c++) {
                d.call(l[5] + c, "outgoing", "2024-03-02T10:" + String.format("%02d", minute++) + ":00Z", 30);
            }
        }
        Path caseFile = tmp.resolve("case.db");
        n.write(caseFile);
        XrefReport xref;
        try (Connection db = CaseDb.open(caseFile, false)) {
            xref = new CrossReference(db).build(new XrefReport.Tool("phonetriage", "test", "9.0.23"), XrefOptions.DEFAULT);
        }
        KeyPlayer first = xref.keyPlayers().get(0);
        assertEquals(boss, first.key());
        assertFalse(first.seized());
        assertEquals(3, first.seizedContacts(), "reached by all three seized lieutenants");
        assertNull(first.person(), "a lone number: nobody seized proves more of him");
        assertNull(first.estimate(), "a small network: exact");
        KeyPlayer second = xref.keyPlayers().get(1);
        assertEquals(xref.persons().stream().filter(p -> p.key().equals(second.key())).findFirst().orElseThrow().id(),
                second.person());
        assertFalse(xref.keyPlayers().stream().anyMatch(k -> k.key().equals("+5511987650011")),
                "a lieutenant's second SIM is ranked with him, not apart");
    }
}
