package org.phonetriage.spark;

import java.nio.file.Path;
import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.functions;

/**
 * The tables of a case as the Spark job reads them, each with a {@code case} column: devices,
 * identifiers, readings, occurrences (with their reading, record time, direction and call
 * duration), owners' identifiers, SIM card rows, the examiner's person decisions, and what the
 * export derives: the communication edges and the persons (one row per person and key). Written as
 * Parquet partitioned by case, so many cases share one folder and a case exported again
 * replaces only its own partition.
 */
public final class CaseTables {

    /** The tables read from case.db: name, query, and the Spark types of its columns. */
    record Table(String name, String query, String schema) {
    }

    /** The examiner's person decisions: a case from before they existed has none. */
    static final Table DECISIONS = new Table("person_decisions", "SELECT key_a, key_b, decision FROM person_decisions",
            "key_a STRING, key_b STRING, decision STRING");

    static final List<Table> TABLES = List.of(
            new Table("devices", "SELECT id AS device_id, label, platform, home_region, status FROM devices",
                    "device_id LONG, label STRING, platform STRING, home_region STRING, status STRING"),
            new Table("identifiers", "SELECT id AS identifier_id, key, type FROM identifiers",
                    "identifier_id LONG, key STRING, type STRING"),
            new Table("readings", "SELECT id AS reading_id, identifier_id, raw, confidence, rule, region, level"
                    + " FROM readings",
                    "reading_id LONG, identifier_id LONG, raw STRING, confidence STRING, rule STRING, region STRING,"
                            + " level STRING"),
            // with the record's recovery flags (recovered from deleted bytes; an earlier version of a
            // live record, which the graph and the device links leave out) and a contact's account
            new Table("occurrences", "SELECT o.id AS occurrence_id, o.identifier_id, o.key, o.type, o.device_id,"
                    + " o.role, o.record_table, o.record_id, o.raw, o.name, o.party_role, o.direction, o.time_utc,"
                    + " o.confidence, o.rule, o.level, c.duration_s,"
                    + " COALESCE(c.recovered, m.recovered, ct.recovered) IS NOT NULL AS recovered,"
                    + " COALESCE(c.recovered_version_of, m.recovered_version_of, ct.recovered_version_of) IS NOT NULL"
                    + " AS earlier_version, ct.account FROM occurrence_details o"
                    + " LEFT JOIN calls c ON o.record_table = 'calls' AND c.id = o.record_id"
                    + " LEFT JOIN messages m ON o.record_table = 'messages' AND m.id = o.record_id"
                    + " LEFT JOIN contacts ct ON o.record_table = 'contacts' AND ct.id = o.record_id",
                    "occurrence_id LONG, identifier_id LONG, key STRING, type STRING, device_id LONG, role STRING,"
                            + " record_table STRING, record_id LONG, raw STRING, name STRING, party_role STRING,"
                            + " direction STRING, time_utc STRING, confidence STRING, rule STRING, level STRING,"
                            + " duration_s LONG, recovered INT, earlier_version INT, account STRING"),
            new Table("owners", "SELECT DISTINCT o.device_id, o.identifier_id, i.key, i.type, o.basis"
                    + " FROM owner_identifiers o JOIN identifiers i ON i.id = o.identifier_id",
                    "device_id LONG, identifier_id LONG, key STRING, type STRING, basis STRING"),
            new Table("sims", "SELECT id AS record_id, device_id, iccid FROM sims",
                    "record_id LONG, device_id LONG, iccid STRING"),
            DECISIONS);

    private CaseTables() {
    }

    /** Reads one table of a case database (through Spark's JDBC source, one partition streamed). */
    static Dataset<Row> read(SparkSession spark, Path caseDb, Table table, String caseName) {
        String query = table == DECISIONS && !CaseCheck.hasTable(caseDb, table.name())
                ? "SELECT '' AS key_a, '' AS key_b, '' AS decision WHERE 0" : table.query();
        return spark.read().format("jdbc")
                .option("url", "jdbc:sqlite:" + caseDb.toAbsolutePath())
                .option("driver", "org.sqlite.JDBC")
                .option("query", query)
                .option("customSchema", table.schema())
                .option("fetchsize", "10000")
                .load()
                .withColumn("case", functions.lit(caseName));
    }

    /**
     * Exports cases into {@code dir} (their partitions replaced, others kept): each table read
     * from every case database at once (one partition per case) and written in one job. The case
     * databases are checked first: a file that is no phonetriage case is refused by name.
     *
     * @param cases the case databases by their names
     */
    static void export(SparkSession spark, java.util.Map<String, Path> cases, String dir) throws java.io.IOException {
        cases.values().forEach(CaseCheck::require);
        for (Table t : TABLES) {
            Dataset<Row> all = null;
            for (java.util.Map.Entry<String, Path> c : cases.entrySet()) {
                Dataset<Row> one = read(spark, c.getValue(), t, c.getKey());
                all = all == null ? one : all.unionByName(one);
            }
            write(all, table(dir, t.name()));
        }
        org.apache.spark.sql.Column exported = functions.col("case").isin(cases.keySet().toArray());
        Dataset<Row> edges = Communications.edges(spark, load(spark, dir, "devices").where(exported),
                load(spark, dir, "occurrences").where(exported), load(spark, dir, "owners").where(exported));
        write(edges, table(dir, "edges"));
        for (String t : List.of("devices", "occurrences", "owners", "identifiers", "sims", "person_decisions")) {
            load(spark, dir, t).where(exported).createOrReplaceTempView(t);
        }
        write(spark.createDataFrame(SparkPersons.rows(SparkPersons.resolve(spark)), SparkPersons.TABLE),
                table(dir, "persons"));
    }

    static void write(Dataset<Row> rows, String where) {
        rows.write().mode("overwrite").partitionBy("case").parquet(where);
    }

    /** A table's folder in an export: a local path, or a URI Spark's file systems read (hdfs://, s3a://). */
    static String table(String dir, String table) {
        return dir.endsWith("/") ? dir + table : dir + "/" + table;
    }

    /** A table of an export folder; a missing table is named. */
    static Dataset<Row> load(SparkSession spark, String dir, String table) throws java.io.IOException {
        org.apache.hadoop.fs.Path folder = new org.apache.hadoop.fs.Path(table(dir, table));
        if (!folder.getFileSystem(spark.sparkContext().hadoopConfiguration()).exists(folder)) {
            throw new IllegalArgumentException(dir + ": no " + table + " table (not a phonetriage-spark export,"
                    + " or one made by an older version: export the cases again with phonetriage-spark export)");
        }
        // the schema is given, not inferred: a table no case has a row of (no examiner's decision
        // anywhere) has no data file to infer it from
        return spark.read().schema(schema(table)).parquet(folder.toString());
    }

    /** A table's columns as written, its partition column {@code case} last. */
    static org.apache.spark.sql.types.StructType schema(String table) {
        org.apache.spark.sql.types.StructType columns = switch (table) {
            case "edges" -> Communications.EDGE;
            case "persons" -> SparkPersons.TABLE;
            default -> org.apache.spark.sql.types.StructType.fromDDL(TABLES.stream()
                    .filter(t -> t.name().equals(table)).findFirst()
                    .orElseThrow(() -> new IllegalArgumentException("no table " + table)).schema());
        };
        org.apache.spark.sql.types.StructType out = new org.apache.spark.sql.types.StructType();
        for (org.apache.spark.sql.types.StructField f : columns.fields()) {
            if (!f.name().equals("case")) {
                out = out.add(f);
            }
        }
        return out.add("case", org.apache.spark.sql.types.DataTypes.StringType);
    }
}
