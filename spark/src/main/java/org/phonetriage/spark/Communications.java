package org.phonetriage.spark;

import java.io.Serializable;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import org.apache.spark.api.java.function.FlatMapGroupsFunction;
import org.apache.spark.api.java.function.MapFunction;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.phonetriage.xref.rules.OccurrenceSql;
import org.phonetriage.xref.rules.SameEvent;

/**
 * The communication graph of each case, as edges: who called or wrote to whom, with counts,
 * duration and first/last time. The same rules as the embedded engine's graph: the occurrences
 * {@link OccurrenceSql#communication} keeps (not the earlier versions of edited records), pointed
 * by {@link OccurrenceSql#inbound}; a message sent to a group counted to each member on the
 * sender's list of it ({@link OccurrenceSql#groupSend}); and the logs of one event on two phones
 * counted once ({@link SameEvent}) — each (source, target, kind) is one group, read in time order.
 */
final class Communications {

    static final StructType EDGE = new StructType()
            .add("case", DataTypes.StringType).add("src", DataTypes.StringType).add("dst", DataTypes.StringType)
            .add("calls", DataTypes.LongType).add("messages", DataTypes.LongType)
            .add("duration_s", DataTypes.LongType).add("strong", DataTypes.BooleanType)
            .add("first_seen", DataTypes.StringType).add("last_seen", DataTypes.StringType);

    private Communications() {
    }

    /** Each device's node: its owner's first own phone number (in key order), or device:LABEL. */
    static Dataset<Row> deviceNodes(Dataset<Row> devices, Dataset<Row> owners) {
        devices.createOrReplaceTempView("cn_devices");
        owners.createOrReplaceTempView("cn_owners");
        return devices.sparkSession().sql("SELECT d.`case`, d.device_id, d.label,"
                + " coalesce(p.node, concat('device:', d.label)) AS node FROM cn_devices d"
                + " LEFT JOIN (SELECT `case`, device_id, min(key) AS node FROM cn_owners WHERE type = 'phone'"
                + "   GROUP BY `case`, device_id) p ON p.`case` = d.`case` AND p.device_id = d.device_id");
    }

    /**
     * The edges of each case. The logs are merged in the embedded engine's batches: the logs with
     * a counterpart that is no seized device's node, the owners' group sends to such members,
     * and last everything between two seized devices' nodes — one event is looked for within a
     * batch only.
     */
    static Dataset<Row> edges(SparkSession spark, Dataset<Row> devices, Dataset<Row> occurrences, Dataset<Row> owners) {
        deviceNodes(devices, owners).createOrReplaceTempView("cn_nodes");
        occurrences.createOrReplaceTempView("cn_occurrences");
        owners.createOrReplaceTempView("cn_owners");
        spark.sql("SELECT DISTINCT `case`, node FROM cn_nodes").createOrReplaceTempView("cn_device_nodes");
        String inbound = OccurrenceSql.inbound("o");
        Dataset<Row> direct = spark.sql("SELECT o.`case`,"
                + " CASE WHEN " + inbound + " THEN o.key ELSE dn.node END AS src,"
                + " CASE WHEN " + inbound + " THEN dn.node ELSE o.key END AS dst,"
                + " CASE o.record_table WHEN 'calls' THEN 'call' ELSE 'message' END AS kind,"
                + " o.time_utc, o.device_id, coalesce(o.duration_s, 0) AS duration_s,"
                + " coalesce(" + OccurrenceSql.strong("o") + ", false) AS strong, o.occurrence_id,"
                + " CASE WHEN dk.node IS NULL THEN 'counterpart' ELSE 'devices' END AS batch"
                + " FROM cn_occurrences o JOIN cn_nodes dn ON dn.`case` = o.`case` AND dn.device_id = o.device_id"
                + " LEFT JOIN cn_device_nodes dk ON dk.`case` = o.`case` AND dk.node = o.key"
                + " WHERE " + OccurrenceSql.communication("o") + " AND o.earlier_version = 0")
                // the owner's own number among a message's recipients
                .where("src <> dst");
        // a message the owner sent to a group reached every member of the list the same phone keeps
        Dataset<Row> toMembers = spark.sql("WITH sends AS (SELECT `case`, device_id, raw AS grp, time_utc, occurrence_id"
                + "   FROM cn_occurrences o WHERE o.earlier_version = 0 AND " + OccurrenceSql.groupSend("o") + "),"
                + " members AS (SELECT `case`, device_id, " + OccurrenceSql.groupOfList("o.account") + " AS grp, key,"
                + "   max(coalesce(" + OccurrenceSql.strong("o") + ", false)) AS strong FROM cn_occurrences o"
                + "   WHERE o.earlier_version = 0 AND o.record_table = 'contacts' AND "
                + OccurrenceSql.groupMember("o", "o")
                + "   GROUP BY `case`, device_id, " + OccurrenceSql.groupOfList("o.account") + ", key)"
                + " SELECT s.`case`, dn.node AS src, m.key AS dst, 'message' AS kind, s.time_utc, s.device_id,"
                + " 0L AS duration_s, m.strong, s.occurrence_id,"
                + " CASE WHEN dk.node IS NULL THEN 'members' ELSE 'devices' END AS batch"
                + " FROM sends s JOIN members m ON m.`case` = s.`case` AND m.device_id = s.device_id AND m.grp = s.grp"
                + " JOIN cn_nodes dn ON dn.`case` = s.`case` AND dn.device_id = s.device_id"
                + " LEFT ANTI JOIN cn_owners ow ON ow.`case` = s.`case` AND ow.device_id = s.device_id AND ow.key = m.key"
                + " LEFT JOIN cn_device_nodes dk ON dk.`case` = s.`case` AND dk.node = m.key"
                + " WHERE m.key <> dn.node");
        Dataset<Row> perKind = direct.unionByName(toMembers)
                .groupByKey((MapFunction<Row, String>) r -> r.getString(0) + "\u0000" + r.getString(1) + "\u0000"
                        + r.getString(2) + "\u0000" + r.getString(3) + "\u0000" + r.getString(9), Encoders.STRING())
                .flatMapGroups(new FoldKind(), org.apache.spark.sql.catalyst.encoders.ExpressionEncoder.apply(EDGE));
        perKind.createOrReplaceTempView("cn_kinds");
        return spark.sql("SELECT `case`, src, dst, sum(calls) AS calls, sum(messages) AS messages,"
                + " sum(duration_s) AS duration_s, max(strong) AS strong, min(first_seen) AS first_seen,"
                + " max(last_seen) AS last_seen FROM cn_kinds GROUP BY `case`, src, dst");
    }

    /**
     * One (case, source, target, kind, batch): its logs in time order (untimed first, as SQL
     * orders NULL; then in the case's order), a repeat of an event already counted adds nothing.
     */
    static final class FoldKind implements FlatMapGroupsFunction<String, Row, Row>, Serializable {
        @Override
        public Iterator<Row> call(String key, Iterator<Row> rows) {
            List<Row> logs = new ArrayList<>();
            rows.forEachRemaining(logs::add);
            logs.sort(Comparator.comparing((Row r) -> r.getString(4), Comparator.nullsFirst(Comparator.naturalOrder()))
                    .thenComparingLong(r -> r.getLong(8)));
            SameEvent recent = new SameEvent();
            long calls = 0;
            long messages = 0;
            long duration = 0;
            boolean strong = false;
            String first = null;
            String last = null;
            Row any = logs.get(0);
            boolean call = "call".equals(any.getString(3));
            for (Row r : logs) {
                String time = r.getString(4);
                if (time != null && recent.repeat(Instant.parse(time).getEpochSecond(), r.getLong(5))) {
                    continue;
                }
                if (call) {
                    calls++;
                    duration += r.getLong(6);
                } else {
                    messages++;
                }
                strong |= r.getBoolean(7);
                if (time != null) {
                    first = first == null || time.compareTo(first) < 0 ? time : first;
                    last = last == null || time.compareTo(last) > 0 ? time : last;
                }
            }
            return List.of(RowFactory.create(any.getString(0), any.getString(1), any.getString(2), calls, messages,
                    duration, strong, first, last)).iterator();
        }
    }
}
