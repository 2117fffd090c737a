package org.phonetriage.bench;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.phonetriage.normalize.IdentifierNormalizer;
import org.phonetriage.normalize.PartyCache;
import org.phonetriage.normalize.RegionContext;
import org.phonetriage.normalize.RegionHint;

/**
 * Normalisation throughput on a realistic mix, one thread: a phone's records name a few thousand
 * parties, a few of them very often (Zipf), written in every form phones use. Prints the rate
 * without the cache (every value parsed) and with it (what ingest does). Run by
 * scripts/bench-normalize; not a unit test.
 */
public final class NormalizeBenchmark {

    private NormalizeBenchmark() {
    }

    public static void main(String[] args) {
        int distinct = args.length > 0 ? Integer.parseInt(args[0]) : 5_000;
        int occurrences = args.length > 1 ? Integer.parseInt(args[1]) : 5_000_000;
        Random random = new Random(2026);
        List<String> values = values(distinct, random);
        String[] stream = zipf(values, occurrences, random);
        List<RegionContext> contexts = List.of(
                new RegionContext(List.of(new RegionHint("FR", "sim-mcc", true)), List.of("FR", "ES", "PT", "BR"), null),
                new RegionContext(List.of(new RegionHint("ES", "record-country", true), new RegionHint("FR", "sim-mcc", true)),
                        List.of("FR", "ES", "PT", "BR"), null));
        IdentifierNormalizer normalizer = new IdentifierNormalizer();

        long uncached = median(() -> {
            for (int i = 0; i < 200_000; i++) {
                normalizer.party(stream[i], contexts.get(i & 1));
            }
        });
        long cached = median(() -> {
            PartyCache cache = new PartyCache(normalizer, PartyCache.DEFAULT_CAPACITY);
            for (int i = 0; i < stream.length; i++) {
                cache.party(stream[i], contexts.get(i & 1));
            }
        });
        System.out.printf("distinct values            %,d%n", distinct);
        System.out.printf("without cache              %,.0f normalisations/s (200,000 occurrences, median of 5)%n",
                200_000 / (uncached / 1e9));
        System.out.printf("with cache (as in ingest)  %,.0f normalisations/s (%,d occurrences, median of 5)%n",
                stream.length / (cached / 1e9), stream.length);
    }

    /** Numbers in the forms phones store them: national, +, 00, spaced, JIDs, codes, names. */
    private static List<String> values(int n, Random random) {
        List<String> out = new ArrayList<>(n);
        while (out.size() < n) {
            int subscriber = 10_000_000 + random.nextInt(89_999_999);
            String s = String.valueOf(subscriber);
            out.add(switch (random.nextInt(10)) {
                case 0 -> "06 " + s.substring(0, 2) + " " + s.substring(2, 4) + " " + s.substring(4, 6) + " " + s.substring(6);
                case 1 -> "+33 6" + s;
                case 2 -> "00336" + s;
                case 3 -> "6" + s.substring(0, 2) + " " + s.substring(2, 5) + " " + s.substring(5);
                case 4 -> "+34 6" + s;
                case 5 -> "+351 91" + s.substring(1);
                case 6 -> "55119" + s + "@s.whatsapp.net";
                case 7 -> "(11) 9" + s.substring(0, 4) + "-" + s.substring(4);
                case 8 -> String.valueOf(30_000 + random.nextInt(9_000));
                default -> random.nextBoolean() ? "07" + s : "Unknown";
            });
        }
        return out;
    }

    private static String[] zipf(List<String> values, int n, Random random) {
        double[] weights = new double[values.size()];
        double total = 0;
        for (int i = 0; i < weights.length; i++) {
            total += 1.0 / (i + 1);
            weights[i] = total;
        }
        String[] out = new String[n];
        for (int i = 0; i < n; i++) {
            int k = Arrays.binarySearch(weights, random.nextDouble() * total);
            out[i] = values.get(k < 0 ? -k - 1 : k);
        }
        return out;
    }

    private static long median(Runnable work) {
        work.run(); // warm-up: class loading, JIT, libphonenumber's lazily loaded metadata
        long[] times = new long[5];
        for (int i = 0; i < times.length; i++) {
            long start = System.nanoTime();
            work.run();
            times[i] = System.nanoTime() - start;
        }
        Arrays.sort(times);
        return times[2];
    }
}
