package org.phonetriage.parsers;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A duration as exports write it, in whole seconds: plain seconds ({@code 95}), a clock
 * ({@code 1:35}, {@code 00:01:35}), with a fraction ({@code 00:01:35.5000000}) or .NET's day prefix
 * ({@code 1.02:00:00}, Cellebrite's TimeSpan). Anything else, a number past a long included, is no
 * duration (null), never a guess.
 */
public final class Durations {

    private static final Pattern FORM =
            Pattern.compile("(?:(\\d+)\\.(?=\\d{1,2}:\\d{2}:))?((?:\\d+:){0,2}\\d+)(?:\\.\\d+)?");

    private Durations() {
    }

    public static Long seconds(String text) {
        if (text == null) {
            return null;
        }
        Matcher m = FORM.matcher(text.strip());
        if (!m.matches()) {
            return null;
        }
        try {
            long total = 0;
            for (String part : m.group(2).split(":")) {
                total = Math.addExact(Math.multiplyExact(total, 60), Long.parseLong(part));
            }
            return m.group(1) == null ? total
                    : Math.addExact(Math.multiplyExact(Long.parseLong(m.group(1)), 86_400), total);
        } catch (NumberFormatException | ArithmeticException tooLong) {
            return null; // more digits than any duration has: no duration
        }
    }
}
