package org.phonetriage.parsers.xry;

import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import org.phonetriage.model.Timestamp;

/**
 * XRY's times: {@code 1/2/2019 1:23:45 PM (Device)}, month first, 12- or 24-hour, sometimes with a
 * zone, and a "(Device)" or "(Network)" note saying whose clock it is. Without a zone the time is
 * read as UTC and its encoding says so: the export does not prove the zone.
 */
final class XryTimes {

    static final String ZONED = "xry";
    static final String NO_ZONE = "xry-no-zone (read as UTC)";

    private static final DateTimeFormatter WITH_ZONE = new DateTimeFormatterBuilder().parseCaseInsensitive()
            .appendPattern("M/d/y h:m:s[ a] z").toFormatter(Locale.ENGLISH);
    private static final DateTimeFormatter TWELVE_HOUR = new DateTimeFormatterBuilder().parseCaseInsensitive()
            .appendPattern("M/d/y h:m:s a").toFormatter(Locale.ENGLISH);
    private static final DateTimeFormatter TWENTY_FOUR_HOUR = new DateTimeFormatterBuilder().parseCaseInsensitive()
            .appendPattern("M/d/y H:m:s").toFormatter(Locale.ENGLISH);

    private XryTimes() {
    }

    static Timestamp of(String raw) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        String clock = raw.replaceAll("\\s*\\([^)]*\\)\\s*$", "").strip();
        try {
            return new Timestamp(ZonedDateTime.parse(clock, WITH_ZONE).toInstant(), raw, ZONED);
        } catch (DateTimeParseException e) {
            for (DateTimeFormatter f : new DateTimeFormatter[] {TWELVE_HOUR, TWENTY_FOUR_HOUR}) {
                try {
                    return new Timestamp(LocalDateTime.parse(clock, f).toInstant(ZoneOffset.UTC), raw, NO_ZONE);
                } catch (DateTimeParseException ignored) {
                    // next form
                }
            }
            return new Timestamp(null, raw, "xry-unreadable");
        }
    }
}
