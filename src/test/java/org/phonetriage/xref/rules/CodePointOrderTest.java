package org.phonetriage.xref.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The persons' name order gives the sign the code point arrays give, surrogates (paired or lone) too. */
class CodePointOrderTest {

    /** Characters where the orders could part: ASCII, around the surrogates, both halves, U+E000 and above. */
    private static final char[] ALPHABET = {'a', 'b', 'é', '\uD7FF', '\uD800', '\uD83D', '\uDBFF', '\uDC00', '\uDE00',
        '\uDFFF', '\uE000', '\uFFFD', '\uFFFF'};

    @Test
    void randomTextsOrderAsTheirCodePointArrays() {
        Random random = new Random(29);
        for (int i = 0; i < 300_000; i++) {
            String a = text(random);
            String b = random.nextInt(3) == 0 ? a + text(random) : random.nextBoolean() ? text(random) : mutated(a, random);
            assertEquals(Integer.signum(reference(a, b)), Integer.signum(CodePointOrder.compare(a, b)), show(a, b));
            assertEquals(Integer.signum(reference(b, a)), Integer.signum(CodePointOrder.compare(b, a)), show(b, a));
        }
    }

    @Test
    void partedInsideASurrogatePair() {
        for (List<String> pair : List.of(List.of("\uD800\uDC00", "\uD800\uE000"), List.of("\uD800\uDC00", "\uD800a"),
                List.of("\uD800\uDC00", "\uD800\uDC01"), List.of("x\uD800", "x\uD800\uDC00"), List.of("\uD800b", "\uD800c"),
                List.of("😀", "\uFFFF"), List.of("", "a"), List.of("abc", "abc"))) {
            String a = pair.get(0);
            String b = pair.get(1);
            assertEquals(Integer.signum(reference(a, b)), Integer.signum(CodePointOrder.compare(a, b)), show(a, b));
            assertEquals(Integer.signum(reference(b, a)), Integer.signum(CodePointOrder.compare(b, a)), show(b, a));
        }
    }

    private static int reference(String a, String b) {
        return Arrays.compare(a.codePoints().toArray(), b.codePoints().toArray());
    }

    private static String text(Random random) {
        char[] c = new char[random.nextInt(5)];
        for (int i = 0; i < c.length; i++) {
            c[i] = ALPHABET[random.nextInt(ALPHABET.length)];
        }
        return new String(c);
    }

    /** The same text with one char changed, so that most pairs share a start. */
    private static String mutated(String a, Random random) {
        if (a.isEmpty()) {
            return a;
        }
        char[] c = a.toCharArray();
        c[random.nextInt(c.length)] = ALPHABET[random.nextInt(ALPHABET.length)];
        return new String(c);
    }

    private static String show(String a, String b) {
        return a.chars().mapToObj(Integer::toHexString).toList() + " vs " + b.chars().mapToObj(Integer::toHexString).toList();
    }
}
