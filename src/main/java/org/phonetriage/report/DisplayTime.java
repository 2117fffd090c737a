package org.phonetriage.report;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/**
 * Shows the model's ISO-8601 UTC times in the examiner's zone. Each shown time carries its UTC
 * offset, since one zone has several offsets over a year (summer time) and the reader must not
 * have to guess which applied.
 */
final class DisplayTime {

    private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm:ss xxx");

    private final ZoneId zone;

    DisplayTime(ZoneId zone) {
        this.zone = zone;
    }

    ZoneId zone() {
        return zone;
    }

    String format(Instant instant) {
        return SHOWN.format(instant.atZone(zone));
    }

    /** The time in the display zone, or empty when the text is not an ISO-8601 instant. */
    Optional<String> format(String isoUtc) {
        return parse(isoUtc).map(this::format);
    }

    static Optional<Instant> parse(String iso) {
        if (iso == null || iso.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of(Instant.parse(iso));
        } catch (DateTimeParseException notZulu) {
            try {
                return Optional.of(OffsetDateTime.parse(iso).toInstant());
            } catch (DateTimeParseException notIso) {
                return Optional.empty();
            }
        }
    }
}
