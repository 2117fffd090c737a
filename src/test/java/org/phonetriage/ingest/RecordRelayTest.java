package org.phonetriage.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.phonetriage.model.Call;
import org.phonetriage.model.Contact;
import org.phonetriage.model.DeviceFact;
import org.phonetriage.model.Message;
import org.phonetriage.model.OwnIdentifier;
import org.phonetriage.model.Problem;
import org.phonetriage.model.Provenance;
import org.phonetriage.model.SimInfo;
import org.phonetriage.parsers.RecordSink;

class RecordRelayTest {

    private static final Provenance WHERE = new Provenance("P01", "a.db", null, "t", 1L, "test", "1");

    /** Keeps what it is given, in order; fails at the record numbered {@code failAt} (from 1), if any. */
    private static final class Kept implements RecordSink {
        final List<String> got = new ArrayList<>();
        final Thread expected = Thread.currentThread();
        int failAt = -1;

        private void keep(String what) {
            if (Thread.currentThread() != expected) {
                throw new AssertionError("a record reached the sink on " + Thread.currentThread().getName());
            }
            got.add(what);
            if (got.size() == failAt) {
                throw new CaseWriteException(new SQLException("disk full"));
            }
        }

        @Override
        public void contact(Contact c) {
            keep("contact");
        }

        @Override
        public void call(Call c) {
            keep("call");
        }

        @Override
        public void message(Message m) {
            keep("message");
        }

        @Override
        public void sim(SimInfo s) {
            keep("sim");
        }

        @Override
        public void ownIdentifier(OwnIdentifier o) {
            keep("own");
        }

        @Override
        public void fact(DeviceFact f) {
            keep(f.value());
        }

        @Override
        public void problem(Problem p) {
            keep("problem " + p.reason());
        }
    }

    /** A parser giving {@code n} facts numbered from 0, a problem every 1,000, then failing if told to. */
    private static RecordRelay.Parse giving(int n, SQLException failure, AtomicInteger given) {
        return sink -> {
            for (int i = 0; i < n; i++) {
                sink.fact(new DeviceFact(WHERE, "n", Integer.toString(i)));
                given.incrementAndGet();
                if (i % 1_000 == 999) {
                    sink.problem(new Problem("P01", "a.db", "at " + i));
                }
            }
            if (failure != null) {
                throw failure;
            }
            return n;
        };
    }

    private static List<String> expected(int n) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            out.add(Integer.toString(i));
            if (i % 1_000 == 999) {
                out.add("problem at " + i);
            }
        }
        return out;
    }

    @Test
    void theSinkGetsEverythingInOrderOnTheCallersThread() throws SQLException {
        Kept sink = new Kept();
        assertEquals(20_500, RecordRelay.run(giving(20_500, null, new AtomicInteger()), sink));
        assertEquals(expected(20_500), sink.got);
    }

    @Test
    void aParserFailureComesAfterTheRecordsGivenBeforeIt() {
        Kept sink = new Kept();
        SQLException corrupt = new SQLException("database disk image is malformed");
        SQLException thrown = assertThrows(SQLException.class,
                () -> RecordRelay.run(giving(1_234, corrupt, new AtomicInteger()), sink));
        assertSame(corrupt, thrown);
        assertEquals(expected(1_234), sink.got);
        RuntimeException bug = new IllegalStateException("a decoder's bug");
        Kept other = new Kept();
        assertSame(bug, assertThrows(IllegalStateException.class, () -> RecordRelay.run(s -> {
            s.call(null);
            throw bug;
        }, other)));
        assertEquals(List.of("call"), other.got);
    }

    @Test
    void aSinkFailureStopsTheParserAndIsThrown() {
        Kept sink = new Kept();
        sink.failAt = 700;
        AtomicInteger given = new AtomicInteger();
        CaseWriteException thrown = assertThrows(CaseWriteException.class,
                () -> RecordRelay.run(giving(1_000_000, null, given), sink));
        assertEquals("disk full", thrown.getCause().getMessage());
        assertEquals(700, sink.got.size());
        // the parser stopped a few batches ahead of the sink, not at the end of its million
        int stoppedAt = given.get();
        assertTrue(stoppedAt < 100_000, "the parser went on to " + stoppedAt);
        assertNotEquals(1_000_000, stoppedAt);
    }
}
