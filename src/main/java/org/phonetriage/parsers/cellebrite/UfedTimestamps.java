package org.phonetriage.parsers.cellebrite;

import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import org.phonetriage.model.Timestamp;

/**
 * A model's time as Cellebrite writes it: {@code 2024-03-02T20:58:11.000+00:00}, with the same in
 * {@code formattedTimestamp}. A value without an offset (format {@code DateTimeOnly}) takes the
 * offset of its formatted form when that has one; failing that it is read as UTC and its encoding
 * says so, since the report does not prove the zone.
 */
final class UfedTimestamps {

    static final String ENCODING = "ufed-iso";
    static final String NO_OFFSET = "ufed-no-offset (read as UTC)";

    /** Older exports, as IPED reads them: {@code 09/10/2021 09:54:22 +00:00}. */
    private static final DateTimeFormatter[] OTHERS = {
        new DateTimeFormatterBuilder().parseCaseInsensitive().appendPattern("dd/MM/yyyy HH:mm:ss[.SSS] XXX")
                .toFormatter(Locale.ROOT),
        new DateTimeFormatterBuilder().parseCaseInsensitive().appendPattern("dd-MMM-yy HH:mm:ss[.SSS] XXX")
                .toFormatter(Locale.ENGLISH),
    };

    private UfedTimestamps() {
    }

    /** The time of a value, or null for no value. */
    static Timestamp of(UfedModel.Value value) {
        if (value == null) {
            return null;
        }
        String raw = value.text().strip();
        OffsetDateTime t = withOffset(raw);
        if (t == null && value.formattedTimestamp() != null) {
            t = withOffset(value.formattedTimestamp().strip());
        }
        if (t != null) {
            return new Timestamp(t.toInstant(), raw, ENCODING);
        }
        try {
            return new Timestamp(LocalDateTime.parse(raw).toInstant(ZoneOffset.UTC), raw, NO_OFFSET);
        } catch (DateTimeParseException e) {
            return new Timestamp(null, raw, "ufed-unreadable");
        }
    }

    private static OffsetDateTime withOffset(String text) {
        try {
            return OffsetDateTime.parse(text);
        } catch (DateTimeParseException e) {
            for (DateTimeFormatter f : OTHERS) {
                try {
                    return OffsetDateTime.parse(text, f);
                } catch (DateTimeParseException ignored) {
                    // next form
                }
            }
            return null;
        }
    }
}
