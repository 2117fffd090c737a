package org.phonetriage.parsers;

import java.io.IOException;
import java.io.Reader;

/**
 * Makes an exported report (Cellebrite's report.xml, AXIOM's XML) that breaks XML 1.0 readable without losing the record that breaks it.
 * Cellebrite writes character references XML 1.0 forbids ({@code &#x1;} … {@code &#x1F;}) and,
 * less often, the raw control characters themselves; a conforming parser stops at the first one.
 * A forbidden reference becomes its own text ({@code &#x1;} reads as those five characters, so the
 * examiner still sees it); a forbidden raw character becomes U+FFFD. Both are counted.
 */
public final class XmlCharacterFilter extends Reader {

    /** Longer than any construct looked at: a character reference, {@code <![CDATA[}, {@code ]]>}. */
    private static final int HOLD_BACK = 32;
    private static final char[] CDATA_OPEN = "<![CDATA[".toCharArray();
    private static final char[] CDATA_CLOSE = "]]>".toCharArray();

    private final Reader in;
    private final char[] input = new char[64 * 1024];
    private int carried;
    private boolean eof;
    private final char[] output = new char[input.length * 5]; // "&" may become "&amp;"
    private int outPos;
    private int outEnd;
    private boolean inCdata;
    private long references;
    private long rawCharacters;

    public XmlCharacterFilter(Reader in) {
        this.in = in;
    }

    /** Forbidden character references rewritten as text. */
    public long references() {
        return references;
    }

    /** Forbidden raw characters replaced by U+FFFD. */
    public long rawCharacters() {
        return rawCharacters;
    }

    /** What was mended, for a problem line, or null when nothing was. */
    public String summary() {
        return references + rawCharacters == 0 ? null : references + " character references XML 1.0 forbids"
                + " (&#x1; …) were kept as text and " + rawCharacters + " raw control characters replaced by U+FFFD;"
                + " the records holding them are read";
    }

    @Override
    public int read(char[] cbuf, int off, int len) throws IOException {
        while (outPos == outEnd) {
            if (!fill()) {
                return -1;
            }
        }
        int n = Math.min(len, outEnd - outPos);
        System.arraycopy(output, outPos, cbuf, off, n);
        outPos += n;
        return n;
    }

    /** Reads more input and filters it; false at the end of the input. */
    private boolean fill() throws IOException {
        if (eof && carried == 0) {
            return false;
        }
        int available = carried;
        if (!eof) {
            int r = in.read(input, carried, input.length - carried);
            if (r < 0) {
                eof = true;
            } else {
                available += r;
            }
        }
        // the tail may hold the start of a construct whose end is not read yet
        int limit = eof ? available : Math.max(0, available - HOLD_BACK);
        int o = 0;
        int i = 0;
        while (i < limit) {
            char c = input[i];
            if (inCdata) {
                if (c == ']' && startsWith(i, available, CDATA_CLOSE)) {
                    inCdata = false;
                }
            } else if (c == '<' && startsWith(i, available, CDATA_OPEN)) {
                inCdata = true;
                System.arraycopy(CDATA_OPEN, 0, output, o, CDATA_OPEN.length);
                o += CDATA_OPEN.length;
                i += CDATA_OPEN.length;
                continue;
            } else if (c == '&' && i + 1 < available && input[i + 1] == '#' && forbiddenReference(i, available)) {
                references++;
                output[o++] = '&';
                output[o++] = 'a';
                output[o++] = 'm';
                output[o++] = 'p';
                output[o++] = ';';
                i++;
                continue;
            }
            if (forbidden(c)) {
                rawCharacters++;
                c = '\uFFFD';
            }
            output[o++] = c;
            i++;
        }
        carried = available - i;
        System.arraycopy(input, i, input, 0, carried);
        outPos = 0;
        outEnd = o;
        return true;
    }

    private boolean startsWith(int at, int available, char[] token) {
        if (at + token.length > available) {
            return false;
        }
        for (int k = 0; k < token.length; k++) {
            if (input[at + k] != token[k]) {
                return false;
            }
        }
        return true;
    }

    /** {@code &#N;} or {@code &#xH;} naming a character XML 1.0 does not allow. */
    private boolean forbiddenReference(int at, int available) {
        int i = at + 2;
        boolean hex = i < available && (input[i] == 'x' || input[i] == 'X');
        if (hex) {
            i++;
        }
        long code = 0;
        int digits = 0;
        for (; i < available && i < at + HOLD_BACK - 1; i++) {
            char c = input[i];
            int d = Character.digit(c, hex ? 16 : 10);
            if (c == ';') {
                return digits > 0 && (code > Character.MAX_CODE_POINT || forbidden((int) code)
                        || (code >= 0xD800 && code <= 0xDFFF));
            }
            if (d < 0) {
                return false;
            }
            code = Math.min(code * (hex ? 16 : 10) + d, Integer.MAX_VALUE);
            digits++;
        }
        return false;
    }

    /** XML 1.0 Char: #x9 | #xA | #xD | [#x20-#xD7FF] | [#xE000-#xFFFD] | [#x10000-#x10FFFF]. */
    private static boolean forbidden(int c) {
        if (c < 0x20) {
            return c != 0x9 && c != 0xA && c != 0xD;
        }
        if (c >= 0xD800 && c <= 0xDFFF) {
            return false; // surrogate halves of a pair are checked by the parser itself
        }
        return c == 0xFFFE || c == 0xFFFF;
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
