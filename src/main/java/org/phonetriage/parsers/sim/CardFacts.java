package org.phonetriage.parsers.sim;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;
import java.util.stream.Collectors;
import org.phonetriage.parsers.sim.codec.ApplicationDirectory;
import org.phonetriage.parsers.sim.codec.Locations;
import org.phonetriage.parsers.sim.codec.NetworkNames;
import org.phonetriage.parsers.sim.codec.SimIdentity;
import org.phonetriage.parsers.sim.codec.SmsParameters;
import org.phonetriage.parsers.sim.dump.ElementaryFile;
import org.phonetriage.parsers.sim.dump.SimDump;

/**
 * What a card records about itself besides identifiers (sim-spec §7.1 "Card identity" and
 * "Location"): its applications (EF_DIR), the service provider name, its last registered areas
 * (EF_LOCI, EF_PSLOCI, EF_EPSLOCI) with the operator's name for the LOCI area where EF_OPL/EF_PNN
 * give one, its SMS parameters (EF_SMSP), and the network names it carries (EF_PNN, EF_OPL,
 * EF_SPDI). The USIM application's copy is preferred to the 2G one, as elsewhere.
 */
final class CardFacts {

    static final String LOCI = "Last registered location area (EF_LOCI)";

    private final SimDump dump;
    private final List<String> problems;
    private final List<SimCard.Fact> facts = new ArrayList<>();

    private CardFacts(SimDump dump, List<String> problems) {
        this.dump = dump;
        this.problems = problems;
    }

    static List<SimCard.Fact> read(SimDump dump, SimIdentity.Spn spn, List<String> problems) {
        CardFacts card = new CardFacts(dump, problems);
        card.records("Application (EF_DIR)", "EF_DIR", (r, w) -> {
            ApplicationDirectory app = ApplicationDirectory.decode(r);
            return app == null ? null : app.describe();
        }, "3F00/2F00", "2F00");
        if (spn != null) {
            card.facts.add(new SimCard.Fact("Service provider name (EF_SPN)", spn.name(), "EF_SPN", null));
        }
        card.locations(card.decode((r, w) -> NetworkNames.opl(r), "ADF_USIM/6FC6", "7F20/6FC6"),
                card.decode(NetworkNames::pnn, "ADF_USIM/6FC5", "7F20/6FC5"));
        card.records("SMS parameters (EF_SMSP)", "EF_SMSP", (r, w) -> {
            SmsParameters p = SmsParameters.decode(r, w);
            return p == null ? null : p.describe();
        }, "ADF_USIM/6F42", "7F10/6F42");
        card.records("Network name (EF_PNN)", "EF_PNN", (r, w) -> {
            NetworkNames.Pnn name = NetworkNames.pnn(r, w);
            return name == null ? null : name.describe();
        }, "ADF_USIM/6FC5", "7F20/6FC5");
        card.records("Network name by area (EF_OPL)", "EF_OPL", (r, w) -> {
            NetworkNames.Opl area = NetworkNames.opl(r);
            return area == null ? null : area.describe();
        }, "ADF_USIM/6FC6", "7F20/6FC6");
        dump.find("ADF_USIM/6FCD", "7F20/6FCD").map(ElementaryFile::transparent).map(NetworkNames::spdi)
                .filter(l -> !l.isEmpty()).ifPresent(l -> card.facts.add(new SimCard.Fact(
                        "Service provider's networks (EF_SPDI)",
                        l.stream().map(Object::toString).collect(Collectors.joining(", ")), "EF_SPDI", null)));
        return card.facts;
    }

    /** The last registered areas; the LOCI area named by EF_OPL → EF_PNN where they say. */
    private void locations(List<NetworkNames.Opl> opl, List<NetworkNames.Pnn> pnn) {
        dump.find("ADF_USIM/6F7E", "7F20/6F7E").map(ElementaryFile::transparent).ifPresent(d -> {
            String text = Locations.loci(d);
            if (text != null) {
                facts.add(new SimCard.Fact(LOCI, text + networkName(Locations.lociArea(d), opl, pnn), "EF_LOCI", null));
            }
        });
        dump.find("ADF_USIM/6F73", "7F20/6F53").map(ElementaryFile::transparent).map(Locations::psLoci)
                .ifPresent(text -> facts.add(new SimCard.Fact("Last registered routing area (EF_PSLOCI)", text,
                        "EF_PSLOCI", null)));
        dump.find("ADF_USIM/6FE3").map(ElementaryFile::transparent).map(Locations::epsLoci)
                .ifPresent(text -> facts.add(new SimCard.Fact("Last registered tracking area (EF_EPSLOCI)", text,
                        "EF_EPSLOCI", null)));
    }

    /** One fact per record a decoder describes (null: an empty record); its warnings become problems. */
    private void records(String name, String file, BiFunction<byte[], List<String>, String> decoder,
                         String... paths) {
        dump.find(paths).ifPresent(f -> {
            for (int i = 0; i < f.records().size(); i++) {
                List<String> warnings = new ArrayList<>();
                String value = decoder.apply(f.records().get(i), warnings);
                int record = i + 1;
                warnings.forEach(w -> problems.add(f.path() + " record " + record + ": " + w));
                if (value != null) {
                    facts.add(new SimCard.Fact(name, value, file, record));
                }
            }
        });
    }

    /** Every record decoded (null for an empty one), warnings left to {@link #records}. */
    private <T> List<T> decode(BiFunction<byte[], List<String>, T> decoder, String... paths) {
        List<T> out = new ArrayList<>();
        dump.find(paths).ifPresent(f -> f.records().forEach(r -> out.add(decoder.apply(r, new ArrayList<>()))));
        return out;
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
                    return " — network \"" + (name.full() != null ? name.full() : name.shortName())
                            + "\" (EF_OPL/EF_PNN)";
                }
            }
        }
        return "";
    }
}
