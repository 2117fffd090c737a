package org.phonetriage.progress;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.phonetriage.model.Problem;

class ScreenTextTest {

    /** pySim-shell's export file name without .script: the label such a card gets. */
    private static final String PYSIM = "card_backup_3b9f95801fc78031e073f62113674d4516004301008f_89445310150011013678";

    @Test
    void keepsTheStartAndTheLongerEndAroundAnEllipsis() {
        String fitted = ScreenText.label(PYSIM);
        assertEquals("card_backu\u202645310150011013678", fitted);
        assertEquals(ScreenText.LABEL_WIDTH, fitted.length());
        assertEquals("D01-android", ScreenText.label("D01-android"));
        String exact = "x".repeat(ScreenText.LABEL_WIDTH);
        assertEquals(exact, ScreenText.label(exact));
        assertNull(ScreenText.label(null));
    }

    @Test
    void countsCodePointsAndNeverSplitsOne() {
        String emoji = "\uD83D\uDE00".repeat(40);
        String fitted = ScreenText.fit(emoji, 9);
        assertEquals(9, fitted.codePointCount(0, fitted.length()));
        assertEquals("\uD83D\uDE00".repeat(3) + "\u2026" + "\uD83D\uDE00".repeat(5), fitted);
    }

    @Test
    void controlCharactersCannotBreakALine() {
        assertEquals("a?b?[31mc", ScreenText.fit("a\nb\u001b[31mc", 20));
    }

    @Test
    void progressLinesFitTheirLabelsAndAStatusLineStaysWithinEightyColumns() {
        java.io.StringWriter bytes = new java.io.StringWriter();
        TerminalProgress progress = new TerminalProgress(new java.io.PrintWriter(bytes, true));
        progress.recordsSoFar(PYSIM, "sim.pysim-export", 1_234_567);
        String status = bytes.toString().replace("\r", "").replace("\u001b[K", "");
        assertTrue(status.length() <= 80, status);
        assertTrue(status.contains(ScreenText.label(PYSIM) + " sim.pysim-export: 1,234,567 records"), status);

        progress.parserFinished(PYSIM, "sim.pysim-export", "cards/" + PYSIM + ".script", 10, 0.5);
        progress.problem(new Problem(PYSIM, PYSIM + ".script", "3F00/7F10/5F3A/4F3A (EF_ADN) is named by EF_PBR"
                + " but is not in the dump"));
        progress.itemFinished(PYSIM, 10, 1, 1, 0.5);
        String lines = bytes.toString();
        assertTrue(!lines.contains(PYSIM), lines);
        assertTrue(lines.contains("  problem: " + ScreenText.label(PYSIM) + ": "
                + ScreenText.fit(PYSIM + ".script", ScreenText.PATH_WIDTH) + ": 3F00/7F10/5F3A/4F3A (EF_ADN) is named"
                + " by EF_PBR but is not in the dump"), lines);
        assertTrue(lines.contains("  -> " + ScreenText.label(PYSIM) + ": 10 records from 1 files"), lines);
    }
}
