package org.phonetriage.testimages;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.List;

/**
 * D16 and D17: two more phones of the crew carrying the same app no parser models (a freight
 * dispatch app, {@code br.com.zapfrete}), for the sweep of unclaimed files. The people are the
 * case's, written as Brazilian apps write them; the app's own support line, its WhatsApp and its
 * e-mail are on both phones in the same places (constants); id, counter and time columns hold
 * values shaped like numbers that must give nothing.
 */
final class UnknownAppImageGenerator {

    static final String D16 = "D16-android-unknownapp";
    static final String D17 = "D17-android-unknownapp";
    static final String APP = "data/data/br.com.zapfrete/";

    private UnknownAppImageGenerator() {
    }

    /** One contact row of the app: name and number as the app stored it. */
    private record Contact(String name, String phone) {
    }

    static String generate(Path out, Path staging) throws IOException, SQLException {
        // D16: the boss in the app's spaced international form, Diego, the new recruit, Thiago in the prefs
        write(out, staging, D16, List.of(new Contact("Chefe", "+55 11 98765-4321"),
                        new Contact("Diego Madri", "+34 612 34 56 78"), new Contact("Gui novo", "+55 (21) 97654-3210")),
                List.of("+351 912 345 678"), "+351 912 345 678");
        // D17: the boss as a JID-less bare international number with its plus, Thiago; the recruit only in a ride
        write(out, staging, D17, List.of(new Contact("O Velho", "+5511987654321"),
                        new Contact("Thiago", "+351 912 345 678")),
                List.of("+55 21 97654-3210", "+55 21 97654-3210"), null);
        return """

                ## D16-android-unknownapp, D17-android-unknownapp — an app no parser models

                Made by `UnknownAppImageGenerator` (run by `scripts/make-test-images`). Two folders, each an
                Android phone holding only a freight-dispatch app no parser knows (`br.com.zapfrete`), for the
                sweep of unclaimed files: `databases/frete.db`, `shared_prefs/zapfrete_prefs.xml` and
                `files/session.json`.
                - `frete.db` `contatos(_id, nome, fone, criado_em)`: D16 holds the boss `+55 11 98765-4321`,
                  Diego `+34 612 34 56 78` and a recruit seen nowhere else in the case `+55 (21) 97654-3210`;
                  D17 the boss `+5511987654321` and Thiago `+351 912 345 678`.
                - `corridas(_id, contato_id, origem_fone, valor, inicio)` (rides, `inicio` in epoch
                  milliseconds): on D17 the recruit's number in `origem_fone` (twice), on D16 Thiago's.
                - `central(_id, nome, telefone_suporte, whatsapp_suporte)`: the app's own support line
                  `+55 11 4003-1234` and its WhatsApp `551140031234@s.whatsapp.net`, the same on both
                  phones (app constants: service identifiers, never links).
                - `servidor(_id, remote_id, seq, atualizado)`: server ids of 13 digits, counters and epoch
                  seconds — shaped like numbers, none an identifier.
                - `zapfrete_prefs.xml`: `ultimo_motorista` (D16: Thiago `+351 912 345 678`), `ultimo_login`
                  (epoch milliseconds); `session.json`: `suporte.email` `suporte@zapfrete.example.com` (a
                  constant) and `sessao.expira` (epoch seconds).
                """;
    }

    private static void write(Path out, Path staging, String label, List<Contact> contacts, List<String> rides,
                              String lastDriver) throws IOException, SQLException {
        Path root = staging.resolve(label);
        Packager.deleteRecursively(root);
        try (SqliteDb db = SqliteDb.create(root.resolve(APP + "databases/frete.db"), 12)) {
            db.exec("CREATE TABLE contatos (_id INTEGER PRIMARY KEY AUTOINCREMENT, nome TEXT, fone TEXT,"
                    + " criado_em INTEGER)");
            db.exec("CREATE TABLE corridas (_id INTEGER PRIMARY KEY AUTOINCREMENT, contato_id INTEGER,"
                    + " origem_fone TEXT, valor REAL, inicio INTEGER)");
            db.exec("CREATE TABLE central (_id INTEGER PRIMARY KEY, nome TEXT, telefone_suporte TEXT,"
                    + " whatsapp_suporte TEXT)");
            db.exec("CREATE TABLE servidor (_id INTEGER PRIMARY KEY, remote_id INTEGER, seq INTEGER,"
                    + " atualizado INTEGER)");
            try (SqliteDb.Insert ins = db.insert("contatos", "nome", "fone", "criado_em")) {
                long t = 1_709_251_200L;
                for (Contact c : contacts) {
                    ins.row(c.name(), c.phone(), t += 86_400);
                }
            }
            try (SqliteDb.Insert ins = db.insert("corridas", "contato_id", "origem_fone", "valor", "inicio")) {
                long t = 1_710_054_000_000L;
                for (String r : rides) {
                    ins.row(1, r, 150.0, t += 3_600_000);
                }
            }
            try (SqliteDb.Insert ins = db.insert("central", "_id", "nome", "telefone_suporte", "whatsapp_suporte")) {
                ins.row(1, "ZapFrete Central", "+55 11 4003-1234", "551140031234@s.whatsapp.net");
            }
            try (SqliteDb.Insert ins = db.insert("servidor", "remote_id", "seq", "atualizado")) {
                ins.row(5_511_987_650_001L, 41, 1_710_054_000L);
                ins.row(5_511_987_650_002L, 42, 1_710_057_600L);
            }
            db.finish(true);
        }
        Path prefs = Files.createDirectories(root.resolve(APP + "shared_prefs")).resolve("zapfrete_prefs.xml");
        Files.writeString(prefs, "<?xml version='1.0' encoding='utf-8' standalone='yes' ?>\n<map>\n"
                + (lastDriver == null ? "" : "    <string name=\"ultimo_motorista\">" + lastDriver + "</string>\n")
                + "    <long name=\"ultimo_login\" value=\"1710054000000\" />\n"
                + "    <boolean name=\"modo_noturno\" value=\"true\" />\n</map>\n", StandardCharsets.UTF_8);
        Path session = Files.createDirectories(root.resolve(APP + "files")).resolve("session.json");
        Files.writeString(session, "{\"sessao\": {\"expira\": 1710140400, \"versao\": \"4.2.1\"},"
                + " \"suporte\": {\"email\": \"suporte@zapfrete.example.com\"}}\n", StandardCharsets.UTF_8);
        Path target = out.resolve(label);
        Packager.deleteRecursively(target);
        Packager.folder(root, target);
    }
}
