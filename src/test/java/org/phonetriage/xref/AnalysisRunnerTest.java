package org.phonetriage.xref;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class AnalysisRunnerTest {

    @Test
    void aStepRunAheadRunsOnceNowAndIsReportedWhereItsReplayRuns() {
        List<String> ran = new ArrayList<>();
        AnalysisRunner.Step<String> ahead = AnalysisRunner.ranAhead(() -> {
            ran.add("ahead");
            return "result";
        });
        assertEquals(List.of("ahead"), ran);
        AnalysisRunner analyses = new AnalysisRunner();
        analyses.run("first", "", () -> {
            throw new IllegalStateException("first failed");
        });
        assertEquals("result", analyses.run("ahead", "", ahead));
        assertEquals("result", analyses.run("again", "", ahead));
        assertEquals(List.of("ahead"), ran);
        assertEquals(List.of("first"), analyses.failed());
    }

    @Test
    void aFailureRunAheadIsRecordedInTheOrderTheStepsAreRun() {
        IllegalArgumentException thrown = new IllegalArgumentException("bad graph");
        AnalysisRunner.Step<String> ahead = AnalysisRunner.ranAhead(() -> {
            throw thrown;
        });
        AnalysisRunner.Step<String> overflow = AnalysisRunner.ranAhead(() -> {
            throw new StackOverflowError();
        });
        AnalysisRunner analyses = new AnalysisRunner();
        analyses.run("before", "", () -> {
            throw new IllegalStateException("before failed");
        });
        assertEquals("empty", analyses.run("ahead", "empty", ahead));
        assertEquals("empty", analyses.run("overflow", "empty", overflow));
        List<AnalysisRunner.Failure> failures = analyses.failures();
        assertEquals(List.of("before", "ahead", "overflow"),
                failures.stream().map(AnalysisRunner.Failure::analysis).toList());
        assertSame(thrown, failures.get(1).cause());
        assertEquals("IllegalArgumentException: bad graph", failures.get(1).reason());
    }
}
