package org.phonetriage.sim;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.phonetriage.sim.codec.ApplicationDirectory;
import org.phonetriage.sim.codec.Locations;
import org.phonetriage.sim.codec.NetworkNames;
import org.phonetriage.sim.codec.SimIdentity;
import org.phonetriage.sim.codec.SmsParameters;
import org.phonetriage.sim.dump.ElementaryFile;
import org.phonetriage.sim.dump.SimDump;

/**
 * What a card records about itself besides identifiers (sim-spec §7.1 "Card identity" and
 * "Location"): its applications (EF_DIR), the service provider name, its last registered areas
 * (EF_LOCI, EF_PSLOCI, EF_EPSLOCI) with the operator's name for the LOCI area where EF_OPL/EF_PNN
 * give one, its SMS parameters (EF_SMSP), and the network names it carries (EF_PNN, EF_OPL,
 * EF_SPDI). The USIM application's copy is preferred to the 2G one, as elsewhere.
 */
final class CardFacts {

    static final String LOCI = "Last registered location area (EF_LOCI)";

    private CardFacts() {
    }

    static List<SimCard.Fact> read(SimDump dump, SimIdentity.Spn spn, List<String> problems) {
        List<SimCard.Fact> facts = new ArrayList<>();
        records(dump, "3F00/2F00", "2F00").ifPresent(f -> {
            for (int i = 0; i < f.records().size(); i++) {
                ApplicationDirectory app = ApplicationDirectory.decode(f.records().get(i));
                if (app != null) {
                    facts.add(new SimCard.Fact("Application (EF_DIR)", app.describe(), "EF_DIR", i + 1));
                }
            }
        });
        if (spn != null) {
            facts.add(new SimCard.Fact("Service provider name (EF_SPN)", spn.name(), "EF_SPN", null));
        }
        List<NetworkNames.Pnn> pnn = new ArrayList<>();
        records(dump, "ADF_USIM/6FC5", "7F20/6FC5").ifPresent(f -> {
            for (int i = 0; i < f.records().size(); i++) {
                List<String> warnings = new ArrayList<>();
                NetworkNames.Pnn name = NetworkNames.pnn(f.records().get(i), warnings);
                warnings.forEach(w -> problems.add(f.path() + " record " + pnn.size() + ": " + w));
                pnn.add(name);
            }
        });
        List<NetworkNames.Opl> opl = new ArrayList<>();
        records(dump, "ADF_USIM/6FC6", "7F20/6FC6").ifPresent(f -> f.records().forEach(r -> opl.add(NetworkNames.opl(r))));
        dump.find("ADF_USIM/6F7E", "7F20/6F7E").map(CardFacts::binary).ifPresent(d -> {
            String text = Locations.loci(d);
            if (text != null) {
                facts.add(new SimCard.Fact(LOCI, text + networkName(Locations.lociArea(d), opl, pnn), "EF_LOCI", null));
            }
        });
        dump.find("ADF_USIM/6F73", "7F20/6F53").map(CardFacts::binary).map(Locations::psLoci).ifPresent(text ->
                facts.add(new SimCard.Fact("Last registered routing area (EF_PSLOCI)", text, "EF_PSLOCI", null)));
        dump.find("ADF_USIM/6FE3").map(CardFacts::binary).map(Locations::epsLoci).ifPresent(text ->
                facts.add(new SimCard.Fact("Last registered tracking area (EF_EPSLOCI)", text, "EF_EPSLOCI", null)));
        records(dump, "ADF_USIM/6F42", "7F10/6F42").ifPresent(f -> {
            for (int i = 0; i < f.records().size(); i++) {
                List<String> warnings = new ArrayList<>();
                SmsParameters p = SmsParameters.decode(f.records().get(i), warnings);
                int record = i + 1;
                warnings.forEach(w -> problems.add(f.path() + " record " + record + ": " + w));
                if (p != null) {
                    facts.add(new SimCard.Fact("SMS parameters (EF_SMSP)", p.describe(), "EF_SMSP", record));
                }
            }
        });
        for (int i = 0; i < pnn.size(); i++) {
            if (pnn.get(i) != null) {
                facts.add(new SimCard.Fact("Network name (EF_PNN)", pnn.get(i).describe(), "EF_PNN", i + 1));
            }
        }
        for (int i = 0; i < opl.size(); i++) {
            if (opl.get(i) != null) {
                facts.add(new SimCard.Fact("Network name by area (EF_OPL)", opl.get(i).describe(), "EF_OPL", i + 1));
            }
        }
        dump.find("ADF_USIM/6FCD", "7F20/6FCD").map(CardFacts::binary).map(NetworkNames::spdi)
                .filter(l -> !l.isEmpty()).ifPresent(l -> facts.add(new SimCard.Fact(
                        "Service provider's networks (EF_SPDI)", l.stream().map(Object::toString)
                        .collect(Collectors.joining(", ")), "EF_SPDI", null)));
        return facts;
    }

    /** " — network \"X\"" when EF_OPL maps the area to an EF_PNN record with a name. */
    private static String networkName(Locations.Area area, List<NetworkNames.Opl> opl, List<NetworkNames.Pnn> pnn) {
        if (area == null) {
            return "";
        }
        for (NetworkNames.Opl o : opl) {
            if (o != null && o.pnnRecord() > 0 && o.pnnRecord() <= pnn.size() && o.covers(area.plmn(), area.lac())) {
                NetworkNames.Pnn name = pnn.get(o.pnnRecord() - 1);
                if (name != null) {
                    return " — network \"" + (name.full() != null ? name.full() : name.shortName()) + "\" (EF_OPL/EF_PNN)";
                }
            }
        }
        return "";
    }

    private static Optional<ElementaryFile> records(SimDump dump, String... paths) {
        return dump.find(paths).filter(f -> !f.records().isEmpty());
    }

    private static byte[] binary(ElementaryFile f) {
        if (f.binary() != null) {
            return f.binary();
        }
        return f.records().isEmpty() ? new byte[0] : f.records().get(0);
    }
}
