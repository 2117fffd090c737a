package org.phonetriage.spark;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.apache.spark.sql.SparkSession;
import org.phonetriage.repo.CaseName;
import org.phonetriage.report.AtomicOutput;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** phonetriage-spark: export cases as Parquet, and cross-reference such exports on Spark. */
@Command(name = "phonetriage-spark", mixinStandardHelpOptions = true, version = "phonetriage-spark 0.1.0",
        description = "The phonetriage cross-reference over many cases, on Apache Spark.",
        subcommands = {SparkMain.Export.class, SparkMain.Xref.class})
public final class SparkMain {

    static final ObjectMapper JSON = JsonMapper.builder()
            .propertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
            .enable(SerializationFeature.INDENT_OUTPUT).build();

    public static void main(String[] args) {
        System.exit(run(new PrintWriter(System.out, true), new PrintWriter(System.err, true), args));
    }

    /** Runs a command line; every failure is one line on {@code err}, never a stack trace. */
    public static int run(PrintWriter out, PrintWriter err, String... args) {
        CommandLine cli = new CommandLine(new SparkMain());
        cli.setOut(out);
        cli.setErr(err);
        cli.setExecutionExceptionHandler((e, cmd, parsed) -> {
            String m = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
            err.println("phonetriage-spark: " + m.replaceAll("\\s+", " "));
            if (System.getenv("PHONETRIAGE_DEBUG") != null) {
                e.printStackTrace(err);
            }
            return e instanceof IllegalArgumentException ? 2 : 1;
        });
        return cli.execute(args);
    }

    /** Spark on this machine unless spark-submit gave a master. */
    static SparkSession session(String master) {
        SparkSession.Builder b = SparkSession.builder().appName("phonetriage-spark")
                .config("spark.sql.sources.partitionOverwriteMode", "dynamic");
        // spark-submit's --conf arrive as system properties and win over these defaults for one machine
        if (System.getProperty("spark.ui.enabled") == null) {
            b.config("spark.ui.enabled", "false");
        }
        if (System.getProperty("spark.sql.shuffle.partitions") == null) {
            b.config("spark.sql.shuffle.partitions", System.getProperty("phonetriage.spark.partitions", "8"));
        }
        if (master != null) {
            b.master(master);
        } else if (!System.getProperties().containsKey("spark.master")) {
            b.master("local[*]");
        }
        return b.getOrCreate();
    }

    @Command(name = "export", mixinStandardHelpOptions = true,
            description = "Write cases as Parquet (devices, identifiers, readings, occurrences, owners, communication"
                    + " edges), partitioned by case: a case exported again replaces only its own partition.")
    static final class Export implements Callable<Integer> {

        @Option(names = "--case", required = true, paramLabel = "FILE", description = "A case database (repeatable).")
        List<Path> cases;

        @Option(names = "--case-name", paramLabel = "NAME",
                description = "The name of the case (one --case only; default: the case folder's name).")
        String name;

        @Option(names = "--parquet", required = true, paramLabel = "DIR",
                description = "The export folder (a path, or a URI of Spark's file systems: hdfs://, s3a://).")
        String dir;

        @Option(names = "--master", paramLabel = "URL", description = "Spark master (default: local[*]).")
        String master;

        @Override
        public Integer call() throws Exception {
            if (name != null && cases.size() > 1) {
                throw new IllegalArgumentException("--case-name names one case; give one --case with it");
            }
            java.util.Map<String, Path> named = new java.util.TreeMap<>();
            for (Path c : cases) {
                String n = name != null ? name : CaseName.of(c);
                if (named.put(n, c) != null) {
                    throw new IllegalArgumentException(c + ": a second case named " + n + " (name them apart,"
                            + " one export each with --case-name)");
                }
            }
            cases.forEach(CaseCheck::require);
            SparkSession spark = session(master);
            try {
                CaseTables.export(spark, named, dir);
            } finally {
                spark.stop();
            }
            named.forEach((n, c) -> System.err.println("exported " + c + " as case " + n + " to " + dir));
            return 0;
        }
    }

    @Command(name = "xref", mixinStandardHelpOptions = true,
            description = "Cross-reference every case of an export folder: shared identifiers, device links, person"
                    + " candidates, degree/communications/PageRank, and each case's hits in the others.")
    static final class Xref implements Callable<Integer> {

        @Option(names = "--input", required = true, paramLabel = "DIR",
                description = "An export folder (a path, or a URI of Spark's file systems: hdfs://, s3a://).")
        String input;

        @Option(names = "--out", required = true, paramLabel = "FILE", description = "Where to write the JSON.")
        Path out;

        @Option(names = "--min-devices", defaultValue = "2", paramLabel = "N",
                description = "List an identifier when it is on at least N devices of its case (default ${DEFAULT-VALUE}).")
        int minDevices;

        @Option(names = "--stats", paramLabel = "FILE", description = "Write time and memory per stage (JSON).")
        Path stats;

        @Option(names = "--master", paramLabel = "URL", description = "Spark master (default: local[*]).")
        String master;

        @Override
        public Integer call() throws Exception {
            SparkSession spark = session(master);
            Stages stages = new Stages();
            try (XrefFile file = new XrefFile(out)) {
                new XrefJob(spark, minDevices, stages).run(input, file::write);
                file.finish();
            } finally {
                spark.stop();
            }
            if (stats != null) {
                AtomicOutput.writeString(stats, JSON.writeValueAsString(stages.stages()));
            }
            for (Stages.Stage s : stages.stages()) {
                System.err.printf("stage %-18s %8.1f s  cpu %8.1f s  heap %6d MB  peak RSS %6d MB%n", s.name(),
                        s.seconds(), s.cpuSeconds(), s.heapMb(), s.peakRssMb());
            }
            return 0;
        }
    }
}
