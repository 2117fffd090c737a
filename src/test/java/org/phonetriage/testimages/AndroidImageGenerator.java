package org.phonetriage.testimages;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.Map;
import org.phonetriage.testimages.Spec.Call;
import org.phonetriage.testimages.Spec.Contact;
import org.phonetriage.testimages.Spec.Device;

/**
 * Writes the committed test images: three seized Android phones of one case (see {@link Story})
 * as D01-android.tar, D02-android.zip and the folder D03-android, plus README.md with the facts
 * tests assert. Running it twice gives byte-identical files.
 *
 * <p>Usage: {@code AndroidImageGenerator [outDir]} (default {@code test-images}).
 */
public final class AndroidImageGenerator {

    /** When each phone's provider databases were first created (properties table). */
    private static final long DB_CREATED_MS = Story.ms("2023-09-01T12:00");

    private AndroidImageGenerator() {
    }

    public static void main(String[] args) throws Exception {
        Path out = Path.of(args.length > 0 ? args[0] : "test-images");
        Map<String, Map<String, Long>> counts = generate(out);
        System.out.println("Wrote " + out.toAbsolutePath());
        for (Map.Entry<String, Map<String, Long>> e : counts.entrySet()) {
            Map<String, Long> c = e.getValue();
            System.out.printf("%s: %d raw contacts (%d deleted), %d contacts, %d calls, %d SMS, %d MMS%n",
                    e.getKey(), c.get("raw_contacts rows (all)"), c.get("raw_contacts deleted=1"),
                    c.get("contacts rows (aggregated, not deleted)"), c.get("calls rows (all)"),
                    c.get("sms rows (all)"), c.get("pdu rows (MMS, all)"));
        }
    }

    /**
     * Writes the images and README.md into out, replacing earlier ones.
     *
     * @return per device label, the counts read back from its databases
     */
    static Map<String, Map<String, Long>> generate(Path out) throws IOException, SQLException {
        Story story = Story.build();
        Files.createDirectories(out);
        Path staging = Files.createTempDirectory("phonetriage-images");
        try {
            Map<String, Map<String, Long>> counts = new LinkedHashMap<>();
            for (Device d : story.devices) {
                Path root = staging.resolve(d.label);
                writeDevice(d, root);
                counts.put(d.label, ImageFacts.count(root));
                Path target = out.resolve(d.label + switch (d.container) {
                    case "tar" -> ".tar";
                    case "zip" -> ".zip";
                    default -> "";
                });
                Packager.deleteRecursively(target);
                switch (d.container) {
                    case "tar" -> Packager.tar(root, target);
                    case "zip" -> Packager.zip(root, target);
                    default -> Packager.folder(root, target);
                }
            }
            String whatsApp = WhatsAppImageGenerator.generate(out, staging);
            ReadmeWriter.write(out.resolve("README.md"), story, counts);
            Files.writeString(out.resolve("README.md"), whatsApp, java.nio.file.StandardOpenOption.APPEND);
            Files.writeString(out.resolve("README.md"), SimImageGenerator.generate(out),
                    java.nio.file.StandardOpenOption.APPEND);
            Files.writeString(out.resolve("README.md"), UfdrImageGenerator.generate(out, staging),
                    java.nio.file.StandardOpenOption.APPEND);
            Files.writeString(out.resolve("README.md"), XryImageGenerator.generate(out),
                    java.nio.file.StandardOpenOption.APPEND);
            Files.writeString(out.resolve("README.md"), AxiomImageGenerator.generate(out),
                    java.nio.file.StandardOpenOption.APPEND);
            Files.writeString(out.resolve("README.md"), CsvImageGenerator.generate(out),
                    java.nio.file.StandardOpenOption.APPEND);
            Files.writeString(out.resolve("README.md"), IosImageGenerator.generate(out, staging),
                    java.nio.file.StandardOpenOption.APPEND);
            Files.writeString(out.resolve("README.md"), AppsImageGenerator.generate(out, staging),
                    java.nio.file.StandardOpenOption.APPEND);
            Files.writeString(out.resolve("README.md"), AppsIosImageGenerator.generate(out, staging),
                    java.nio.file.StandardOpenOption.APPEND);
            Files.writeString(out.resolve("README.md"), MessengerImageGenerator.generate(out, staging),
                    java.nio.file.StandardOpenOption.APPEND);
            Files.writeString(out.resolve("README.md"), UnknownAppImageGenerator.generate(out, staging),
                    java.nio.file.StandardOpenOption.APPEND);
            Files.writeString(out.resolve("README.md"), AppsIos2ImageGenerator.generate(out, staging),
                    java.nio.file.StandardOpenOption.APPEND);
            Files.writeString(out.resolve("README.md"), TelegramIosImageGenerator.generate(out, staging),
                    java.nio.file.StandardOpenOption.APPEND);
            Files.writeString(out.resolve("README.md"), Apps3ImageGenerator.generate(out, staging),
                    java.nio.file.StandardOpenOption.APPEND);
            return counts;
        } finally {
            Packager.deleteRecursively(staging);
        }
    }

    /** Writes one phone's four provider databases under an extraction root. */
    static void writeDevice(Device d, Path root) throws IOException, SQLException {
        Map<String, ContactsWriter.Match> directory;
        try (SqliteDb db = AndroidSchema.CONTACTS2.create(root, d.locale)) {
            try (ContactsWriter w = new ContactsWriter(db, d.googleAccount, DB_CREATED_MS)) {
                for (Contact c : d.contacts) {
                    w.add(c);
                }
                directory = w.directory();
            }
            db.finish(true);
        }
        try (SqliteDb db = AndroidSchema.CALLLOG.create(root, d.locale)) {
            try (CallLogWriter w = new CallLogWriter(db, d.region, d.sim, directory)) {
                for (Call c : d.calls) {
                    w.add(c);
                }
            }
            db.finish(true);
        }
        try (SqliteDb db = AndroidSchema.MMSSMS.create(root, d.locale)) {
            try (MessagingWriter w = new MessagingWriter(db, d.owner.e164(), d.sim.smsc())) {
                // Interleaved by time, as they arrived, so thread and canonical ids follow the story.
                int i = 0;
                int j = 0;
                while (i < d.sms.size() || j < d.mms.size()) {
                    boolean smsNext = j == d.mms.size()
                            || i < d.sms.size() && d.sms.get(i).dateMs() <= d.mms.get(j).dateSec() * 1000;
                    if (smsNext) {
                        w.addSms(d.sms.get(i++));
                    } else {
                        w.addMms(d.mms.get(j++));
                    }
                }
            }
            db.finish(true);
        }
        try (SqliteDb db = AndroidSchema.TELEPHONY.create(root, d.locale)) {
            SimInfoWriter.write(db, d.sim);
            db.finish(true);
        }
    }
}
