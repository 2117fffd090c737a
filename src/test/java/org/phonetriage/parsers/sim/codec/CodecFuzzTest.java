package org.phonetriage.parsers.sim.codec;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.util.ArrayList;
import java.util.List;

/**
 * Fuzz target "sim-codec": the TPDU and elementary-file decoders on arbitrary bytes (each given a
 * whole record or file, as the card reader does; the offset helpers below them are not entry points).
 * Strict property, as the package promises: they never throw on bad bytes, they return what they
 * read with warnings.
 */
class CodecFuzzTest {

    @FuzzTest
    void decoders(FuzzedDataProvider data) {
        int which = data.consumeInt(0, 14);
        int small = data.consumeInt(0, 15);
        boolean flag = data.consumeBoolean();
        byte[] extension = data.consumeBytes(data.consumeInt(0, 40));
        byte[] d = data.consumeRemainingAsBytes();
        List<String> warnings = new ArrayList<>();
        switch (which) {
            case 0 -> TpduDecoder.decode(d, 0, TpduDecoder.Direction.values()[small % 3]);
            case 1 -> EfSmsRecord.decode(small, d);
            case 2 -> DiallingNumber.decode(d, List.of(extension));
            case 3 -> CallInformation.decode(d, flag, List.of(extension));
            case 4 -> AlphaId.decode(d, warnings);
            case 5 -> ApplicationDirectory.decode(d);
            case 6 -> {
                Locations.loci(d);
                Locations.lociArea(d);
                Locations.psLoci(d);
                Locations.epsLoci(d);
            }
            case 7 -> NetworkNames.pnn(d, warnings);
            case 8 -> NetworkNames.opl(d);
            case 9 -> NetworkNames.spdi(d);
            case 10 -> SimIdentity.iccid(d, warnings);
            case 11 -> SimIdentity.imsi(d, small, warnings);
            case 12 -> {
                SimIdentity.mncLength(d);
                SimIdentity.spn(d, warnings);
            }
            case 13 -> SmsParameters.decode(d, warnings);
            default -> UserDataHeader.parse(d, 0, d.length, warnings);
        }
    }
}
