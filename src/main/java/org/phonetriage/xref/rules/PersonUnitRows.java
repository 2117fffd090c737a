package org.phonetriage.xref.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Folds the rows that name owners into {@link PersonUnit}s, in any order: a seized phone (or any
 * extraction) is one owner with every identifier it calls its own; a SIM card dump is one owner
 * per card, because a reader's folder may hold several cards of several people — a card's own
 * identifiers are those of its sims row, rows of one ICCID being one card, and what a dump of a
 * single card holds besides (its IMSI) is that card's too.
 */
public final class PersonUnitRows {

    private final Map<String, PersonUnit> units = new TreeMap<>();
    private final Map<String, Set<String>> cardsOfDump = new TreeMap<>();
    /** Own identifiers of SIM dumps: {device, key, type}. */
    private final List<String[]> dumpOwners = new ArrayList<>();

    /** An identifier a device calls its own; {@code simDump} for a SIM card reader's dump. */
    public void owner(String device, boolean simDump, String key, String type) {
        if (simDump) {
            dumpOwners.add(new String[] {device, key, type});
        } else {
            units.computeIfAbsent("device:" + device,
                    id -> new PersonUnit(id, PersonUnit.Kind.DEVICE, device, new TreeMap<>())).keys().put(key, type);
        }
    }

    /** An identifier of a SIM dump's sims row, with the row's ICCID as written. */
    public void card(String device, String iccid, String key, String type) {
        String digits = iccid.replaceAll("[^0-9]", "");
        cardsOfDump.computeIfAbsent(device, d -> new TreeSet<>()).add(digits);
        units.computeIfAbsent("card:" + device + ":" + digits,
                id -> new PersonUnit(id, PersonUnit.Kind.CARD, device, new TreeMap<>())).keys().put(key, type);
    }

    /** The units, by id. */
    public List<PersonUnit> units() {
        for (String[] row : dumpOwners) {
            Set<String> cards = cardsOfDump.get(row[0]);
            if (cards != null && cards.size() == 1) {
                units.get("card:" + row[0] + ":" + cards.iterator().next()).keys().putIfAbsent(row[1], row[2]);
            }
        }
        dumpOwners.clear();
        return new ArrayList<>(units.values());
    }
}
