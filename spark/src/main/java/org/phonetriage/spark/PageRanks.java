package org.phonetriage.spark;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.StructType;
import org.phonetriage.xref.rules.PageRankRule;

/**
 * PageRank of every case's communication graph at once, distributed: {@link PageRankRule}'s
 * step as joins and sums over the edges, each case stopping on its own as the embedded engine
 * stops on its one graph (after {@link PageRankRule#MAX_ITERATIONS} steps, or once no score of
 * that case moved by {@link PageRankRule#TOLERANCE}).
 */
final class PageRanks {

    private PageRanks() {
    }

    /** (case, node, pagerank) for every node of the edges (case, src, dst, weight). */
    static Dataset<Row> compute(SparkSession spark, Dataset<Row> edges) {
        edges.createOrReplaceTempView("pr_edges");
        Dataset<Row> nodes = spark.sql("SELECT `case`, node, sum(out_weight) AS out_weight FROM ("
                + " SELECT `case`, src AS node, CAST(weight AS DOUBLE) AS out_weight FROM pr_edges"
                + " UNION ALL SELECT `case`, dst AS node, 0D AS out_weight FROM pr_edges) GROUP BY `case`, node")
                .localCheckpoint();
        nodes.createOrReplaceTempView("pr_nodes");
        // the graph each in-edge sees: its source's share per unit of score
        Dataset<Row> in = spark.sql("SELECT e.`case`, e.src, e.dst, " + PageRankRule.DAMPING
                + "D * CAST(e.weight AS DOUBLE) / n.out_weight AS share FROM pr_edges e"
                + " JOIN pr_nodes n ON n.`case` = e.`case` AND n.node = e.src").localCheckpoint();
        in.createOrReplaceTempView("pr_in");
        Dataset<Row> scores = spark.sql("SELECT n.`case`, n.node, n.out_weight, 1D / c.n AS score FROM pr_nodes n"
                + " JOIN (SELECT `case`, count(*) AS n FROM pr_nodes GROUP BY `case`) c ON c.`case` = n.`case`")
                .localCheckpoint();
        long cases = nodes.select("case").distinct().count();
        Set<String> done = new HashSet<>();
        markDone(spark, done);
        for (int i = 0; i < PageRankRule.MAX_ITERATIONS && done.size() < cases; i++) {
            scores.createOrReplaceTempView("pr_scores");
            String active = done.isEmpty() ? "" : " WHERE s.`case` NOT IN (" + quoted(done) + ")";
            Dataset<Row> next = spark.sql("WITH tele AS (SELECT `case`, sum(CASE WHEN out_weight > 0 THEN (1D - "
                    + PageRankRule.DAMPING + "D) * score ELSE score END) / count(*) AS r FROM pr_scores GROUP BY `case`),"
                    + " contrib AS (SELECT i.`case`, i.dst AS node, sum(i.share * s.score) AS c FROM pr_in i"
                    + "   JOIN pr_scores s ON s.`case` = i.`case` AND s.node = i.src GROUP BY i.`case`, i.dst)"
                    + " SELECT s.`case`, s.node, s.out_weight,"
                    + " CASE WHEN s.`case` IN (SELECT `case` FROM pr_done) THEN s.score"
                    + "   ELSE t.r + coalesce(c.c, 0D) END AS score, s.score AS old"
                    + " FROM pr_scores s JOIN tele t ON t.`case` = s.`case`"
                    + " LEFT JOIN contrib c ON c.`case` = s.`case` AND c.node = s.node")
                    .localCheckpoint();
            next.createOrReplaceTempView("pr_next");
            List<Row> changes = spark.sql("SELECT s.`case`, max(abs(s.score - s.old)) FROM pr_next s" + active
                    + " GROUP BY s.`case`").collectAsList();
            for (Row r : changes) {
                if (r.getDouble(1) < PageRankRule.TOLERANCE) {
                    done.add(r.getString(0));
                }
            }
            scores = next.drop("old");
            markDone(spark, done);
        }
        return scores.select("case", "node", "score").withColumnRenamed("score", "pagerank");
    }

    /** The cases whose scores no longer change, as the view pr_done. */
    private static void markDone(SparkSession spark, Set<String> done) {
        spark.createDataFrame(done.stream().map(RowFactory::create).toList(),
                new StructType().add("case", "string")).createOrReplaceTempView("pr_done");
    }

    private static String quoted(Set<String> names) {
        StringBuilder b = new StringBuilder();
        for (String n : names) {
            b.append(b.length() == 0 ? "" : ",").append('\'').append(n.replace("'", "''")).append('\'');
        }
        return b.toString();
    }
}
