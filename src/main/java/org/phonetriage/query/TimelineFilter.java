package org.phonetriage.query;

import java.util.List;

/**
 * Which records a timeline keeps.
 *
 * @param keys  keep only records naming one of these keys as a party (also as a reading not
 *              chosen); empty for all records
 * @param devices keep only records of these devices (labels); empty for all devices
 * @param range keep only records timed within it; a bounded range leaves out untimed records
 */
public record TimelineFilter(List<String> keys, List<String> devices, TimeRange range) {

    public static final TimelineFilter ALL = new TimelineFilter(List.of(), List.of(), TimeRange.ALL);

    public TimelineFilter {
        keys = List.copyOf(keys);
        devices = List.copyOf(devices);
    }
}
