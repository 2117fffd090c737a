package org.phonetriage.query;

/**
 * What a timeline run wrote.
 *
 * @param records        records written
 * @param untimed        of those, records without a time (written last)
 * @param untimedOmitted records without a time left out because the range was bounded
 */
public record TimelineStats(long records, long untimed, long untimedOmitted) {
}
