package org.phonetriage.testimages;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.PhoneNumberUtil.PhoneNumberFormat;
import com.google.i18n.phonenumbers.Phonenumber.PhoneNumber;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.phonetriage.testimages.Spec.Device;
import org.phonetriage.testimages.Spec.Party;

/** Keeps the committed test images, their manifest and the generator in step. */
class TestImagesTest {

    private static final Path IMAGES = Path.of(System.getProperty("basedir", ".")).resolve("test-images");

    @TempDir
    Path tmp;

    @Test
    void regeneratedImagesMatchTheManifest() throws Exception {
        Map<String, String> manifest = readManifest(IMAGES.resolve("MANIFEST.sha256"));
        AndroidImageGenerator.generate(tmp);
        assertSameFiles(manifest, hashTree(tmp), "regenerated images differ from MANIFEST.sha256 "
                + "(run scripts/make-test-images and commit test-images/)");
    }

    @Test
    void committedImagesMatchTheManifest() throws Exception {
        Map<String, String> manifest = readManifest(IMAGES.resolve("MANIFEST.sha256"));
        Map<String, String> committed = hashTree(IMAGES);
        committed.remove("MANIFEST.sha256");
        assertSameFiles(manifest, committed, "files in test-images/ differ from MANIFEST.sha256");
    }

    /** Every raw form the story writes must be its party's number for libphonenumber. */
    @Test
    void everyRawFormIsItsPartysValidNumber() throws NumberParseException {
        PhoneNumberUtil util = PhoneNumberUtil.getInstance();
        Story story = Story.build();
        List<String> wrong = new ArrayList<>();
        for (Party p : Story.PARTIES) {
            PhoneNumber n = util.parse(p.e164(), "ZZ");
            if (!util.isValidNumber(n)) {
                wrong.add(p.key() + " " + p.e164() + " is not valid");
            }
            check(util, p, NumberFormats.international(p.e164()), "ZZ", wrong);
            check(util, p, NumberFormats.national(p.e164()), NumberFormats.region(p.e164()), wrong);
            for (Device d : story.devices) {
                for (Map.Entry<String, TreeSet<String>> e : ImageFacts.holdings(d, p).entrySet()) {
                    if (!e.getKey().equals("whatsapp jid")) {
                        for (String raw : e.getValue()) {
                            check(util, p, raw, d.region, wrong);
                        }
                    }
                }
            }
        }
        assertTrue(wrong.isEmpty(), String.join("\n", wrong));
    }

    @Test
    void simIdentifiersAreWellFormed() {
        Story story = Story.build();
        Map<Device, String> iccPrefix = Map.of(story.d01, "8933", story.d02, "8934", story.d03, "89351");
        for (Device d : story.devices) {
            String iccid = d.sim.iccid();
            assertEquals(20, iccid.length(), iccid);
            assertTrue(iccid.startsWith(iccPrefix.get(d)), iccid);
            assertEquals(iccid, SimInfoWriter.withLuhn(iccid.substring(0, 19)), "Luhn check digit of " + iccid);
            assertEquals(15, d.sim.imsi().length());
            assertTrue(d.sim.imsi().startsWith(d.sim.mcc() + d.sim.mnc()), d.sim.imsi());
        }
    }

    private static void check(PhoneNumberUtil util, Party p, String raw, String region, List<String> wrong) {
        try {
            PhoneNumber n = util.parse(raw, region);
            String e164 = util.format(n, PhoneNumberFormat.E164);
            if (!e164.equals(p.e164()) || !util.isValidNumber(n)) {
                wrong.add(p.key() + ": '" + raw + "' in " + region + " reads as " + e164);
            }
        } catch (NumberParseException e) {
            wrong.add(p.key() + ": '" + raw + "' in " + region + ": " + e.getMessage());
        }
    }

    private static void assertSameFiles(Map<String, String> expected, Map<String, String> actual, String what) {
        List<String> diffs = new ArrayList<>();
        TreeSet<String> names = new TreeSet<>(expected.keySet());
        names.addAll(actual.keySet());
        for (String name : names) {
            String e = expected.get(name);
            String a = actual.get(name);
            if (e == null) {
                diffs.add("not in manifest: " + name);
            } else if (a == null) {
                diffs.add("missing: " + name);
            } else if (!e.equals(a)) {
                diffs.add("different: " + name);
            }
        }
        assertTrue(diffs.isEmpty(), what + ":\n" + String.join("\n", diffs));
    }

    /** sha256sum format: "hex  relative/path" per line. */
    private static Map<String, String> readManifest(Path file) throws IOException {
        Map<String, String> out = new TreeMap<>();
        for (String line : Files.readAllLines(file)) {
            if (!line.isBlank()) {
                out.put(line.substring(66), line.substring(0, 64));
            }
        }
        return out;
    }

    private static Map<String, String> hashTree(Path root) throws IOException, NoSuchAlgorithmException {
        Map<String, String> out = new TreeMap<>();
        for (String name : Packager.entries(root)) {
            if (!name.endsWith("/")) {
                MessageDigest md = MessageDigest.getInstance("SHA-256");
                try (InputStream in = new DigestInputStream(Files.newInputStream(root.resolve(name)), md)) {
                    in.transferTo(OutputStream.nullOutputStream());
                }
                out.put(name, HexFormat.of().formatHex(md.digest()));
            }
        }
        return out;
    }
}
