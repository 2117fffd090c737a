package org.phonetriage.spark;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.StructType;
import org.phonetriage.xref.IssuedRegion;
import org.phonetriage.xref.XrefReport.Person;
import org.phonetriage.xref.rules.AccountPairs;
import org.phonetriage.xref.rules.Decisions;
import org.phonetriage.xref.rules.PersonFold;
import org.phonetriage.xref.rules.PersonUnitRows;

/**
 * The persons of every case, by the embedded engine's rule ({@link PersonFold}): the cluster
 * selects each case's owners, SIM cards, app account records, decisions and saved names out of the
 * occurrences; the driver folds each case's (small) selection. Reads the views devices,
 * occurrences, owners, identifiers, sims and person_decisions.
 */
final class SparkPersons {

    private final SparkSession spark;
    private final Map<String, PersonUnitRows> units = new TreeMap<>();
    private final Map<String, List<AccountPairs.ProvenRecords>> proven = new HashMap<>();
    private final Map<String, AccountPairs.AppAccounts> appAccounts = new HashMap<>();
    private final Map<String, Decisions> decisions = new HashMap<>();
    private final Map<String, Map<String, String>> decidedTypes = new HashMap<>();

    private SparkPersons(SparkSession spark) {
        this.spark = spark;
    }

    static Map<String, List<Person>> resolve(SparkSession spark) {
        return new SparkPersons(spark).run();
    }

    private Map<String, List<Person>> run() {
        readUnits();
        readAccounts();
        readDecisions();
        Map<String, PersonFold> folds = new TreeMap<>();
        units.forEach((c, rows) -> folds.put(c, new PersonFold(rows.units(), IssuedRegion::of)
                .link(proven.getOrDefault(c, provenFolds()).stream().map(AccountPairs.ProvenRecords::pairs).toList(),
                        appAccounts.getOrDefault(c, new AccountPairs.AppAccounts()).pairs(),
                        decisions.getOrDefault(c, new Decisions()),
                        decidedTypes.getOrDefault(c, Map.of())::get)));
        readNames(folds);
        Map<String, List<Person>> out = new TreeMap<>();
        folds.forEach((c, f) -> out.put(c, f.persons()));
        return out;
    }

    private static List<AccountPairs.ProvenRecords> provenFolds() {
        return AccountPairs.PROVEN.stream().map(AccountPairs.ProvenRecords::new).toList();
    }

    /** Every case with a device gets a fold, even one that owns nothing. */
    private void readUnits() {
        for (Row r : spark.sql("SELECT DISTINCT `case` FROM devices").collectAsList()) {
            units.put(r.getString(0), new PersonUnitRows());
        }
        Iterator<Row> owners = spark.sql("SELECT ow.`case`, d.label, d.platform = 'sim', ow.key, ow.type"
                + " FROM owners ow JOIN devices d ON d.`case` = ow.`case` AND d.device_id = ow.device_id")
                .toLocalIterator();
        while (owners.hasNext()) {
            Row r = owners.next();
            units.get(r.getString(0)).owner(r.getString(1), r.getBoolean(2), r.getString(3), r.getString(4));
        }
        Iterator<Row> cards = spark.sql("SELECT o.`case`, d.label, s.iccid, o.key, o.type FROM occurrences o"
                + " JOIN devices d ON d.`case` = o.`case` AND d.device_id = o.device_id"
                + " JOIN sims s ON s.`case` = o.`case` AND s.record_id = o.record_id"
                + " WHERE d.platform = 'sim' AND o.role = 'owner' AND o.record_table = 'sims'"
                + " AND s.iccid IS NOT NULL").toLocalIterator();
        while (cards.hasNext()) {
            Row r = cards.next();
            units.get(r.getString(0)).card(r.getString(1), r.getString(2), r.getString(3), r.getString(4));
        }
    }

    /** The records of app contacts that name an account: the proven apps' and the others'. */
    private void readAccounts() {
        Set<String> provenRoles = Set.copyOf(AccountPairs.provenRoles());
        Iterator<Row> rows = spark.sql("SELECT o.`case`, o.role, o.record_id, o.key, o.type FROM occurrences o"
                + " LEFT SEMI JOIN (SELECT DISTINCT `case`, record_id FROM occurrences WHERE record_table = 'contacts'"
                + "   AND type IN ('wa-lid', 'telegram', 'app-account')) a"
                + "   ON a.`case` = o.`case` AND a.record_id = o.record_id"
                + " WHERE o.record_table = 'contacts' AND o.role LIKE '%-contact'"
                + " AND o.type IN ('wa-lid', 'telegram', 'app-account', 'phone')").toLocalIterator();
        while (rows.hasNext()) {
            Row r = rows.next();
            String c = r.getString(0);
            String role = r.getString(1);
            if (provenRoles.contains(role)) {
                List<AccountPairs.ProvenRecords> folds = proven.computeIfAbsent(c, k -> provenFolds());
                for (int i = 0; i < AccountPairs.PROVEN.size(); i++) {
                    if (AccountPairs.PROVEN.get(i).role().equals(role)) {
                        folds.get(i).add(r.getLong(2), r.getString(3), r.getString(4));
                    }
                }
            } else {
                appAccounts.computeIfAbsent(c, k -> new AccountPairs.AppAccounts())
                        .add(r.getLong(2), r.getString(3), r.getString(4));
            }
        }
    }

    /** Each case's decisions (from the view person_decisions). */
    static Map<String, Decisions> decisions(SparkSession spark) {
        Map<String, Decisions> out = new HashMap<>();
        for (Row r : spark.sql("SELECT `case`, key_a, key_b, decision FROM person_decisions").collectAsList()) {
            out.computeIfAbsent(r.getString(0), k -> new Decisions()).add(r.getString(1), r.getString(2),
                    r.getString(3));
        }
        return out;
    }

    private void readDecisions() {
        decisions.putAll(decisions(spark));
        for (Row r : spark.sql("SELECT DISTINCT i.`case`, i.key, i.type FROM identifiers i"
                + " LEFT SEMI JOIN person_decisions d ON d.`case` = i.`case` AND (d.key_a = i.key OR d.key_b = i.key)")
                .collectAsList()) {
            decidedTypes.computeIfAbsent(r.getString(0), k -> new HashMap<>()).put(r.getString(1), r.getString(2));
        }
    }

    /** The names the devices saved the persons' keys under (only those keys are read back). */
    private void readNames(Map<String, PersonFold> folds) {
        List<Row> keys = new ArrayList<>();
        folds.forEach((c, f) -> f.keys().forEach(k -> keys.add(RowFactory.create(c, k))));
        spark.createDataFrame(keys, new StructType().add("case", "string").add("key", "string"))
                .createOrReplaceTempView("person_keys");
        Iterator<Row> rows = spark.sql("SELECT o.`case`, d.label, o.name, o.key FROM occurrences o"
                + " LEFT SEMI JOIN person_keys k ON k.`case` = o.`case` AND k.key = o.key"
                + " JOIN devices d ON d.`case` = o.`case` AND d.device_id = o.device_id"
                + " WHERE o.record_table = 'contacts' AND o.name IS NOT NULL AND o.role NOT LIKE '%group-member'")
                .toLocalIterator();
        while (rows.hasNext()) {
            Row r = rows.next();
            folds.get(r.getString(0)).name(r.getString(1), r.getString(2), r.getString(3));
        }
    }

    /** The persons as a flat table: one row per person and key. */
    static List<Row> rows(Map<String, List<Person>> persons) {
        List<Row> out = new ArrayList<>();
        persons.forEach((c, list) -> list.forEach(p -> p.keys().forEach(k -> out.add(RowFactory.create(c, p.id(),
                p.key(), k, p.seized(), String.join(",", p.devices()))))));
        return out;
    }

    static final StructType TABLE = new StructType().add("case", "string").add("person", "string")
            .add("primary_key", "string").add("key", "string").add("seized", "boolean").add("devices", "string");
}
