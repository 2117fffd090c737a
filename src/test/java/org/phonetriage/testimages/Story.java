package org.phonetriage.testimages;

import static org.phonetriage.testimages.Spec.ADDR_FROM;
import static org.phonetriage.testimages.Spec.ADDR_TO;
import static org.phonetriage.testimages.Spec.PHONE_CUSTOM;
import static org.phonetriage.testimages.Spec.PHONE_HOME;
import static org.phonetriage.testimages.Spec.PHONE_MOBILE;
import static org.phonetriage.testimages.Spec.PHONE_WORK;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import org.phonetriage.testimages.Spec.Account;
import org.phonetriage.testimages.Spec.Call;
import org.phonetriage.testimages.Spec.Contact;
import org.phonetriage.testimages.Spec.Device;
import org.phonetriage.testimages.Spec.Mms;
import org.phonetriage.testimages.Spec.MmsAddr;
import org.phonetriage.testimages.Spec.Party;
import org.phonetriage.testimages.Spec.Phone;
import org.phonetriage.testimages.Spec.Sim;
import org.phonetriage.testimages.Spec.Sms;

/**
 * The case: a Brazilian crew moving goods from a ship in Lisbon through Madrid to Paris in
 * March 2024, run from São Paulo by a boss who is not seized. Three phones were seized, one per
 * country. Calls, SMS and MMS between two seized phones are written on both of them (outgoing
 * on one, incoming on the other, same minute), so the devices corroborate one another.
 */
final class Story {

    // The three seized phones' own lines.
    static final Party RAFA = new Party("RAFA", "+33612345678", "D01 owner: Rafael 'Rafa' Teixeira, Paris end");
    static final Party DIEGO = new Party("DIEGO", "+34612345678", "D02 owner: Diego Moura, Madrid relay");
    static final Party THIAGO = new Party("THIAGO", "+351912345678", "D03 owner: Thiago Ferreira, Lisbon port");
    // Not seized: the boss and the crew around the three.
    static final Party BOSS = new Party("BOSS", "+5511987654321", "the boss in São Paulo (not seized)");
    static final Party MARCOS = new Party("MARCOS", "+33756983142", "courier in Paris (not seized)");
    static final Party LUCAS = new Party("LUCAS", "+34722418809", "driver Madrid-Lisbon (not seized)");
    static final Party ZE = new Party("ZE", "+351936402718", "van owner in Lisbon (not seized)");
    static final Party BRUNO = new Party("BRUNO", "+5521998765432", "supplier in Rio (not seized)");
    // Second lines of crew members, each known to one phone only.
    static final Party MARCOS_2 = new Party("MARCOS_2", "+33658412793", "Marcos' second line ('Trampo')");
    static final Party LUCAS_2 = new Party("LUCAS_2", "+34698135724", "Lucas' second line ('Curro')");
    static final Party BRUNO_2 = new Party("BRUNO_2", "+552125550143", "Bruno's warehouse landline ('Depósito')");
    // Private lives, one phone each.
    static final Party MAE_RAFA = new Party("MAE_RAFA", "+5531991234567", "Rafa's mother (Belo Horizonte)");
    static final Party KEBAB = new Party("KEBAB", "+33199001234", "kebab shop, Paris (landline)");
    static final Party PLUG = new Party("PLUG", "+33647209155", "old contact, deleted on D01");
    static final Party MAE_DIEGO = new Party("MAE_DIEGO", "+5562981112233", "Diego's mother (Goiânia)");
    static final Party ABOGADO = new Party("ABOGADO", "+34911234567", "lawyer, Madrid (landline)");
    static final Party TAXI = new Party("TAXI", "+34655901442", "taxi driver, deleted and blocked on D02");
    static final Party MAE_THIAGO = new Party("MAE_THIAGO", "+5571996543210", "Thiago's mother (Salvador)");
    static final Party OFICINA = new Party("OFICINA", "+351210123456", "garage, Lisbon (landline)");
    static final Party RITA = new Party("RITA", "+351962717304", "ex-girlfriend, deleted on D03");

    static final List<Party> PARTIES = List.of(RAFA, DIEGO, THIAGO, BOSS, MARCOS, LUCAS, ZE, BRUNO, MARCOS_2,
            LUCAS_2, BRUNO_2, MAE_RAFA, KEBAB, PLUG, MAE_DIEGO, ABOGADO, TAXI, MAE_THIAGO, OFICINA, RITA);

    final Device d01 = new Device("D01-android", "tar", "FR", "pt_BR", RAFA,
            new Sim("Orange F", "Orange F", 208, "01", SimInfoWriter.withLuhn("8933012403000123456"),
                    "208012480135791", "+33612345678", "fr", "+33689004000", -16746133),
            "rafa.teixeira.d01@example.com");
    final Device d02 = new Device("D02-android", "zip", "ES", "pt_BR", DIEGO,
            new Sim("Movistar", "Movistar", 214, "07", SimInfoWriter.withLuhn("8934072403000654321"),
                    "214073691470258", "+34612345678", "es", "+34609090909", -13408298),
            "diego.moura.d02@example.com");
    // This SIM reports its MSISDN in national form, as some operators provision it.
    final Device d03 = new Device("D03-android", "folder", "PT", "pt_BR", THIAGO,
            new Sim("vodafone P", "vodafone P", 268, "01", SimInfoWriter.withLuhn("8935101240300987654"),
                    "268015820461937", "912345678", "pt", "+351911616161", -1617853),
            "thiago.ferreira.d03@example.com");
    final List<Device> devices = List.of(d01, d02, d03);

    private int mmsCounter;

    static Story build() {
        Story s = new Story();
        s.addressBooks();
        s.network();
        s.localLife();
        s.dailyNoise();
        for (Device d : s.devices) {
            d.calls.sort(Comparator.comparingLong(Call::dateMs));
            d.sms.sort(Comparator.comparingLong(Sms::dateMs));
            d.mms.sort(Comparator.comparingLong(Mms::dateSec));
        }
        return s;
    }

    /** The same people saved under different names and in different written forms. */
    private void addressBooks() {
        Account g = Account.GOOGLE;
        Account l = Account.LOCAL;
        d01.contacts.addAll(List.of(
                contact("Tio BR", null, g, "2024-01-10T21:00", phone(BOSS, "0055 11 98765 4321", PHONE_MOBILE))
                        .email("tio.br@example.com").starred().whatsapp().done(),
                contact("Diego", "Espanha", g, "2024-01-12T18:30", phone(DIEGO, "0034 612 34 56 78", PHONE_MOBILE))
                        .whatsapp().done(),
                contact("Thiago", "Lisboa", l, "2024-01-12T18:35", phone(THIAGO, "+351 912 345 678", PHONE_MOBILE))
                        .done(),
                contact("Marcos", null, l, "2024-02-02T11:00", phone(MARCOS, "07 56 98 31 42", PHONE_MOBILE),
                        phone(MARCOS_2, "06 58 41 27 93", PHONE_CUSTOM, "Trampo")).done(),
                contact("Zé", "Tuga", g, "2024-02-20T09:15", phone(ZE, "+351 936 402 718", PHONE_MOBILE)).done(),
                contact("Bruno", "Rio", l, "2024-01-05T22:40", phone(BRUNO, "+55 21 99876-5432", PHONE_MOBILE))
                        .done(),
                contact("Mãe", null, g, "2023-11-02T20:00", phone(MAE_RAFA, "+55 31 99123-4567", PHONE_MOBILE))
                        .done(),
                contact("Kebab", "Chez Ali", l, "2023-12-01T19:00", phone(KEBAB, "01 99 00 12 34", PHONE_WORK))
                        .done(),
                contact("Plug", "Marseille", l, "2024-03-02T23:50", phone(PLUG, "06 47 20 91 55", PHONE_MOBILE))
                        .deleted().done()));
        d02.contacts.addAll(List.of(
                contact("Chefe", null, g, "2024-01-08T15:00", phone(BOSS, "+55 11 98765-4321", PHONE_MOBILE))
                        .starred().whatsapp().done(),
                contact("Rafa", "França", g, "2024-01-12T18:40", phone(RAFA, "+33 6 12 34 56 78", PHONE_MOBILE))
                        .whatsapp().done(),
                contact("Thiago", "PT", l, "2024-01-13T10:00", phone(THIAGO, "00351 912-345-678", PHONE_MOBILE))
                        .done(),
                contact("Marcos", "Paris", g, "2024-02-03T16:20", phone(MARCOS, "+33 7 56 98 31 42", PHONE_MOBILE))
                        .done(),
                contact("Lucas", null, l, "2024-02-10T12:00", phone(LUCAS, "722 41 88 09", PHONE_MOBILE),
                        phone(LUCAS_2, "+34 698 13 57 24", PHONE_CUSTOM, "Curro")).done(),
                contact("Mamãe", null, g, "2023-10-15T21:00", phone(MAE_DIEGO, "+55 62 98111-2233", PHONE_MOBILE))
                        .done(),
                contact("Abogado", "Ruiz", g, "2024-02-28T09:00", phone(ABOGADO, "911 23 45 67", PHONE_WORK))
                        .email("ruiz.abogados@example.es").done(),
                contact("Taxi", "Paco", l, "2024-03-09T08:10", phone(TAXI, "655 901 442", PHONE_MOBILE))
                        .deleted().done()));
        d03.contacts.addAll(List.of(
                contact("Patrão", null, g, "2024-01-09T13:00", phone(BOSS, "+5511987654321", PHONE_MOBILE))
                        .starred().whatsapp().done(),
                contact("Rafa", "FR", g, "2024-01-12T19:00", phone(RAFA, "0033 6 12 34 56 78", PHONE_MOBILE))
                        .whatsapp().done(),
                contact("Diego", "ES", g, "2024-01-13T10:05", phone(DIEGO, "+34 612 345 678", PHONE_MOBILE)).done(),
                contact("Lucas", "Madrid", l, "2024-02-11T08:00", phone(LUCAS, "0034 722 418 809", PHONE_MOBILE))
                        .done(),
                contact("Zé", null, l, "2024-02-18T17:45", phone(ZE, "936 402 718", PHONE_MOBILE)).done(),
                contact("Bruno", "RJ", l, "2024-01-06T01:10", phone(BRUNO, "0055 21 99876 5432", PHONE_MOBILE),
                        phone(BRUNO_2, "+55 21 2555-0143", PHONE_CUSTOM, "Depósito")).done(),
                contact("Mãe", null, g, "2023-09-30T22:00", phone(MAE_THIAGO, "+55 71 99654-3210", PHONE_MOBILE))
                        .done(),
                contact("Oficina", "Auto", l, "2024-02-01T10:30", phone(OFICINA, "210 123 456", PHONE_WORK))
                        .email("oficina.auto@example.pt").done(),
                contact("Rita", null, l, "2024-03-11T00:30", phone(RITA, "962 717 304", PHONE_HOME))
                        .deleted().done()));
    }

    /** Traffic inside the crew: seized-to-seized events land on two phones. */
    private void network() {
        call("2024-03-01T09:05", BOSS, RAFA, Outcome.ANSWERED, 245);
        call("2024-03-01T09:20", RAFA, DIEGO, Outcome.ANSWERED, 132);
        call("2024-03-01T09:26", RAFA, THIAGO, Outcome.MISSED, 0);
        call("2024-03-01T09:40", THIAGO, RAFA, Outcome.ANSWERED, 87);
        sms("2024-03-01T10:02", RAFA, THIAGO, "O Tio mandou confirmar a data. Sexta?");
        sms("2024-03-01T10:05", THIAGO, RAFA, "Sexta confirmado. O navio chega a Lisboa quinta à noite.");
        call("2024-03-02T14:10", BOSS, DIEGO, Outcome.ANSWERED, 310);
        call("2024-03-02T14:30", DIEGO, LUCAS, Outcome.ANSWERED, 95);
        sms("2024-03-02T18:00", DIEGO, BOSS, "Tudo certo aqui em Madrid.");
        call("2024-03-03T11:11", BOSS, THIAGO, Outcome.ANSWERED, 402);
        sms("2024-03-03T11:30", THIAGO, ZE, "Preciso da carrinha sexta de manhã.");
        sms("2024-03-03T11:34", ZE, THIAGO, "Ok, 7h no armazém.");
        mms("2024-03-04T20:00", RAFA, List.of(DIEGO, THIAGO), "Reunião sábado 15h no lugar de sempre.", null);
        sms("2024-03-04T20:05", DIEGO, RAFA, "Vou estar lá.");
        call("2024-03-04T20:07", THIAGO, RAFA, Outcome.REJECTED, 0);
        call("2024-03-05T07:45", THIAGO, BRUNO, Outcome.ANSWERED, 60);
        mms("2024-03-05T08:00", BRUNO, List.of(THIAGO), "Foto do carregamento", "IMG_20240305_075812.jpg");
        call("2024-03-05T09:15", THIAGO, LUCAS, Outcome.ANSWERED, 180);
        sms("2024-03-05T09:20", LUCAS, THIAGO, "Recebi. Saio de Madrid amanhã.");
        call("2024-03-06T13:00", DIEGO, MARCOS, Outcome.ANSWERED, 220);
        sms("2024-03-06T13:10", MARCOS, DIEGO, "Estou em Paris, me avisa quando sair.");
        call("2024-03-06T16:30", RAFA, MARCOS, Outcome.ANSWERED, 145);
        sms("2024-03-06T16:45", RAFA, MARCOS, "Amanhã 10h na Gare de Lyon.");
        call("2024-03-07T10:05", MARCOS, RAFA, Outcome.ANSWERED, 30);
        mms("2024-03-07T12:00", BOSS, List.of(RAFA), "Confere o valor", "IMG-20240307-WA0003.jpg");
        mms("2024-03-07T12:30", DIEGO, List.of(BOSS), "Entregue.", "IMG_20240307_122855.jpg");
        call("2024-03-08T09:00", RAFA, BOSS, Outcome.ANSWERED, 520);
        call("2024-03-08T09:30", DIEGO, THIAGO, Outcome.ANSWERED, 75);
        call("2024-03-08T09:40", THIAGO, DIEGO, Outcome.MISSED, 0);
        sms("2024-03-08T22:00", BOSS, THIAGO, "Parabéns pelo trabalho. Próxima em abril.");
        call("2024-03-09T08:15", RAFA, ZE, Outcome.ANSWERED, 64);
        sms("2024-03-09T08:20", RAFA, ZE, "Obrigado pela carrinha.");
        call("2024-03-10T19:00", RAFA, BRUNO, Outcome.ANSWERED, 210);
        call("2024-03-10T19:10", BRUNO, THIAGO, Outcome.ANSWERED, 95);
        call("2024-03-12T15:00", DIEGO, RAFA, Outcome.ANSWERED, 188);
        sms("2024-03-12T15:30", RAFA, BOSS, "O dinheiro segue com o Lucas.");
        sms("2024-03-13T11:00", DIEGO, THIAGO, "O Lucas chega amanhã a Lisboa.");
        sms("2024-03-13T11:02", THIAGO, DIEGO, "Beleza.");
        call("2024-03-14T08:00", BOSS, DIEGO, Outcome.MISSED, 0);
        call("2024-03-14T08:03", DIEGO, BOSS, Outcome.ANSWERED, 300);
        sms("2024-03-15T17:00", BOSS, RAFA, "Apaga essas mensagens.");
    }

    /** Things only one phone knows about: private numbers, services, second lines, drafts. */
    private void localLife() {
        d01.calls.add(incoming(d01, "2024-02-20T22:10", PLUG, 45));
        d01.calls.add(new Call(ms("2024-03-09T23:10"), null, "", Spec.PRESENTATION_RESTRICTED, Spec.INCOMING, 40));
        d01.calls.add(outgoing(d01, "2024-03-02T19:30", KEBAB, 35));
        d01.calls.add(outgoing(d01, "2024-03-07T09:00", MARCOS_2, 52));
        d01.sms.add(service("2024-03-01T06:00", "36179", "Orange : votre facture de février est disponible."));
        d01.sms.add(service("2024-03-06T07:30", "CHRONOPOST",
                "Chronopost : votre colis XY123456789FR sera livré le 07/03 entre 9h et 13h."));
        d01.sms.add(new Sms(ms("2024-03-16T01:00"), 0, BOSS, dial(d01, BOSS), Spec.SMS_DRAFT,
                "Tio, sobre o dinheiro", 0));

        d02.calls.add(new Call(ms("2024-03-10T02:15"), null, "-1", Spec.PRESENTATION_UNKNOWN, Spec.MISSED, 0));
        call("2024-03-11T10:00", TAXI, DIEGO, Outcome.BLOCKED, 0);
        d02.calls.add(outgoing(d02, "2024-03-14T12:00", ABOGADO, 400));
        d02.calls.add(outgoing(d02, "2024-03-05T18:00", LUCAS_2, 90));
        d02.sms.add(service("2024-03-02T09:00", "SANTANDER",
                "Santander: su código de verificación es 482913. No lo comparta con nadie."));
        d02.sms.add(service("2024-03-04T12:00", "22555", "Movistar: ha consumido el 80% de sus datos."));

        d03.calls.add(new Call(ms("2024-03-12T03:00"), null, "", Spec.PRESENTATION_RESTRICTED, Spec.MISSED, 0));
        d03.calls.add(incoming(d03, "2024-02-25T21:30", RITA, 120));
        d03.calls.add(outgoing(d03, "2024-03-04T10:00", OFICINA, 60));
        d03.calls.add(outgoing(d03, "2024-03-05T07:30", BRUNO_2, 40));
        d03.calls.add(new Call(ms("2024-03-07T11:00"), ZE, incomingForm(d03, ZE), Spec.PRESENTATION_ALLOWED,
                Spec.ANSWERED_EXTERNALLY, 65));
        d03.sms.add(new Sms(ms("2024-03-13T11:05"), 0, LUCAS, dial(d03, LUCAS), Spec.SMS_FAILED,
                "Confirmo amanhã às 9h.", 1));
        d03.sms.add(service("2024-03-01T12:00", "VODAFONE",
                "Vodafone: o seu carregamento de 15EUR foi efetuado com sucesso."));
        d03.sms.add(service("2024-03-08T10:00", "4455", "Vodafone: tem 2GB de dados grátis até domingo."));
    }

    /** Calls and texts home, placed by a seeded Random: volume, not evidence. */
    private void dailyNoise() {
        String[] texts = {"Oi mãe, tudo bem?", "Mãe, liguei e você não atendeu.", "Saudades! Beijo.",
            "Filho, me liga quando puder.", "Deus te abençoe, filho."};
        Party[] mothers = {MAE_RAFA, MAE_DIEGO, MAE_THIAGO};
        for (int i = 0; i < devices.size(); i++) {
            Device d = devices.get(i);
            Party mae = mothers[i];
            Random rnd = new Random(20240301L + i);
            long march = ms("2024-03-01T00:00");
            for (int k = 0; k < 6; k++) {
                long at = march + rnd.nextInt(30) * 86_400_000L + (19 + rnd.nextInt(4)) * 3_600_000L
                        + rnd.nextInt(3600) * 1000L;
                int dur = 60 + rnd.nextInt(1140);
                d.calls.add(rnd.nextBoolean()
                        ? new Call(at, mae, dial(d, mae), Spec.PRESENTATION_ALLOWED, Spec.OUTGOING, dur)
                        : new Call(at, mae, incomingForm(d, mae), Spec.PRESENTATION_ALLOWED, Spec.INCOMING, dur));
            }
            for (int k = 0; k < 3; k++) {
                long at = march + rnd.nextInt(30) * 86_400_000L + (8 + rnd.nextInt(12)) * 3_600_000L
                        + rnd.nextInt(3600) * 1000L;
                String body = texts[rnd.nextInt(texts.length)];
                d.sms.add(body.startsWith("Filho") || body.startsWith("Deus")
                        ? new Sms(at + 4000, at, mae, mae.e164(), Spec.SMS_INBOX, body, 0)
                        : new Sms(at, 0, mae, dial(d, mae), Spec.SMS_SENT, body, 0));
            }
        }
    }

    // --- how one event shows on the phones involved ---

    enum Outcome { ANSWERED, MISSED, REJECTED, BLOCKED }

    private void call(String at, Party from, Party to, Outcome outcome, int durationSec) {
        long t = ms(at);
        Device caller = seized(from);
        Device callee = seized(to);
        int talked = outcome == Outcome.ANSWERED ? durationSec : 0;
        if (caller != null) {
            caller.calls.add(new Call(t, to, dial(caller, to), Spec.PRESENTATION_ALLOWED, Spec.OUTGOING, talked));
        }
        if (callee != null) {
            int type = switch (outcome) {
                case ANSWERED -> Spec.INCOMING;
                case MISSED -> Spec.MISSED;
                case REJECTED -> Spec.REJECTED;
                case BLOCKED -> Spec.BLOCKED;
            };
            callee.calls.add(new Call(t, from, incomingForm(callee, from), Spec.PRESENTATION_ALLOWED, type, talked));
        }
    }

    private void sms(String at, Party from, Party to, String body) {
        long t = ms(at);
        Device sender = seized(from);
        Device receiver = seized(to);
        if (sender != null) {
            sender.sms.add(new Sms(t, 0, to, dial(sender, to), Spec.SMS_SENT, body, 0));
        }
        if (receiver != null) {
            // The network delivers the sender in international form; delivery takes a few seconds.
            receiver.sms.add(new Sms(t + 4000, t, from, from.e164(), Spec.SMS_INBOX, body, 0));
        }
    }

    private void mms(String at, Party from, List<Party> to, String text, String imageName) {
        long sec = ms(at) / 1000;
        String messageId = String.format("%08X%04d", sec, ++mmsCounter);
        Device sender = seized(from);
        if (sender != null) {
            List<MmsAddr> addrs = new ArrayList<>();
            // The sending app does not know its own number and writes a placeholder.
            addrs.add(new MmsAddr(null, Spec.INSERT_ADDRESS_TOKEN, ADDR_FROM));
            for (Party p : to) {
                addrs.add(new MmsAddr(p, dial(sender, p), ADDR_TO));
            }
            sender.mms.add(new Mms(sec, 0, true, messageId, addrs, text, imageName));
        }
        for (Party p : to) {
            Device receiver = seized(p);
            if (receiver != null) {
                // The MMSC lists the sender and every recipient, the receiving phone included.
                List<MmsAddr> addrs = new ArrayList<>();
                addrs.add(new MmsAddr(from, from.e164(), ADDR_FROM));
                for (Party q : to) {
                    addrs.add(new MmsAddr(q, q.e164(), ADDR_TO));
                }
                receiver.mms.add(new Mms(sec + 30, sec, false, messageId, addrs, text, imageName));
            }
        }
    }

    private Call incoming(Device d, String at, Party from, int durationSec) {
        return new Call(ms(at), from, incomingForm(d, from), Spec.PRESENTATION_ALLOWED, Spec.INCOMING, durationSec);
    }

    private Call outgoing(Device d, String at, Party to, int durationSec) {
        return new Call(ms(at), to, dial(d, to), Spec.PRESENTATION_ALLOWED, Spec.OUTGOING, durationSec);
    }

    private static Sms service(String at, String sender, String body) {
        long t = ms(at);
        return new Sms(t + 2000, t, null, sender, Spec.SMS_INBOX, body, 0);
    }

    /** What the phone logs when its owner calls or texts a party: the saved number, unformatted. */
    static String dial(Device d, Party p) {
        Phone saved = d.phoneOf(p);
        return saved != null ? NumberFormats.stripSeparators(saved.raw()) : p.e164();
    }

    /** How the network presents a caller: national digits at home, international from abroad. */
    static String incomingForm(Device d, Party p) {
        return NumberFormats.region(p.e164()).equals(d.region) ? NumberFormats.nationalDigits(p.e164())
                : p.e164();
    }

    private Device seized(Party p) {
        for (Device d : devices) {
            if (d.owner.equals(p)) {
                return d;
            }
        }
        return null;
    }

    static long ms(String isoMinute) {
        return Instant.parse(isoMinute + ":00Z").toEpochMilli();
    }

    // --- a small builder so that the address books above read like a list ---

    private static Phone phone(Party p, String raw, int type) {
        return new Phone(p, raw, type, null);
    }

    private static Phone phone(Party p, String raw, int type, String label) {
        return new Phone(p, raw, type, label);
    }

    private static ContactBuilder contact(String given, String family, Account account, String updated,
                                          Phone... phones) {
        return new ContactBuilder(given, family, account, ms(updated), List.of(phones));
    }

    private static final class ContactBuilder {
        private final String given;
        private final String family;
        private final Account account;
        private final long updatedMs;
        private final List<Phone> phones;
        private String email;
        private boolean starred;
        private boolean deleted;
        private boolean whatsapp;

        ContactBuilder(String given, String family, Account account, long updatedMs, List<Phone> phones) {
            this.given = given;
            this.family = family;
            this.account = account;
            this.updatedMs = updatedMs;
            this.phones = phones;
        }

        ContactBuilder email(String e) {
            email = e;
            return this;
        }

        ContactBuilder starred() {
            starred = true;
            return this;
        }

        ContactBuilder deleted() {
            deleted = true;
            return this;
        }

        ContactBuilder whatsapp() {
            whatsapp = true;
            return this;
        }

        Contact done() {
            return new Contact(given, family, account, phones, email, starred, deleted, whatsapp, updatedMs);
        }
    }
}
