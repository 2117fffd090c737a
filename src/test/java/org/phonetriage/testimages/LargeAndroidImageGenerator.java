package org.phonetriage.testimages;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.phonetriage.testimages.Spec.Account;
import org.phonetriage.testimages.Spec.Call;
import org.phonetriage.testimages.Spec.Contact;
import org.phonetriage.testimages.Spec.Party;
import org.phonetriage.testimages.Spec.Phone;
import org.phonetriage.testimages.Spec.Sim;
import org.phonetriage.testimages.Spec.Sms;

/**
 * Writes one large folder extraction of a French Android phone for the ingest benchmark, with the
 * same schemas and writers as the committed images: by default 1,000,000 SMS, 200,000 calls and
 * 5,000 contacts, whose numbers are drawn (seeded) from a few thousand valid FR/ES/PT/BR numbers
 * written in mixed forms. Not part of {@code mvn test}; see scripts/bench-ingest.
 *
 * <p>Usage: {@code LargeAndroidImageGenerator outDir [sms [calls [contacts]]]}.
 */
public final class LargeAndroidImageGenerator {

    private static final String REGION = "FR";
    private static final int POOL_SIZE = 4000;
    private static final long START_MS = Story.ms("2023-01-01T00:00");
    private static final long SPAN_MS = Story.ms("2024-12-31T00:00") - START_MS;
    private static final String[] GIVEN = {"Ana", "Bruno", "Carla", "Diego", "Eduardo", "Fernanda", "Gabriel",
        "Helena", "Igor", "Joana", "Karim", "Lucas", "Marta", "Nuno", "Olivia", "Pedro", "Quentin", "Rafael",
        "Sofia", "Thiago", "Ursula", "Vitor", "Wagner", "Yasmin", "Zé"};
    private static final String[] FAMILY = {"Silva", "Santos", "Oliveira", "Souza", "Costa", "Martin",
        "Bernard", "Dubois", "García", "Fernández", "López", "Pereira", "Ferreira", "Rodrigues", "Moreau", null};
    private static final String[] BODIES = {"Ok", "Já chego", "Liga-me quando puderes", "On se voit demain ?",
        "Te llamo luego", "Manda a localização", "Beleza, fechado", "Où es-tu ?", "Vale, hasta mañana",
        "Obrigado!", "Pode ser às 18h?", "J'arrive dans 10 minutes", "Estoy en la puerta", "Tudo certo?"};
    private static final String[] SERVICES = {"ORANGE", "AMELI", "LaPoste", "36179", "CHRONOPOST"};

    private LargeAndroidImageGenerator() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length < 1) {
            System.err.println("usage: LargeAndroidImageGenerator outDir [sms [calls [contacts]]]");
            System.exit(2);
        }
        Path out = Path.of(args[0]);
        int sms = args.length > 1 ? Integer.parseInt(args[1]) : 1_000_000;
        int calls = args.length > 2 ? Integer.parseInt(args[2]) : 200_000;
        int contacts = args.length > 3 ? Integer.parseInt(args[3]) : 5_000;
        long t0 = System.nanoTime();
        generate(out, sms, calls, contacts);
        System.out.printf("Wrote %s: %d SMS, %d calls, %d contacts in %.1f s%n", out.toAbsolutePath(), sms, calls,
                contacts, (System.nanoTime() - t0) / 1e9);
    }

    static void generate(Path out, int smsCount, int callCount, int contactCount) throws Exception {
        Random rnd = new Random(20240401L);
        List<Party> pool = numberPool(rnd);
        Party owner = pool.stream().filter(p -> p.e164().startsWith("+33")).findFirst().orElseThrow();
        Sim sim = new Sim("Orange F", "Orange F", 208, "01", SimInfoWriter.withLuhn("8933012403000999999"),
                "208010000000001", owner.e164(), "fr", "+33689004000", -16746133);
        Packager.deleteRecursively(out);
        Files.createDirectories(out);

        Map<String, ContactsWriter.Match> directory;
        try (SqliteDb db = AndroidSchema.CONTACTS2.create(out, "fr_FR")) {
            db.unsafeFastWrites();
            try (ContactsWriter w = new ContactsWriter(db, "large.phone@example.com", START_MS)) {
                for (int i = 0; i < contactCount; i++) {
                    // Each pool number once, then repeats: real address books hold duplicates.
                    Party p = i < pool.size() ? pool.get(i) : pool.get(rnd.nextInt(pool.size()));
                    w.add(contact(rnd, p, pool));
                }
                directory = w.directory();
            }
            db.finish(false);
        }

        try (SqliteDb db = AndroidSchema.CALLLOG.create(out, "fr_FR")) {
            db.unsafeFastWrites();
            try (CallLogWriter w = new CallLogWriter(db, REGION, sim, directory)) {
                long gap = Math.max(1, SPAN_MS / Math.max(1, callCount));
                long t = START_MS;
                for (int i = 0; i < callCount; i++) {
                    t += 1 + (long) (rnd.nextDouble() * 2 * gap);
                    w.add(call(rnd, t, pool));
                }
            }
            db.finish(false);
        }

        try (SqliteDb db = AndroidSchema.MMSSMS.create(out, "fr_FR")) {
            db.unsafeFastWrites();
            try (MessagingWriter w = new MessagingWriter(db, owner.e164(), sim.smsc())) {
                long gap = Math.max(1, SPAN_MS / Math.max(1, smsCount));
                long t = START_MS;
                // Most texts go to a few hundred regular correspondents, as on a real phone.
                List<Party> regulars = pool.subList(0, Math.min(300, pool.size()));
                for (int i = 0; i < smsCount; i++) {
                    t += 1 + (long) (rnd.nextDouble() * 2 * gap);
                    w.addSms(sms(rnd, t, rnd.nextInt(10) < 8 ? regulars : pool));
                }
            }
            db.finish(false);
        }

        try (SqliteDb db = AndroidSchema.TELEPHONY.create(out, "fr_FR")) {
            SimInfoWriter.write(db, sim);
            db.finish(false);
        }
    }

    /** A few thousand distinct numbers valid for libphonenumber: 40% FR, 20% each ES, PT, BR. */
    static List<Party> numberPool(Random rnd) throws NumberParseException {
        PhoneNumberUtil util = PhoneNumberUtil.getInstance();
        int[] brAreas = {11, 21, 31, 41, 51, 61, 71, 81, 91};
        Set<String> seen = new HashSet<>();
        List<Party> pool = new ArrayList<>();
        while (pool.size() < POOL_SIZE) {
            int pick = rnd.nextInt(10);
            String e164;
            if (pick < 4) {
                e164 = "+33" + (6 + rnd.nextInt(2)) + digits(rnd, 8);
            } else if (pick < 6) {
                e164 = "+34" + (6 + rnd.nextInt(2)) + digits(rnd, 8);
            } else if (pick < 8) {
                e164 = "+3519" + "1236".charAt(rnd.nextInt(4)) + digits(rnd, 7);
            } else {
                e164 = "+55" + brAreas[rnd.nextInt(brAreas.length)] + "9" + digits(rnd, 8);
            }
            if (seen.add(e164) && util.isValidNumber(util.parse(e164, "ZZ"))) {
                pool.add(new Party("N" + pool.size(), e164, "generated"));
            }
        }
        return pool;
    }

    /** One of the ways people save a number on a French phone. */
    static String mixedForm(Random rnd, String e164) {
        boolean domestic = NumberFormats.region(e164).equals(REGION);
        int form = rnd.nextInt(domestic ? 7 : 5);
        return switch (form) {
            case 0 -> e164;
            case 1 -> NumberFormats.international(e164);
            case 2 -> NumberFormats.withDoubleZero(e164);
            case 3 -> "00" + NumberFormats.international(e164).substring(1);
            case 4 -> NumberFormats.international(e164).replace(' ', '-');
            case 5 -> NumberFormats.national(e164);
            default -> NumberFormats.nationalDigits(e164);
        };
    }

    private static Contact contact(Random rnd, Party p, List<Party> pool) {
        List<Phone> phones = new ArrayList<>();
        phones.add(new Phone(p, mixedForm(rnd, p.e164()), Spec.PHONE_MOBILE, null));
        if (rnd.nextInt(100) < 15) {
            Party second = pool.get(rnd.nextInt(pool.size()));
            if (!second.equals(p)) {
                phones.add(new Phone(second, mixedForm(rnd, second.e164()), Spec.PHONE_WORK, null));
            }
        }
        String given = GIVEN[rnd.nextInt(GIVEN.length)];
        String family = FAMILY[rnd.nextInt(FAMILY.length)];
        boolean deleted = rnd.nextInt(100) < 2;
        String email = rnd.nextInt(100) < 10 ? given.toLowerCase() + "." + p.key().toLowerCase() + "@example.com"
                : null;
        return new Contact(given, family, rnd.nextInt(10) < 3 ? Account.GOOGLE : Account.LOCAL, phones, email,
                rnd.nextInt(100) < 3, deleted, !deleted && rnd.nextInt(10) == 0,
                START_MS + (long) (rnd.nextDouble() * SPAN_MS));
    }

    private static Call call(Random rnd, long t, List<Party> pool) {
        int roll = rnd.nextInt(100);
        if (roll < 3) {
            return new Call(t, null, "", Spec.PRESENTATION_RESTRICTED, rnd.nextBoolean() ? Spec.INCOMING
                    : Spec.MISSED, rnd.nextInt(300));
        }
        Party p = pool.get(rnd.nextInt(pool.size()));
        int type = roll < 42 ? Spec.INCOMING : roll < 82 ? Spec.OUTGOING : roll < 94 ? Spec.MISSED
                : roll < 98 ? Spec.REJECTED : Spec.BLOCKED;
        int duration = type == Spec.INCOMING || type == Spec.OUTGOING ? rnd.nextInt(1800) : 0;
        String raw = type == Spec.OUTGOING ? NumberFormats.stripSeparators(mixedForm(rnd, p.e164()))
                : NumberFormats.region(p.e164()).equals(REGION) ? NumberFormats.nationalDigits(p.e164())
                : p.e164();
        return new Call(t, p, raw, Spec.PRESENTATION_ALLOWED, type, duration);
    }

    private static Sms sms(Random rnd, long t, List<Party> parties) {
        String body = BODIES[rnd.nextInt(BODIES.length)];
        if (rnd.nextInt(100) == 0) {
            return new Sms(t + 2000, t, null, SERVICES[rnd.nextInt(SERVICES.length)], Spec.SMS_INBOX,
                    "Code: " + digits(rnd, 6), 0);
        }
        Party p = parties.get(rnd.nextInt(parties.size()));
        return rnd.nextBoolean()
                ? new Sms(t + 3000, t, p, p.e164(), Spec.SMS_INBOX, body, 0)
                : new Sms(t, 0, p, NumberFormats.stripSeparators(mixedForm(rnd, p.e164())), Spec.SMS_SENT, body, 0);
    }

    private static String digits(Random rnd, int n) {
        StringBuilder sb = new StringBuilder(n);
        for (int i = 0; i < n; i++) {
            sb.append((char) ('0' + rnd.nextInt(10)));
        }
        return sb.toString();
    }
}
