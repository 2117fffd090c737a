package org.phonetriage.xref;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.sql.Connection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.phonetriage.ingest.NetworkCaseBuilder;
import org.phonetriage.report.XrefJsonWriter;
import org.phonetriage.store.CaseDb;

/**
 * Every key a section of xref.json names is found where a script looks it up: an identifier in
 * {@code identifiers} (or {@code service_identifiers}), a device's stand-in {@code device:LABEL} in
 * {@code devices[].network_key}; a key player's community in {@code communities}, or null. Read as
 * a script reads it, from the JSON text, with the default listing and with one that lists almost
 * nothing as shared.
 */
class XrefReferencesTest {

    static final String A1 = "+33610000001";
    static final String A2 = "+33610000002";
    static final String K = "+34600000001";
    static final String B1 = "+351910000001";
    static final String H = "+5511987650001";

    @TempDir
    static Path tmp;
    static Path caseFile;

    @BeforeAll
    static void build() throws Exception {
        NetworkCaseBuilder network = new NetworkCaseBuilder(List.of("FR", "ES", "PT", "BR"));
        network.device("A1", "android").sim("89330100000000000017", A1, "208")
                .call("06 10 00 00 02", "outgoing", "2024-03-01T10:00:00Z", 60)
                .call("0055 11 98765 0001", "incoming", "2024-03-01T11:00:00Z", 120)
                .call("+34 600 00 00 01", "outgoing", "2024-03-02T09:00:00Z", 30)
                .contact("Tio", "0055 11 98765 0001").contact("Maria", "06 30 00 00 01", "+55 21 99300 0001");
        network.device("A2", "android").sim("89330100000000000025", A2, "208")
                .call("+33 6 10 00 00 01", "incoming", "2024-03-01T10:00:02Z", 60)
                .sms("+55 11 98765-0001", "incoming", "2024-03-01T12:00:00Z");
        network.device("K", "android").sim("89340100000000000011", K, "214")
                .call("0033 6 10 00 00 01", "incoming", "2024-03-02T09:00:01Z", 30)
                .call("+55 11 98765 0001", "outgoing", "2024-03-02T12:00:00Z", 300)
                .call("00351 910 000 001", "outgoing", "2024-03-04T10:00:00Z", 40)
                .contact("Mari", "+33 6 30 00 00 01", "0055 21 99300 0001");
        network.device("B1", "android").sim("89351000000000000016", B1, "268")
                .call("0034 600 000 001", "incoming", "2024-03-04T10:00:03Z", 40);
        // a phone whose own number is unknown: its owner is the stand-in device:U1
        network.device("U1", "android")
                .call("+33 6 10 00 00 01", "outgoing", "2024-03-07T10:00:00Z", 5)
                .call("+55 11 98765 0001", "incoming", "2024-03-07T11:00:00Z", 5)
                .call("+34 600 000 001", "outgoing", "2024-03-07T12:00:00Z", 5);
        caseFile = tmp.resolve("case.db");
        network.write(caseFile);
    }

    @Test
    void everyKeyOfTheDefaultListingIsFound() throws Exception {
        JsonNode xref = xref(XrefOptions.DEFAULT);
        assertEverythingReferencedIsListed(xref);
        JsonNode standIn = keyPlayer(xref, "device:U1");
        assertEquals("U1", standIn.get("stand_in_for").asText());
        assertTrue(keyPlayer(xref, H).get("stand_in_for").isNull());
        assertEquals("device:U1", device(xref, "U1").get("network_key").asText());
        assertEquals(A1, device(xref, "A1").get("network_key").asText());
    }

    @Test
    void keysTheOtherSectionsNameAreListedEvenWhenMinDevicesWouldLeaveThemOut() throws Exception {
        JsonNode xref = xref(new XrefOptions(false, 9, "betweenness", 25));
        // H is on 4 devices: not shared by the --min-devices 9 rule, yet a key player
        keyPlayer(xref, H);
        assertEverythingReferencedIsListed(xref);
    }

    private static void assertEverythingReferencedIsListed(JsonNode xref) {
        Set<String> identifiers = new HashSet<>();
        xref.get("identifiers").forEach(i -> identifiers.add(i.get("key").asText()));
        xref.get("service_identifiers").forEach(i -> identifiers.add(i.get("key").asText()));
        Map<String, String> standIns = new HashMap<>();
        for (JsonNode d : xref.get("devices")) {
            String key = d.get("network_key").asText();
            assertTrue(key.startsWith("device:") || identifiers.contains(key), "network key " + key);
            if (key.startsWith("device:")) {
                standIns.put(key, d.get("label").asText());
            }
        }
        Set<Integer> communities = new HashSet<>();
        for (JsonNode c : xref.get("communities")) {
            communities.add(c.get("id").asInt());
            c.get("members").forEach(m -> assertFound(m.asText(), identifiers, standIns, "community member"));
        }
        assertFalse(xref.get("key_players").isEmpty());
        for (JsonNode p : xref.get("key_players")) {
            String key = p.get("key").asText();
            assertFound(key, identifiers, standIns, "key player");
            assertEquals(standIns.get(key), p.get("stand_in_for").isNull() ? null : p.get("stand_in_for").asText());
            JsonNode community = p.get("community");
            assertTrue(community.isNull() || communities.contains(community.asInt()), "community " + community);
        }
        xref.get("device_links").forEach(l -> l.get("via").forEach(k -> assertFound(k.asText(), identifiers,
                Map.of(), "device link via")));
        xref.get("common_contacts").forEach(c -> c.get("keys").forEach(k -> assertFound(k.asText(), identifiers,
                Map.of(), "common contact")));
        xref.get("person_candidates").forEach(c -> c.get("keys").forEach(k -> assertFound(k.asText(), identifiers,
                Map.of(), "person candidate")));
    }

    private static void assertFound(String key, Set<String> identifiers, Map<String, String> standIns, String what) {
        assertTrue(identifiers.contains(key) || standIns.containsKey(key), what + " " + key + " is listed nowhere");
    }

    private static JsonNode keyPlayer(JsonNode xref, String key) {
        for (JsonNode p : xref.get("key_players")) {
            if (p.get("key").asText().equals(key)) {
                return p;
            }
        }
        throw new AssertionError("no key player " + key + ": " + xref.get("key_players"));
    }

    private static JsonNode device(JsonNode xref, String label) {
        for (JsonNode d : xref.get("devices")) {
            if (d.get("label").asText().equals(label)) {
                return d;
            }
        }
        throw new AssertionError("no device " + label);
    }

    private static JsonNode xref(XrefOptions options) throws Exception {
        try (Connection db = CaseDb.open(caseFile, false)) {
            XrefReport report = new CrossReference(db).build(new XrefReport.Tool("phonetriage", "test", "9.0.19"), options);
            return new ObjectMapper().readTree(new XrefJsonWriter().toJson(report));
        }
    }
}
