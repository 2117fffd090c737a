package org.phonetriage.parsers.sim.codec;

import java.util.List;

/** TP-DCS (3GPP TS 23.038 §4, sim-spec §5.7): alphabet, message class, compression. */
public record DataCoding(Alphabet alphabet, Integer messageClass, boolean compressed) {

    /** How the user data is written. */
    public enum Alphabet {
        GSM7("7bit"), EIGHT_BIT("8bit"), UCS2("ucs2");

        private final String label;

        Alphabet(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    public static DataCoding of(int dcs, List<String> warnings) {
        int group = (dcs >> 4) & 0x0F;
        if (group <= 0x7) {
            boolean compressed = (dcs & 0x20) != 0;
            Integer cls = (dcs & 0x10) != 0 ? dcs & 0x03 : null;
            Alphabet alphabet = switch ((dcs >> 2) & 0x03) {
                case 1 -> Alphabet.EIGHT_BIT;
                case 2 -> Alphabet.UCS2;
                case 0 -> Alphabet.GSM7;
                default -> reserved(dcs, warnings);
            };
            if (compressed) {
                warnings.add("compressed user data (TS 23.042) is not decompressed; shown as hex");
            }
            return new DataCoding(alphabet, cls, compressed);
        }
        return switch (group) {
            case 0xC, 0xD -> new DataCoding(Alphabet.GSM7, null, false);
            case 0xE -> new DataCoding(Alphabet.UCS2, null, false);
            case 0xF -> new DataCoding((dcs & 0x04) != 0 ? Alphabet.EIGHT_BIT : Alphabet.GSM7, dcs & 0x03, false);
            default -> new DataCoding(reserved(dcs, warnings), null, false);
        };
    }

    /** A reserved coding is read as GSM 7-bit, as TS 23.038 tells the receiving entity to. */
    private static Alphabet reserved(int dcs, List<String> warnings) {
        warnings.add(String.format("reserved data coding scheme %02X read as GSM 7-bit", dcs));
        return Alphabet.GSM7;
    }
}
