package org.phonetriage.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * D18-ios-apps2.tar (test-images/README.md): Lucas's iPhone with Instagram direct (its rows
 * NSKeyedArchiver archives), triaged with Diego's phone (D02), which holds the iPhone's number.
 */
class IosApps2ImageTest {

    @TempDir
    static Path tmp;
    private static BadInputTest.Run run;

    @BeforeAll
    static void triage() {
        run = BadInputTest.Run.of(List.of("triage", "--out", tmp.resolve("out").toString(),
                "test-images/D02-android.zip", "test-images/D18-ios-apps2.tar"));
    }

    @Test
    void instagramsRecordsUnderItsOwnRoles() throws Exception {
        assertEquals(List.of("instagram-contact|6", "instagram-message|4", "owner|4"),
                column("SELECT o.role || '|' || count(*) FROM occurrences o JOIN devices d ON d.id = o.device_id"
                        + " WHERE d.label = 'D18-ios-apps2' GROUP BY o.role ORDER BY o.role"));
    }

    @Test
    void eachThreadUserIsOneContactWithIdAndUsername() throws Exception {
        // an IGUser with its fields inline (older versions) and one with a userDict (later ones)
        assertEquals(List.of("Rafael Teixeira|app:instagram:48213377951|app:instagram:rafa.tx",
                        "Thiago Ferreira|app:instagram:39120045612|app:instagram:thiago.lx",
                        "Tio SP|app:instagram:5511000111|app:instagram:tio.sp"),
                column("SELECT name || '|' || group_concat(key, '|') FROM (SELECT c.id, c.name, i.key FROM contacts c"
                        + " JOIN occurrences o ON o.record_table = 'contacts' AND o.record_id = c.id"
                        + " JOIN identifiers i ON i.id = o.identifier_id WHERE o.role = 'instagram-contact'"
                        + " ORDER BY c.id, o.id) GROUP BY id ORDER BY name"));
    }

    @Test
    void messagesTakeTheirDirectionFromTheViewer() throws Exception {
        assertEquals(List.of("2024-03-15T10:00:00Z|incoming|Tem lugar no carro?|from|app:instagram:5511000111|",
                        "2024-03-15T10:03:00Z|outgoing|Tem, sábado|to|app:instagram:5511000111|",
                        "2024-03-15T11:00:00Z|incoming|Grupo novo, só aqui|from|app:instagram:48213377951|",
                        "2024-03-15T11:30:00Z|incoming|Thiago started a video chat|from|app:instagram:39120045612|call"),
                column("SELECT m.time_utc || '|' || m.direction || '|' || m.body || '|' || o.party_role || '|' || i.key"
                        + " || '|' || COALESCE(m.media, '') FROM messages m"
                        + " JOIN occurrences o ON o.record_table = 'messages' AND o.record_id = m.id"
                        + " JOIN identifiers i ON i.id = o.identifier_id WHERE m.kind = 'instagram' ORDER BY m.time_utc"));
        // the damaged archive is counted, named, and the rest still read
        assertEquals(Main.PROBLEMS, run.exit(), run.err());
        assertEquals(List.of("file-unreadable|1 Instagram row(s) whose archive is no NSKeyedArchiver plist; not read"),
                column("SELECT p.code || '|' || p.reason FROM problems p JOIN devices d ON d.id = p.device_id"
                        + " WHERE d.label = 'D18-ios-apps2'"));
    }

    @Test
    void theSignedInAccountAndTheSimAreTheOwners() throws Exception {
        assertEquals(List.of("+34698135724", "app:instagram:61234509876", "iccid:89340160310007778882",
                        "imsi:214016037778881"),
                column("SELECT DISTINCT i.key FROM owner_identifiers ow JOIN identifiers i ON i.id = ow.identifier_id"
                        + " JOIN devices d ON d.id = ow.device_id WHERE d.label = 'D18-ios-apps2' ORDER BY 1"));
    }

    @Test
    void theIphonesNumberLinksToDiegosPhone() throws Exception {
        JsonNode links = new ObjectMapper().readTree(tmp.resolve("out/xref.json").toFile()).get("device_links");
        assertEquals(1, links.size());
        List<String> devices = new ArrayList<>();
        links.get(0).get("devices").forEach(d -> devices.add(d.asText()));
        assertEquals(List.of("D02-android", "D18-ios-apps2"), devices);
        assertEquals("+34698135724", links.get(0).get("via").get(0).asText());
        assertEquals("strong", links.get(0).get("level").asText());
    }

    private static List<String> column(String sql) throws Exception {
        return CaseQuery.column(tmp.resolve("out/case.db"), sql);
    }
}
