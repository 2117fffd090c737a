package org.phonetriage.parsers.sim.codec;

import java.nio.charset.StandardCharsets;

/**
 * Decodes a service-centre address followed by a TPDU (3GPP TS 23.040; sim-spec §5) — the
 * remainder of an EF_SMS record, or an AT+CMGL style PDU. Never throws on bad data: a field
 * that runs past the end leaves a partial message marked truncated.
 */
public final class TpduDecoder {

    /** Which side wrote the message, when known; it decides how TP-MTI is read. */
    public enum Direction { MOBILE_TERMINATED, MOBILE_ORIGINATED, UNKNOWN }

    private TpduDecoder() {
    }

    /** Decodes from {@code offset}: service-centre length octet, address, then the TPDU. */
    public static SmsPdu decode(byte[] d, int offset, Direction direction) {
        SmsPdu sms = new SmsPdu();
        try {
            int p = offset;
            int scLength = u8(d, p);
            if (scLength == 0xFF || scLength > 11) {
                if (scLength != 0xFF) {
                    sms.warnings.add("service-centre address length " + scLength + " is implausible; ignored");
                }
                p += 1;
            } else {
                need(d, p + 1 + scLength, "service-centre address");
                sms.serviceCentre = SmsAddress.readServiceCentre(d, p + 1, scLength);
                p += 1 + scLength;
            }
            sms.firstOctet = u8(d, p);
            sms.type = type(sms.firstOctet & 0x03, direction, sms);
            sms.endOffset = switch (sms.type) {
                case DELIVER -> deliver(d, p, sms);
                case SUBMIT -> submit(d, p, sms);
                case STATUS_REPORT -> statusReport(d, p, sms);
                case COMMAND -> command(d, p, sms);
            };
        } catch (Truncated t) {
            sms.truncated = true;
            sms.endOffset = d.length;
            sms.warnings.add("data ends inside the " + t.getMessage());
        }
        return sms;
    }

    private static TpduType type(int mti, Direction direction, SmsPdu sms) {
        if (mti == 3) {
            sms.warnings.add("reserved message type indicator 11; read as SMS-DELIVER");
            return TpduType.DELIVER;
        }
        if (direction == Direction.MOBILE_ORIGINATED) {
            return switch (mti) {
                case 1 -> TpduType.SUBMIT;
                case 2 -> TpduType.COMMAND;
                default -> {
                    sms.warnings.add("SMS-DELIVER-REPORT in a sent record; read as SMS-DELIVER");
                    yield TpduType.DELIVER;
                }
            };
        }
        if (direction == Direction.MOBILE_TERMINATED && mti == 1) {
            sms.warnings.add("SMS-SUBMIT-REPORT in a received record; read as SMS-SUBMIT");
        }
        // Received and unknown direction: a SUBMIT is the only 01 type a SIM stores in practice.
        return switch (mti) {
            case 0 -> TpduType.DELIVER;
            case 1 -> TpduType.SUBMIT;
            default -> TpduType.STATUS_REPORT;
        };
    }

    private static int deliver(byte[] d, int p, SmsPdu sms) {
        sms.address = SmsAddress.readTp(d, p + 1, sms.warnings);
        p += 1 + SmsAddress.tpLength(d, p + 1);
        sms.pid = u8(d, p);
        sms.dcs = u8(d, p + 1);
        need(d, p + 2 + SmsTimestamp.LENGTH, "service-centre time stamp");
        sms.serviceCentreTime = SmsTimestamp.decode(d, p + 2, sms.warnings);
        return userData(d, p + 2 + SmsTimestamp.LENGTH, sms);
    }

    private static int submit(byte[] d, int p, SmsPdu sms) {
        int fo = sms.firstOctet;
        sms.messageReference = u8(d, p + 1);
        sms.address = SmsAddress.readTp(d, p + 2, sms.warnings);
        p += 2 + SmsAddress.tpLength(d, p + 2);
        sms.pid = u8(d, p);
        sms.dcs = u8(d, p + 1);
        p += 2;
        switch ((fo >> 3) & 0x03) {
            case 2 -> sms.validityMinutes = relativeValidity(u8(d, p++));
            case 3 -> {
                need(d, p + SmsTimestamp.LENGTH, "validity period");
                sms.validityAbsolute = SmsTimestamp.decode(d, p, sms.warnings);
                p += SmsTimestamp.LENGTH;
            }
            case 1 -> {
                need(d, p + 7, "enhanced validity period");
                sms.warnings.add("enhanced validity period kept as hex: " + Hex.of(d, p, p + 7));
                p += 7;
            }
            default -> { }
        }
        return userData(d, p, sms);
    }

    private static int statusReport(byte[] d, int p, SmsPdu sms) {
        sms.messageReference = u8(d, p + 1);
        sms.address = SmsAddress.readTp(d, p + 2, sms.warnings);
        p += 2 + SmsAddress.tpLength(d, p + 2);
        need(d, p + 2 * SmsTimestamp.LENGTH + 1, "status report");
        sms.serviceCentreTime = SmsTimestamp.decode(d, p, sms.warnings);
        sms.dischargeTime = SmsTimestamp.decode(d, p + SmsTimestamp.LENGTH, sms.warnings);
        p += 2 * SmsTimestamp.LENGTH;
        sms.status = u8(d, p++);
        if (p >= d.length || (d[p] & 0xFF) == 0xFF) {
            return p; // no TP-PI
        }
        int pi = u8(d, p++);
        if ((pi & 0x01) != 0) {
            sms.pid = u8(d, p++);
        }
        if ((pi & 0x02) != 0) {
            sms.dcs = u8(d, p++);
        }
        return (pi & 0x04) != 0 ? userData(d, p, sms) : p;
    }

    private static int command(byte[] d, int p, SmsPdu sms) {
        sms.messageReference = u8(d, p + 1);
        sms.pid = u8(d, p + 2);
        int commandType = u8(d, p + 3);
        int messageNumber = u8(d, p + 4);
        sms.address = SmsAddress.readTp(d, p + 5, sms.warnings);
        p += 5 + SmsAddress.tpLength(d, p + 5);
        int cdl = u8(d, p);
        need(d, p + 1 + cdl, "command data");
        sms.dataHex = Hex.of(d, p + 1, p + 1 + cdl);
        sms.warnings.add(String.format("SMS-COMMAND type %02X for message number %d", commandType, messageNumber));
        return p + 1 + cdl;
    }

    /** TP-UDL and TP-UD (sim-spec §5.8). Returns the offset after the user data. */
    private static int userData(byte[] d, int p, SmsPdu sms) {
        int dcs = sms.dcs == null ? 0 : sms.dcs;
        sms.coding = DataCoding.of(dcs, sms.warnings);
        int udl = u8(d, p);
        sms.userDataLength = udl;
        int ud = p + 1;
        boolean septets = sms.coding.alphabet() == DataCoding.Alphabet.GSM7 && !sms.coding.compressed();
        int octets = septets ? (udl * 7 + 7) / 8 : udl;
        if (!septets && udl > 140) {
            sms.warnings.add("user data length " + udl + " exceeds 140 octets");
        }
        int end = ud + octets;
        if (end > d.length) {
            sms.truncated = true;
            sms.warnings.add("user data truncated: " + octets + " octets announced, " + (d.length - ud) + " present");
            end = d.length;
        }
        int headerOctets = 0;
        if ((sms.firstOctet & 0x40) != 0 && ud < end) {
            int udhl = d[ud] & 0xFF;
            sms.header = UserDataHeader.parse(d, ud + 1, udhl, sms.warnings);
            headerOctets = Math.min(1 + udhl, end - ud);
            for (UserDataHeader.Element e : sms.header) {
                if ((e.iei() == 0x24 || e.iei() == 0x25) && e.data().length == 1) {
                    sms.warnings.add("national language " + (e.iei() == 0x24 ? "single" : "locking") + " shift table "
                            + (e.data()[0] & 0xFF) + " requested; decoded with the default alphabet");
                }
            }
        }
        int body = ud + headerOctets;
        if (septets) {
            int headerBits = headerOctets * 8;
            int fill = (7 - headerBits % 7) % 7;
            int count = Math.max(0, udl - (headerBits + fill) / 7);
            byte[] slice = java.util.Arrays.copyOfRange(d, body, Math.max(body, end));
            sms.text = Gsm7.decodePacked(slice, 0, count, fill, sms.warnings);
        } else if (sms.coding.alphabet() == DataCoding.Alphabet.UCS2 && !sms.coding.compressed()) {
            int length = end - body;
            if (length % 2 != 0) {
                sms.warnings.add("odd trailing octet in UCS2 text ignored");
            }
            sms.text = new String(d, body, length - length % 2, StandardCharsets.UTF_16BE);
        } else {
            sms.dataHex = Hex.of(d, body, end);
            int port = UserDataHeader.destinationPort(sms.header);
            if (port >= 0) {
                sms.warnings.add("binary data for application port " + port + (port == 2948 ? " (WAP push)" : ""));
            }
        }
        return end;
    }

    /** TP-VP relative format in minutes (sim-spec §5.5). */
    static int relativeValidity(int vp) {
        if (vp <= 143) {
            return (vp + 1) * 5;
        }
        if (vp <= 167) {
            return 12 * 60 + (vp - 143) * 30;
        }
        if (vp <= 196) {
            return (vp - 166) * 24 * 60;
        }
        return (vp - 192) * 7 * 24 * 60;
    }

    private static int u8(byte[] d, int i) {
        need(d, i + 1, "message");
        return d[i] & 0xFF;
    }

    private static void need(byte[] d, int end, String field) {
        if (end > d.length) {
            throw new Truncated(field);
        }
    }
}
