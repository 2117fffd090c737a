package org.phonetriage.xref.rules;

import java.util.ArrayDeque;
import java.util.Deque;

/**
 * The same call or message logged on two phones is one communication: within one (source,
 * target, kind), fed in time order, a log that matches an unmatched log of another device within
 * {@link #SECONDS} seconds is a repeat. Holds only a few seconds of one pair.
 */
public final class SameEvent {

    /** Two logs of one event differ by clock drift and by the time to connect. */
    public static final long SECONDS = 5;

    private final Deque<long[]> recent = new ArrayDeque<>(); // {epochSecond, device, matched}

    /** Whether this log repeats one already counted (true: count it once, only add its device). */
    public boolean repeat(long epochSecond, long device) {
        while (!recent.isEmpty() && recent.peekFirst()[0] < epochSecond - SECONDS) {
            recent.pollFirst();
        }
        for (long[] r : recent) {
            if (r[1] != device && r[2] == 0) {
                r[2] = 1;
                return true;
            }
        }
        recent.addLast(new long[] {epochSecond, device, 0});
        return false;
    }
}
