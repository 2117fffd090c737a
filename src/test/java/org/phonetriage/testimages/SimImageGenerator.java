package org.phonetriage.testimages;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

/**
 * Writes S01-sim/, a Brazilian SIM card dumped as a raw EF tree (sim-spec §6.3): names in GSM
 * 7-bit (with an escape) and in each UCS2 form, an EXT1 chain, an EF_ADN without its header (its
 * record length must be inferred), per-record EF_SMS files with a concatenated message, a sent
 * one and a deleted one still in a free record. The encoders here are written from the 3GPP
 * specifications, independently of the decoders under test.
 */
final class SimImageGenerator {

    static final String LABEL = "S01-sim";
    private static final int ADN_ALPHA = 16;

    private SimImageGenerator() {
    }

    /** Writes the image under out and returns its README section. */
    static String generate(Path out) throws IOException {
        Path root = out.resolve(LABEL);
        Packager.deleteRecursively(root);
        Path mf = Files.createDirectories(root.resolve("3F00"));
        Path gsm = Files.createDirectories(mf.resolve("7F20"));
        Path telecom = Files.createDirectories(mf.resolve("7F10"));
        Files.write(mf.resolve("2FE2.bin"), pad(swappedBcd(withLuhn("895505123456789012")), 10));
        Files.write(gsm.resolve("6F07.bin"), imsi("724051234567890"));
        Files.write(gsm.resolve("6FAD.bin"), hex("00000002"));
        Files.write(gsm.resolve("6F46.bin"), concat(new byte[] {0x01}, pad(ascii("Claro BR"), 16)));
        Files.write(gsm.resolve("6F7E.bin"), hex("1A2B3C4D 27F450 1234 00 00"));
        // EF_PNN names the home network, EF_OPL maps 724-05 (every LAC) to it: LOCI's area gets a name
        Files.write(gsm.resolve("6FC5.bin"), pad(concat(hex("43 08 80"), pack(gsm7("Claro BR"), 0)), 16));
        Files.writeString(gsm.resolve("6FC5.fcp.hex"), "620E8205422100 1001 83026FC5 8A0105\n");
        Files.write(gsm.resolve("6FC6.bin"), hex("27F450 0000 FFFE 01"));
        Files.writeString(gsm.resolve("6FC6.fcp.hex"), "620E8205422100 0801 83026FC6 8A0105\n");
        // EF_MSISDN with its FCP: linear fixed, 28-byte records (X = 14)
        Files.write(telecom.resolve("6F40.bin"), concat(adn(ascii("Meu numero"), 14, "5511987654321", 0x91, 0xFF),
                adn(new byte[0], 14, "", 0xFF, 0xFF)));
        Files.writeString(telecom.resolve("6F40.fcp.hex"), "620E8205422100 1C02 83026F40 8A0105\n");
        // EF_ADN without header: 30-byte records
        ByteArrayOutputStream adn = new ByteArrayOutputStream();
        adn.write(adn(ascii("Rafa Paris"), ADN_ALPHA, "33612345678", 0x91, 0xFF));
        adn.write(adn(ucs2Form80("Patrão"), ADN_ALPHA, "5511912345678", 0x91, 0xFF));
        adn.write(adn(ucs2Form81("Иван", 0x0400), ADN_ALPHA, "351912345678", 0x91, 0xFF));
        adn.write(adn(ucs2Form82("Ζωή", 0x0390), ADN_ALPHA, "34612345678", 0x91, 0xFF));
        adn.write(adn(gsmWithEscape(), ADN_ALPHA, "336123456780C1234567", 0x91, 0x01));
        for (int i = 0; i < 5; i++) {
            adn.write(adn(new byte[0], ADN_ALPHA, "", 0xFF, 0xFF));
        }
        Files.write(telecom.resolve("6F3A.bin"), adn.toByteArray());
        // EF_EXT1: record 1 continues the long number and chains to record 2
        Files.write(telecom.resolve("6F4A.bin"), concat(ext1("8901", 0x02), ext1("23", 0xFF),
                pad(new byte[0], 13)));
        // EF_SMSP: a 14-byte name, then SC address present (E1: only TP-DA absent), validity A7 = 1 day
        Files.write(telecom.resolve("6F42.bin"), concat(pad(ascii("Claro SMS"), 14), hex("E1"), pad(new byte[0], 12),
                pad(concat(hex("07 91"), swappedBcd("551199999999")), 12), hex("00 00 A7")));
        Files.writeString(telecom.resolve("6F42.fcp.hex"), "620E8205422100 2A01 83026F42 8A0105\n");
        Files.write(telecom.resolve("6F44.bin"), concat(adn(new byte[0], 14, "5511987650000", 0x91, 0xFF),
                adn(new byte[0], 14, "", 0xFF, 0xFF)));
        Files.writeString(telecom.resolve("6F44.fcp.hex"), "620E8205462100 1C02 83026F44 8A0105\n");
        Path sms = Files.createDirectories(telecom.resolve("6F3C"));
        Files.write(sms.resolve("001.bin"), smsRecord(0x01, deliverUcs2("33612345678", "Chego amanhã às 10h")));
        Files.write(sms.resolve("002.bin"), smsRecord(0x03, deliver7bit("5511912345678",
                "Rua Augusta. Leva as chaves {cofre}.", 0x42, 2, 2)));
        Files.write(sms.resolve("003.bin"), smsRecord(0x01, deliver7bit("5511912345678",
                "O carro fica na garagem da ", 0x42, 2, 1)));
        Files.write(sms.resolve("004.bin"), smsRecord(0x05, submit7bit("351912345678", "Ok, combinado")));
        Files.write(sms.resolve("005.bin"), smsRecord(0x00, deliver7bit("34612345678", "Apaga esta mensagem", 0, 0, 0)));
        Files.write(sms.resolve("006.bin"), smsRecord(0x00, new byte[0]));
        return """

                ## S01-sim — a SIM card as a raw EF tree

                Made by `SimImageGenerator` (run by `scripts/make-test-images`). ICCID `8955051234567890124`
                (EF_ICCID), IMSI `724051234567890` (MCC 724 Brazil, MNC length 2 from EF_AD), SPN `Claro BR`,
                MSISDN `+5511987654321` (EF_MSISDN with its FCP), EF_LOCI MCC 724 MNC 05 LAC 1234, which EF_OPL
                and EF_PNN name "Claro BR"; EF_SMSP (named "Claro SMS") with the SMS centre `+551199999999`.
                EF_ADN has no header: its 30-byte record length must be inferred. Names: `Rafa Paris` (GSM 7-bit),
                `Patrão` (UCS2 0x80), `Иван` (UCS2 0x81, base 0x0400), `Ζωή` (UCS2 0x82, base 0x0390), and
                `Zé [Boca]` (GSM 7-bit with escapes), whose number continues in an EXT1 chain of two records:
                `+336123456780,1234567890123`. EF_LND: `+5511987650000`. EF_SMS, one file per record: 1 read,
                UCS2, from `+33612345678`; 2 and 3 the two parts (stored in reverse order, one unread) of a
                7-bit message with escapes from `+5511912345678`; 4 sent to `+351912345678`; 5 a free record
                still holding a message from `+34612345678` (deleted); 6 empty. All times 2024-11-28 13:45 −03:00.
                """;
    }

    // --- encoders (3GPP TS 31.102 / 51.011 / 23.040 / 23.038) ---

    private static byte[] adn(byte[] alpha, int x, String digits, int toa, int ext) {
        byte[] rec = new byte[x + 14];
        Arrays.fill(rec, (byte) 0xFF);
        System.arraycopy(alpha, 0, rec, 0, Math.min(alpha.length, x));
        if (!digits.isEmpty()) {
            byte[] bcd = swappedBcd(digits.length() > 20 ? digits.substring(0, 20) : digits);
            rec[x] = (byte) (bcd.length + 1);
            rec[x + 1] = (byte) toa;
            System.arraycopy(bcd, 0, rec, x + 2, bcd.length);
        }
        rec[x + 13] = (byte) ext;
        return rec;
    }

    private static byte[] ext1(String digits, int next) {
        byte[] rec = new byte[13];
        Arrays.fill(rec, (byte) 0xFF);
        byte[] bcd = swappedBcd(digits);
        rec[0] = 0x02;
        rec[1] = (byte) bcd.length;
        System.arraycopy(bcd, 0, rec, 2, bcd.length);
        rec[12] = (byte) next;
        return rec;
    }

    /** "Zé [Boca]": é is in the default table, the brackets need ESC. */
    private static byte[] gsmWithEscape() {
        return new byte[] {'Z', 0x05, ' ', 0x1B, 0x3C, 'B', 'o', 'c', 'a', 0x1B, 0x3E};
    }

    private static byte[] ucs2Form80(String s) {
        return concat(new byte[] {(byte) 0x80}, s.getBytes(StandardCharsets.UTF_16BE));
    }

    private static byte[] ucs2Form81(String s, int base) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(0x81);
        out.write(s.length());
        out.write(base >> 7);
        s.chars().forEach(c -> out.write(0x80 | (c - (base & ~0x7F))));
        return out.toByteArray();
    }

    private static byte[] ucs2Form82(String s, int base) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(0x82);
        out.write(s.length());
        out.write(base >> 8);
        out.write(base & 0xFF);
        s.chars().forEach(c -> out.write(0x80 | (c - base)));
        return out.toByteArray();
    }

    private static byte[] smsRecord(int status, byte[] body) {
        byte[] rec = new byte[176];
        Arrays.fill(rec, (byte) 0xFF);
        rec[0] = (byte) status;
        byte[] sc = concat(new byte[] {0x07, (byte) 0x91}, swappedBcd("551199999999"));
        if (body.length > 0) {
            byte[] all = concat(sc, body);
            System.arraycopy(all, 0, rec, 1, all.length);
        }
        return rec;
    }

    private static byte[] address(String digits) {
        return concat(new byte[] {(byte) digits.length(), (byte) 0x91}, swappedBcd(digits));
    }

    private static final byte[] SCTS = hex("42 11 82 31 54 00 29"); // 2024-11-28 13:45:00 -03:00

    private static byte[] deliverUcs2(String from, String text) {
        byte[] ud = text.getBytes(StandardCharsets.UTF_16BE);
        return concat(new byte[] {0x04}, address(from), new byte[] {0x00, 0x08}, SCTS, new byte[] {(byte) ud.length}, ud);
    }

    private static byte[] deliver7bit(String from, String text, int ref, int total, int seq) {
        byte[] septets = gsm7(text);
        if (total == 0) {
            return concat(new byte[] {0x04}, address(from), new byte[] {0x00, 0x00}, SCTS,
                    new byte[] {(byte) septets.length}, pack(septets, 0));
        }
        byte[] udh = {0x05, 0x00, 0x03, (byte) ref, (byte) total, (byte) seq};
        // 6 header octets = 48 bits, so 1 fill bit and 7 header septets
        int udl = 7 + septets.length;
        return concat(new byte[] {0x44}, address(from), new byte[] {0x00, 0x00}, SCTS, new byte[] {(byte) udl}, udh,
                pack(septets, 1));
    }

    private static byte[] submit7bit(String to, String text) {
        byte[] septets = gsm7(text);
        return concat(new byte[] {0x11, 0x07}, address(to), new byte[] {0x00, 0x00, (byte) 0xA7},
                new byte[] {(byte) septets.length}, pack(septets, 0));
    }

    /** Text of ASCII letters, digits, punctuation and {} (escaped) as GSM septets. */
    private static byte[] gsm7(String text) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (char c : text.toCharArray()) {
            switch (c) {
                case '{' -> { out.write(0x1B); out.write(0x28); }
                case '}' -> { out.write(0x1B); out.write(0x29); }
                case '@' -> out.write(0x00);
                default -> {
                    if (c < 0x20 || c > 0x7A || c == '$' || (c >= 0x5B && c <= 0x60)) {
                        throw new IllegalArgumentException("not written by this encoder: " + c);
                    }
                    out.write(c);
                }
            }
        }
        return out.toByteArray();
    }

    /** Packs septets LSB first after fillBits zero bits. */
    private static byte[] pack(byte[] septets, int fillBits) {
        int bits = fillBits + 7 * septets.length;
        byte[] out = new byte[(bits + 7) / 8];
        for (int i = 0; i < septets.length; i++) {
            int p = fillBits + 7 * i;
            int v = (septets[i] & 0x7F) << (p & 7);
            out[p >> 3] |= (byte) v;
            if ((p & 7) > 1) {
                out[(p >> 3) + 1] |= (byte) (v >> 8);
            }
        }
        return out;
    }

    private static byte[] imsi(String digits) {
        // byte 2: digit 1 in the high nibble, parity (odd) and type 001 in the low one
        byte[] rest = swappedBcd(digits.substring(1));
        return concat(new byte[] {0x08, (byte) (((digits.charAt(0) - '0') << 4) | 0x09)}, rest);
    }

    private static String withLuhn(String digits) {
        int sum = 0;
        for (int i = 0; i < digits.length(); i++) {
            int n = digits.charAt(digits.length() - 1 - i) - '0';
            if (i % 2 == 0) {
                n *= 2;
                n = n > 9 ? n - 9 : n;
            }
            sum += n;
        }
        return digits + (10 - sum % 10) % 10;
    }

    private static byte[] swappedBcd(String digits) {
        byte[] out = new byte[(digits.length() + 1) / 2];
        for (int i = 0; i < digits.length(); i++) {
            int n = Character.digit(digits.charAt(i), 16);
            out[i / 2] |= (byte) (i % 2 == 0 ? n : n << 4);
        }
        if (digits.length() % 2 == 1) {
            out[out.length - 1] |= (byte) 0xF0;
        }
        return out;
    }

    private static byte[] ascii(String s) {
        return s.getBytes(StandardCharsets.US_ASCII);
    }

    private static byte[] pad(byte[] b, int length) {
        byte[] out = new byte[length];
        Arrays.fill(out, (byte) 0xFF);
        System.arraycopy(b, 0, out, 0, Math.min(b.length, length));
        return out;
    }

    private static byte[] hex(String s) {
        return java.util.HexFormat.of().parseHex(s.replace(" ", ""));
    }

    private static byte[] concat(byte[]... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] p : parts) {
            out.writeBytes(p);
        }
        return out.toByteArray();
    }
}
