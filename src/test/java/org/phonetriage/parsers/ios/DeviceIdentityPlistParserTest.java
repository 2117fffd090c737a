package org.phonetriage.parsers.ios;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.phonetriage.RealData;
import org.phonetriage.parsers.FileParser;
import org.phonetriage.parsers.sqlite.CollectingSink;

/** What an iPhone says about itself: facts (its name, model), never keys from sanitised values. */
class DeviceIdentityPlistParserTest {

    private static CollectingSink parse(InputStream in, String path) throws Exception {
        CollectingSink sink = new CollectingSink();
        DeviceIdentityPlistParser parser = new DeviceIdentityPlistParser();
        assertTrue(parser.accepts(path, "application/x-plist"), path);
        parser.parse(in, new FileParser.Source("t", path), sink);
        return sink;
    }

    private static String fact(CollectingSink sink, String name) {
        return sink.facts.stream().filter(f -> f.name().equals(name)).map(f -> f.value()).findFirst().orElse(null);
    }

    @Test
    void mvtsSanitisedIccidAndImeiAreFactsNotKeys() throws Exception {
        CollectingSink sink;
        try (InputStream in = Files.newInputStream(RealData.path("mvt-project__mvt/tests/artifacts/ios_backup/Info.plist"))) {
            sink = parse(in, "Info.plist");
        }
        assertEquals(List.of(), sink.owners, "ICCID 63847829383904849 and IMEI 42 fail their checks");
        assertEquals("63847829383904849 (no valid ICCID: a fact, not a key)", fact(sink, "ICCID"));
        assertEquals("42 (no valid IMEI: a fact, not a key)", fact(sink, "IMEI"));
        assertEquals("iPhone", fact(sink, "Device Name"));
        assertEquals("iPhone9,3", fact(sink, "Product Type"));
    }

    @Test
    void theDeviceNameFromLockdownsDataArk() throws Exception {
        Path zip = RealData.path("abrignoni__iLEAPP/admin/test/cases/data/deviceName/"
                + "testdata.deviceName.deviceName.mvs_ios_2023.zip");
        try (var z = new java.util.zip.ZipFile(zip.toFile())) {
            var entry = z.stream().filter(e -> e.getName().endsWith("data_ark.plist")).findFirst().orElseThrow();
            try (InputStream in = z.getInputStream(entry)) {
                CollectingSink sink = parse(in, "private/var/root/Library/Lockdown/data_ark.plist");
                assertEquals("Michael\u2019s iPhone", fact(sink, "Device Name"));
                assertEquals("16.1.1", fact(sink, "Product Version"));
                assertEquals(List.of(), sink.owners);
            }
        }
    }
}
