package org.phonetriage.testimages;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import org.phonetriage.testimages.Spec.Account;
import org.phonetriage.testimages.Spec.Call;
import org.phonetriage.testimages.Spec.Contact;
import org.phonetriage.testimages.Spec.Party;
import org.phonetriage.testimages.Spec.Phone;
import org.phonetriage.testimages.Spec.Sim;
import org.phonetriage.testimages.Spec.Sms;

/**
 * Writes a whole generated case for scripts/bench-triage: PHONES Android folder extractions whose
 * sizes run evenly on a log scale from 30 k to 300 k rows (about 2.3 M rows for 20 phones at scale
 * 1), times SCALE. Their owners and counterparts come from one seeded pool of {@value #PERSONS}
 * persons (FR, ES, PT, BR numbers), so that numbers recur across phones, each phone writing them
 * in the forms phones of its own country use. Each phone talks mostly to its own circle (the
 * owners of a few other seized phones, an unseized boss who is every phone's first contact, and a
 * hundred or so persons, Zipf: a few often, most rarely). Its truth — who the boss is — is written
 * to {@code truth.json} beside the phones, for scripts/bench-triage to check the key players
 * against. Not part of {@code mvn test}.
 *
 * <p>Usage: {@code TriageCaseGenerator outDir [phones [scale]]}; prints one line per phone.
 */
public final class TriageCaseGenerator {

    static final int PERSONS = 400;
    private static final int MIN_ROWS = 30_000;
    private static final int MAX_ROWS = 300_000;
    private static final int CIRCLE = 120;
    private static final long START_MS = Story.ms("2023-01-01T00:00");
    private static final long SPAN_MS = Story.ms("2024-12-31T00:00") - START_MS;
    private static final String[] BODIES = {"Ok", "Já chego", "Liga-me quando puderes", "On se voit demain ?",
        "Te llamo luego", "Manda a localização", "Beleza, fechado", "Où es-tu ?", "Vale, hasta mañana"};
    private static final String[] GIVEN = {"Ana", "Bruno", "Carla", "Diego", "Eduardo", "Fernanda", "Gabriel",
        "Helena", "Igor", "Joana", "Karim", "Lucas", "Marta", "Nuno", "Olivia", "Pedro", "Rafael", "Sofia"};

    private TriageCaseGenerator() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length < 1) {
            System.err.println("usage: TriageCaseGenerator outDir [phones [scale]]");
            System.exit(2);
        }
        Path out = Path.of(args[0]);
        int phones = args.length > 1 ? Integer.parseInt(args[1]) : 20;
        double scale = args.length > 2 ? Double.parseDouble(args[2]) : 1.0;
        Files.createDirectories(out);
        Random rnd = new Random(20261207L);
        List<Party> pool = LargeAndroidImageGenerator.numberPool(rnd).subList(0, PERSONS);
        for (int i = 0; i < phones; i++) {
            double f = phones == 1 ? 0 : (double) i / (phones - 1);
            int rows = (int) Math.round(MIN_ROWS * Math.pow((double) MAX_ROWS / MIN_ROWS, f) * scale);
            String label = String.format("P%02d", i + 1);
            long t0 = System.nanoTime();
            phone(out.resolve(label), new Random(rnd.nextLong()), pool, i, phones, rows);
            System.out.printf("%s: %d rows in %.1f s%n", label, rows, (System.nanoTime() - t0) / 1e9);
        }
        Files.writeString(out.getParent() == null ? Path.of("truth.json") : out.resolveSibling("truth.json"),
                "{\"boss\": \"" + boss(pool, phones).e164() + "\"}\n");
    }

    /** The unseized boss: the first person of the pool no seized phone belongs to. */
    private static Party boss(List<Party> pool, int phones) {
        return pool.get(phones);
    }

    /** Phone {@code index} of {@code phones}: owned by pool person {@code index}; 2% contacts, 18% calls, 80% SMS. */
    private static void phone(Path dir, Random rnd, List<Party> pool, int index, int phones, int rows)
            throws Exception {
        Party owner = pool.get(index);
        String region = NumberFormats.region(owner.e164());
        String locale = (region.equals("FR") ? "fr" : region.equals("ES") ? "es" : "pt") + "_" + region;
        List<Party> circle = circle(rnd, pool, index, phones);
        int contactCount = Math.max(100, rows / 50);
        int callCount = rows * 18 / 100;
        int smsCount = rows - contactCount - callCount;
        Sim sim = new Sim("Carrier", "Carrier", 208, "01",
                SimInfoWriter.withLuhn(String.format("89330124030%08d", index)),
                String.format("2080100%08d", index), owner.e164(), region.toLowerCase(Locale.ROOT), "+33689004000",
                -16746133);
        Packager.deleteRecursively(dir);
        Files.createDirectories(dir);
        Map<String, ContactsWriter.Match> directory;
        try (SqliteDb db = AndroidSchema.CONTACTS2.create(dir, locale)) {
            db.unsafeFastWrites();
            try (ContactsWriter w = new ContactsWriter(db, "owner" + index + "@example.com", START_MS)) {
                for (int i = 0; i < contactCount; i++) {
                    Party p = i < circle.size() ? circle.get(i) : pool.get(rnd.nextInt(pool.size()));
                    w.add(new Contact(GIVEN[rnd.nextInt(GIVEN.length)], p.key(),
                            rnd.nextInt(10) < 3 ? Account.GOOGLE : Account.LOCAL,
                            List.of(new Phone(p, form(rnd, region, p.e164()), Spec.PHONE_MOBILE, null)), null,
                            false, false, false, START_MS + (long) (rnd.nextDouble() * SPAN_MS)));
                }
                directory = w.directory();
            }
            db.finish(false);
        }
        try (SqliteDb db = AndroidSchema.CALLLOG.create(dir, locale)) {
            db.unsafeFastWrites();
            try (CallLogWriter w = new CallLogWriter(db, region, sim, directory)) {
                long gap = Math.max(1, SPAN_MS / Math.max(1, callCount));
                long t = START_MS;
                for (int i = 0; i < callCount; i++) {
                    t += 1 + (long) (rnd.nextDouble() * 2 * gap);
                    Party p = pick(rnd, circle, pool);
                    int roll = rnd.nextInt(100);
                    int type = roll < 42 ? Spec.INCOMING : roll < 82 ? Spec.OUTGOING : roll < 94 ? Spec.MISSED
                            : Spec.REJECTED;
                    int duration = type == Spec.INCOMING || type == Spec.OUTGOING ? rnd.nextInt(1800) : 0;
                    String raw = type == Spec.OUTGOING ? NumberFormats.stripSeparators(form(rnd, region, p.e164()))
                            : NumberFormats.region(p.e164()).equals(region) ? NumberFormats.nationalDigits(p.e164())
                            : p.e164();
                    w.add(new Call(t, p, raw, Spec.PRESENTATION_ALLOWED, type, duration));
                }
            }
            db.finish(false);
        }
        try (SqliteDb db = AndroidSchema.MMSSMS.create(dir, locale)) {
            db.unsafeFastWrites();
            try (MessagingWriter w = new MessagingWriter(db, owner.e164(), sim.smsc())) {
                long gap = Math.max(1, SPAN_MS / Math.max(1, smsCount));
                long t = START_MS;
                for (int i = 0; i < smsCount; i++) {
                    t += 1 + (long) (rnd.nextDouble() * 2 * gap);
                    Party p = pick(rnd, circle, pool);
                    String body = BODIES[rnd.nextInt(BODIES.length)];
                    w.addSms(rnd.nextBoolean()
                            ? new Sms(t + 3000, t, p, p.e164(), Spec.SMS_INBOX, body, 0)
                            : new Sms(t, 0, p, NumberFormats.stripSeparators(form(rnd, region, p.e164())),
                                    Spec.SMS_SENT, body, 0));
                }
            }
            db.finish(false);
        }
        try (SqliteDb db = AndroidSchema.TELEPHONY.create(dir, locale)) {
            SimInfoWriter.write(db, sim);
            db.finish(false);
        }
    }

    /**
     * The persons a phone talks to, most frequent first: the boss (every phone's first contact:
     * the hub the network's phones converge on), the owners of the seized phones just before and
     * after it and two places away, then persons of the pool around
     * its own place in it (neighbouring phones share most of their circles), never its own owner.
     */
    private static List<Party> circle(Random rnd, List<Party> pool, int index, int phones) {
        List<Party> circle = new ArrayList<>();
        for (int d : new int[] {0, 1, -1, 2, -2}) {
            int other = index + d;
            if (d == 0) {
                circle.add(boss(pool, phones));
            } else if (other >= 0 && other < phones) {
                circle.add(pool.get(other));
            }
        }
        int start = phones + index * 9;
        for (int i = 0; circle.size() < CIRCLE; i++) {
            Party p = pool.get(phones + Math.floorMod(start + i - phones, pool.size() - phones));
            if (!circle.contains(p)) {
                circle.add(p);
            }
        }
        return circle;
    }

    /** Nine times in ten someone of the circle (Zipf-like: the first few most often), else anyone. */
    private static Party pick(Random rnd, List<Party> circle, List<Party> pool) {
        if (rnd.nextInt(10) == 0) {
            return pool.get(rnd.nextInt(pool.size()));
        }
        int i = (int) Math.floor(Math.pow(circle.size() + 1, rnd.nextDouble())) - 1;
        return circle.get(Math.min(i, circle.size() - 1));
    }

    /** One of the ways a phone of {@code region} writes a number. */
    private static String form(Random rnd, String region, String e164) {
        boolean domestic = NumberFormats.region(e164).equals(region);
        int form = rnd.nextInt(domestic ? 6 : 4);
        return switch (form) {
            case 0 -> e164;
            case 1 -> NumberFormats.international(e164);
            case 2 -> NumberFormats.withDoubleZero(e164);
            case 3 -> NumberFormats.international(e164).replace(' ', '-');
            case 4 -> NumberFormats.national(e164);
            default -> NumberFormats.nationalDigits(e164);
        };
    }
}
