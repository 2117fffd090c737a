package org.phonetriage.parsers.axiom;

import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.phonetriage.model.Timestamp;

/**
 * AXIOM's times: the value has no zone ({@code 2026-03-29 20:58:11}, or {@code 3/29/2026 8:58:11 PM}
 * in a US export); the zone the examiner chose is in the fragment's name
 * ({@code Call Date/Time - UTC+01:00}). Without one the time is read as UTC and said so.
 */
final class AxiomTimes {

    static final String ZONED = "axiom";
    static final String NO_ZONE = "axiom-no-zone (read as UTC)";
    private static final Pattern OFFSET = Pattern.compile("UTC\\s*([+-])(\\d{1,2}):(\\d{2})");
    private static final DateTimeFormatter[] FORMS = {
        DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss[.SSS]", Locale.ROOT),
        new DateTimeFormatterBuilder().parseCaseInsensitive().appendPattern("M/d/yyyy h:mm:ss[.SSS] a")
                .toFormatter(Locale.ENGLISH),
        DateTimeFormatter.ofPattern("d/M/yyyy HH:mm:ss[.SSS]", Locale.ROOT),
    };

    private AxiomTimes() {
    }

    static Timestamp of(Map.Entry<String, String> fragment) {
        if (fragment == null) {
            return null;
        }
        String raw = fragment.getValue().strip();
        Matcher m = OFFSET.matcher(fragment.getKey());
        ZoneOffset offset = null;
        if (m.find() && Integer.parseInt(m.group(2)) <= 18) {
            int minutes = Integer.parseInt(m.group(2)) * 60 + Integer.parseInt(m.group(3));
            offset = ZoneOffset.ofTotalSeconds((m.group(1).equals("-") ? -60 : 60) * Math.min(minutes, 18 * 60));
        }
        for (DateTimeFormatter f : FORMS) {
            try {
                LocalDateTime t = LocalDateTime.parse(raw, f);
                return offset == null ? new Timestamp(t.toInstant(ZoneOffset.UTC), raw, NO_ZONE)
                        : new Timestamp(t.toInstant(offset), raw + " (" + fragment.getKey() + ")", ZONED);
            } catch (DateTimeParseException ignored) {
                // next form
            }
        }
        return new Timestamp(null, raw, "axiom-unreadable");
    }
}
