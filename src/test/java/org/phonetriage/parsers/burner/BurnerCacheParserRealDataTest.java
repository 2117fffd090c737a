package org.phonetriage.parsers.burner;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.Test;
import org.phonetriage.RealData;
import org.phonetriage.model.Call;
import org.phonetriage.model.Message;
import org.phonetriage.model.OwnIdentifier;
import org.phonetriage.parsers.FileParser;
import org.phonetriage.parsers.sqlite.CollectingSink;

/**
 * iLEAPP's Burner cache from Josh Hickman's iOS 15 image: the line +18285205789 "My New Burner", the
 * account registered with the SIM's number +19195794674, two contacts, and the conversation with
 * +19198887386 — 17 messages in a body kept under fsCachedData/, of which 4 are calls.
 */
class BurnerCacheParserRealDataTest {

    private static final String ZIPS = "abrignoni__iLEAPP/admin/test/cases/data/burnerCache/";

    @Test
    void readsTheAccountTheLineTheContactsAndTheConversation() throws IOException {
        Map<String, byte[]> files = unzip(ZIPS + "testdata.burnerCache.burnerCache_messages.josh_ios15_ffs.zip");
        String cache = files.keySet().stream().filter(p -> p.endsWith("com.adhoclabs.burner/Cache.db")).findFirst()
                .orElseThrow();
        BurnerCacheParser parser = new BurnerCacheParser();
        assertTrue(parser.accepts(cache, "application/x-sqlite3"));
        assertEquals(cache.substring(0, cache.length() - "Cache.db".length()), parser.readsFolder(cache));
        CollectingSink sink = new CollectingSink();
        try (InputStream in = new java.io.ByteArrayInputStream(files.get(cache))) {
            parser.parse(in, new FileParser.Source("josh", cache, siblings(files)), sink);
        }

        Map<String, String> owners = sink.owners.stream()
                .collect(Collectors.toMap(OwnIdentifier::value, OwnIdentifier::kind, (a, b) -> a, TreeMap::new));
        assertEquals(Map.of("+18285205789", "phone", "+19195794674", "phone",
                "21d2ca9c-aba1-4ada-b7f5-23b0d97acb47", "app:burner"), owners);
        assertTrue(sink.owners.stream().anyMatch(o -> o.basis().contains("'My New Burner'")));
        assertEquals(1, sink.facts.size());
        assertEquals("+18285205789 'My New Burner', created 2023-05-08T17:22:57.088Z, expires 2023-06-07T17:22:57.088Z",
                sink.facts.get(0).value());

        assertEquals(List.of("This Is DFIR Two +19198887386", "Josh Hickman +19195790479"), sink.contacts.stream()
                .map(c -> c.name() + " " + c.values().get(0).raw()).toList());
        assertTrue(sink.contacts.stream().allMatch(c -> c.values().get(0).kind().equals("burner")));

        // 17 distinct objects, each cached once or more: 4 calls and 13 texts, all with +19198887386
        assertEquals(4, sink.calls.size());
        assertEquals(13, sink.messages.size());
        assertTrue(sink.calls.stream().allMatch(c -> "+19198887386".equals(c.number())
                && "burner-call".equals(c.kind()) && "+18285205789".equals(c.subscription())));
        assertEquals(List.of("voicemail", "incoming", "incoming", "outgoing"),
                sink.calls.stream().map(Call::direction).toList());
        assertEquals(7, sink.messages.stream().filter(m -> "outgoing".equals(m.direction())).count());
        Message first = sink.messages.stream().filter(m -> "You there?".equals(m.body())).findFirst().orElseThrow();
        assertEquals("outgoing", first.direction());
        assertEquals("2023-05-08T17:25:37.113Z", first.time().iso());
        assertEquals("to", first.parties().get(0).role());
        assertEquals("+19198887386", first.parties().get(0).raw());
        assertEquals("burner", first.kind());
        assertEquals(2, sink.messages.stream().filter(m -> "mms".equals(m.media())).count());
        assertTrue(sink.problems.isEmpty(), sink.problems.toString());
    }

    @Test
    void aCacheWithoutItsBodyFilesNamesTheMissingOnesAndKeepsTheRest() throws IOException {
        // the accounts zip holds Cache.db and its WAL but not fsCachedData/
        Map<String, byte[]> files = unzip(ZIPS + "testdata.burnerCache.burnerCache_accounts.josh_ios15_ffs.zip");
        String cache = files.keySet().stream().filter(p -> p.endsWith("/Cache.db")).findFirst().orElseThrow();
        CollectingSink sink = new CollectingSink();
        new BurnerCacheParser().parse(new java.io.ByteArrayInputStream(files.get(cache)),
                new FileParser.Source("josh", cache, siblings(files)), sink);
        assertEquals(1, sink.problems.size());
        assertTrue(sink.problems.get(0).path().endsWith("fsCachedData/34A0C948-4FFD-4FA3-B5DC-5DB8ADBD8B0D"));
        assertEquals(2, sink.contacts.size());
        // the voicemail and the last text are also cached inline, in their own responses
        assertEquals(1, sink.calls.size());
        assertEquals(1, sink.messages.size());
    }

    @Test
    void thePreferencesNameTheAccount() throws IOException {
        Map<String, byte[]> files = unzip(ZIPS + "testdata.burnerCache.burnerCache_preferences.josh_ios15_ffs.zip");
        String plist = files.keySet().stream().filter(p -> p.endsWith("com.adhoclabs.burner.plist")).findFirst()
                .orElseThrow();
        BurnerPreferencesParser parser = new BurnerPreferencesParser();
        assertTrue(parser.accepts(plist, null));
        CollectingSink sink = new CollectingSink();
        parser.parse(new java.io.ByteArrayInputStream(files.get(plist)), new FileParser.Source("josh", plist), sink);
        assertEquals(1, sink.owners.size());
        assertEquals("app:burner", sink.owners.get(0).kind());
        assertEquals("21d2ca9c-aba1-4ada-b7f5-23b0d97acb47", sink.owners.get(0).value());
    }

    static Map<String, byte[]> unzip(String relative) throws IOException {
        Path zip = RealData.path(relative);
        Map<String, byte[]> files = new TreeMap<>();
        try (ZipFile z = new ZipFile(zip.toFile())) {
            for (ZipEntry e : java.util.Collections.list(z.entries())) {
                if (!e.isDirectory()) {
                    try (InputStream in = z.getInputStream(e)) {
                        files.put(e.getName().replaceFirst("^/+", ""), in.readAllBytes());
                    }
                }
            }
        }
        return files;
    }

    static FileParser.Siblings siblings(Map<String, byte[]> files) {
        return new FileParser.Siblings() {
            @Override
            public List<String> under(String folder) {
                return new ArrayList<>(files.keySet().stream().filter(p -> p.startsWith(folder)).toList());
            }

            @Override
            public byte[] read(String path) throws IOException {
                byte[] b = files.get(path);
                if (b == null) {
                    throw new IOException(path + " is not in the item");
                }
                return b;
            }
        };
    }
}
