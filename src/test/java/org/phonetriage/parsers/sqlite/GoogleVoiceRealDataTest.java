package org.phonetriage.parsers.sqlite;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.phonetriage.RealData;
import org.phonetriage.model.Call;
import org.phonetriage.model.Message;
import org.phonetriage.model.OwnIdentifier;

/**
 * Google Voice on Josh Hickman's iOS 17 image (iLEAPP's googleVoice zip, INVENTORY §2.2):
 * threadingStore.sqlite with Participant 24, Thread 41 and ThreadItem 152 (118 texts, 34 calls and
 * voicemails), sent by four Google Voice numbers of the owner's over the years.
 */
class GoogleVoiceRealDataTest {

    @TempDir
    Path tmp;

    @Test
    void textsCallsAndTheOwnersNumbers() throws Exception {
        Path db = unzipStore();
        CollectingSink sink = new CollectingSink();
        List<String> ids;
        try (var c = java.sql.DriverManager.getConnection("jdbc:sqlite:" + db)) {
            SqliteSchema schema = SqliteSchema.read(c);
            String path = "mobile/Containers/Shared/AppGroup/X/Library/Application Support/1/threadingStore.sqlite";
            List<SqliteDefinition> defs = new org.phonetriage.detect.SqliteMatcher(SqliteDefinitions.builtIn())
                    .match(schema, path);
            ids = defs.stream().map(SqliteDefinition::id).sorted().toList();
            for (SqliteDefinition def : defs) {
                SqliteDefinitionRunner.run(def, c, schema, new SqliteDefinitionRunner.Source("t", path, "0"), sink);
            }
            try (var st = c.createStatement(); var rs = st.executeQuery(
                    "SELECT (SELECT count(*) FROM Participant), (SELECT count(*) FROM Thread), (SELECT count(*) FROM ThreadItem)")) {
                assertEquals(List.of(24, 41, 152), List.of(rs.getInt(1), rs.getInt(2), rs.getInt(3)));
            }
        }
        assertEquals(List.of("ios.googlevoice.calls", "ios.googlevoice.messages", "ios.googlevoice.owner"), ids);

        assertEquals(List.of("+19105576476", "+19106215169", "+19108398620", "+19193355174"),
                sink.owners.stream().map(OwnIdentifier::value).toList());
        assertTrue(sink.owners.stream().allMatch(o -> "phone".equals(o.kind())));

        assertEquals(118, sink.messages.size());
        Map<String, Long> byDirection = sink.messages.stream()
                .collect(Collectors.groupingBy(Message::direction, TreeMap::new, Collectors.counting()));
        assertEquals(Map.of("incoming", 60L, "outgoing", 58L), byDirection);
        assertEquals(10, sink.messages.stream().filter(m -> "mms".equals(m.media())).count());
        assertTrue(sink.messages.stream().allMatch(m -> "google-voice".equals(m.kind()) && m.parties().size() == 1));
        Message done = sink.messages.stream().filter(m -> "Done-zo.".equals(m.body())).findFirst().orElseThrow();
        assertEquals("incoming", done.direction());
        assertEquals("2024-02-27T16:25:04.949Z", done.time().iso());
        assertEquals("from", done.parties().get(0).role());
        assertEquals("+19104773625", done.parties().get(0).raw());
        Message sent = sink.messages.stream().filter(m -> m.body() != null && m.body().startsWith("Now here is your super bad"))
                .findFirst().orElseThrow();
        assertEquals("to", sent.parties().get(0).role());
        assertEquals("+19104773625", sent.parties().get(0).raw(), "the conversation's participant, not the own line");

        assertEquals(34, sink.calls.size());
        Map<String, Long> calls = sink.calls.stream()
                .collect(Collectors.groupingBy(Call::direction, TreeMap::new, Collectors.counting()));
        assertEquals(Map.of("incoming", 3L, "missed", 20L, "outgoing", 6L, "voicemail", 5L), calls);
        assertTrue(sink.calls.stream().anyMatch(c -> "+19198887386".equals(c.number())), "This Is DFIR Two");
        assertTrue(sink.calls.stream().filter(c -> "outgoing".equals(c.direction()))
                .allMatch(c -> c.subscription() != null && !c.subscription().equals(c.number())));
        Call out = sink.calls.stream().filter(c -> "outgoing".equals(c.direction()) && c.durationSeconds() == 95)
                .findFirst().orElseThrow();
        assertEquals("+19104773625", out.number());
        assertEquals("+19105576476", out.subscription());
        assertEquals("google-voice-call", out.kind());
    }

    private Path unzipStore() throws Exception {
        Path zip = RealData.path("abrignoni__iLEAPP/admin/test/cases/data/googleVoice/"
                + "testdata.googleVoice.googleVoiceCalls.josh_ios17_ffs.zip");
        try (ZipFile z = new ZipFile(zip.toFile())) {
            for (ZipEntry e : java.util.Collections.list(z.entries())) {
                String name = e.getName().substring(e.getName().lastIndexOf('/') + 1);
                if (name.startsWith("threadingStore.sqlite")) {
                    try (InputStream in = z.getInputStream(e)) {
                        Files.copy(in, tmp.resolve(name));
                    }
                }
            }
        }
        return tmp.resolve("threadingStore.sqlite");
    }
}
