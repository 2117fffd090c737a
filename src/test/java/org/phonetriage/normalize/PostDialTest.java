package org.phonetriage.normalize;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The pause/wait suffix split, and that a long value costs a scan, not a backtracking search. */
class PostDialTest {

    @Test
    void theSuffixStartsAtTheFirstPauseOrWaitAfterThreeDigits() {
        assertEquals(12, PartyClassifier.postDialStart("+33612345678,1234"));
        assertEquals(10, PartyClassifier.postDialStart("0612345678p;#"));
        assertEquals(-1, PartyClassifier.postDialStart("12,345"), "two digits before it: no suffix");
        assertEquals(-1, PartyClassifier.postDialStart("0612345678"));
        assertEquals(-1, PartyClassifier.postDialStart("0612345678,1\n2"), "never across a line end");
    }

    @Test
    void aLongDigitStringIsReadQuickly() {
        // the lazy pattern this scan replaced took seconds here (the fuzz target's 10 s limit caught it)
        String raw = "+3312>3/" + "7".repeat(240);
        RegionContext ctx = RegionContext.of(List.of(new RegionHint("BR", "sim-mcc", true)));
        assertTimeoutPreemptively(Duration.ofSeconds(2), () -> new IdentifierNormalizer().party(raw, ctx));
    }
}
