package org.phonetriage.xref;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Times with a number order as their text does; text of any other shape has none. */
class TimeKeyTest {

    @Test
    void numberedTimesOrderAsTheirText() {
        Random random = new Random(28);
        List<String> times = new ArrayList<>();
        for (int i = 0; i < 3000; i++) {
            times.add(time(random));
        }
        times.addAll(List.of("0000-00-00T00:00:00Z", "9999-12-31T23:59:59Z", "9999-12-31T23:59:59.999999Z",
                "2024-01-01T00:00:00.Z", "2024-01-01T00:00:00.0Z", "2024-01-01T00:00:00.00Z", "2024-01-01T00:00:00.9Z",
                "2024-01-01T00:00:00.999999Z", "2024-01-01T00:00:00Z", "2024-01-01T00:00:01.000001Z"));
        for (String a : times) {
            long ka = TimeKey.of(a);
            assertNotEquals(TimeKey.NONE, ka, a);
            for (int j = 0; j < 40; j++) {
                String b = times.get(random.nextInt(times.size()));
                assertEquals(Integer.signum(BinaryText.compare(a, b)), Long.signum(Long.compare(ka, TimeKey.of(b))),
                        a + " vs " + b);
            }
        }
    }

    @Test
    void otherTextHasNoNumberAndIsComparedAsText() {
        for (String t : new String[] {null, "", "2024-01-01", "2024-01-01T00:00:00", "2024-01-01T00:00:00+01:00",
            "2024-01-01 00:00:00Z", "2024-13-01T00:00:00Z", "2024-01-32T00:00:00Z", "2024-01-01T24:00:00Z",
            "2024-01-01T00:60:00Z", "2024-01-01T00:00:60Z", "2024-01-01T00:00:00.1234567Z", "2024-01-01T00:00:00,5Z",
            "+10000-01-01T00:00:00Z", "2024-0a-01T00:00:00Z", "2024-01-01T00:00:00.5aZ", "\uFF12024-01-01T00:00:00Z"}) {
            assertEquals(TimeKey.NONE, TimeKey.of(t), String.valueOf(t));
        }
        // one side without a number: text order
        assertEquals(true, TimeKey.before("2024-01-01T00:00:00+01:00", TimeKey.NONE, "2024-01-01T00:00:00Z",
                TimeKey.of("2024-01-01T00:00:00Z")));
        assertEquals(false, TimeKey.after("2024-01-01T00:00:00+01:00", TimeKey.NONE, "2024-01-01T00:00:00Z",
                TimeKey.of("2024-01-01T00:00:00Z")));
        assertEquals(true, TimeKey.before("2024", TimeKey.NONE, null, TimeKey.NONE), "nothing kept yet");
    }

    /** Close times, so that most pairs share a long start: every field and fraction length varies. */
    private static String time(Random random) {
        String fraction = switch (random.nextInt(4)) {
            case 0 -> "";
            default -> "." + String.valueOf(random.nextInt(1_000_000) + 1_000_000).substring(1, 2 + random.nextInt(6));
        };
        return String.format("%04d-%02d-%02dT%02d:%02d:%02d%sZ", 2023 + random.nextInt(2), random.nextInt(13),
                random.nextInt(32), random.nextInt(24), random.nextInt(3), random.nextInt(60), fraction);
    }
}
