package org.phonetriage.ingest;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.Future;
import java.util.concurrent.FutureTask;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.phonetriage.model.Call;
import org.phonetriage.model.Contact;
import org.phonetriage.model.DeviceFact;
import org.phonetriage.model.Message;
import org.phonetriage.model.OwnIdentifier;
import org.phonetriage.model.Problem;
import org.phonetriage.model.SimInfo;
import org.phonetriage.parsers.RecordSink;

/**
 * Runs a database's parser on a thread of its own and hands what it gives, in the order it gives
 * it, to a sink on the calling thread: SQLite's reading and the rows' decoding on one core while
 * the records before them are normalised and stored on the other. The parser runs at most
 * {@value #BATCHES_AHEAD} batches of {@value #BATCH} records ahead. What reaches the sink, and when
 * a failure surfaces (after every record given before it), is what a parser writing to the sink
 * itself would give.
 */
final class RecordRelay {

    /** A parser run: gives its records to the sink and returns how many it gave. */
    interface Parse {
        long run(RecordSink sink) throws SQLException;
    }

    private static final int BATCH = 512;
    private static final int BATCHES_AHEAD = 8;

    private RecordRelay() {
    }

    /**
     * Runs the parse on a thread of its own (one per database: a few per item); returns its count,
     * or throws what it threw, once the sink has had everything given before.
     */
    static long run(Parse parse, RecordSink sink) throws SQLException {
        BlockingQueue<Object> queue = new ArrayBlockingQueue<>(BATCHES_AHEAD);
        Relay relay = new Relay(queue);
        FutureTask<Void> running = new FutureTask<>(() -> relay.run(parse), null);
        Thread parser = new Thread(running, "parser");
        parser.setDaemon(true);
        parser.start();
        boolean ended = false;
        try {
            while (true) {
                Object next = queue.take();
                if (next instanceof End end) {
                    ended = true;
                    return end.result();
                }
                @SuppressWarnings("unchecked")
                List<Consumer<RecordSink>> batch = (List<Consumer<RecordSink>>) next;
                for (Consumer<RecordSink> record : batch) {
                    record.accept(sink);
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SQLException("interrupted while reading", e);
        } finally {
            if (!ended) {
                relay.cancelled = true; // the sink failed (or a stop): the parser gives up at its next batch
            }
            awaitQuietly(running); // its database is closed before the staged copy may be deleted
        }
    }

    private static void awaitQuietly(Future<?> running) {
        boolean interrupted = false;
        while (true) {
            try {
                running.get();
                break;
            } catch (InterruptedException e) {
                interrupted = true;
            } catch (java.util.concurrent.ExecutionException e) {
                break; // reported through the queue, or the sink's failure is the one thrown
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    /** How the parse ended: its count, or what it threw. */
    private record End(long count, Throwable failure) {
        long result() throws SQLException {
            if (failure == null) {
                return count;
            }
            if (failure instanceof SQLException e) {
                throw e;
            }
            if (failure instanceof RuntimeException e) {
                throw e;
            }
            throw (Error) failure;
        }
    }

    /** Thrown on the parser thread when the sink's side gave up: ends the parse. */
    private static final class Cancelled extends RuntimeException {
        Cancelled() {
            super(null, null, false, false);
        }
    }

    /** The parser's sink: collects records in batches and queues them. */
    private static final class Relay implements RecordSink {
        private final BlockingQueue<Object> queue;
        private List<Consumer<RecordSink>> batch = new ArrayList<>(BATCH);
        volatile boolean cancelled;

        Relay(BlockingQueue<Object> queue) {
            this.queue = queue;
        }

        void run(Parse parse) {
            End end;
            try {
                long n = parse.run(this);
                send();
                end = new End(n, null);
            } catch (Cancelled e) {
                return;
            } catch (SQLException | RuntimeException | Error e) {
                try {
                    send(); // the records before the failure are kept, as when read in one thread
                } catch (Cancelled c) {
                    return;
                }
                end = new End(0, e);
            }
            try {
                put(end);
            } catch (Cancelled e) {
                // nobody waits for the end any more
            }
        }

        private void add(Consumer<RecordSink> record) {
            batch.add(record);
            if (batch.size() >= BATCH) {
                send();
            }
        }

        private void send() {
            if (!batch.isEmpty()) {
                put(batch);
                batch = new ArrayList<>(BATCH);
            }
        }

        private void put(Object o) {
            try {
                while (!queue.offer(o, 50, TimeUnit.MILLISECONDS)) {
                    if (cancelled) {
                        throw new Cancelled();
                    }
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new Cancelled();
            }
        }

        @Override
        public void contact(Contact c) {
            add(s -> s.contact(c));
        }

        @Override
        public void call(Call c) {
            add(s -> s.call(c));
        }

        @Override
        public void message(Message m) {
            add(s -> s.message(m));
        }

        @Override
        public void sim(SimInfo sim) {
            add(s -> s.sim(sim));
        }

        @Override
        public void ownIdentifier(OwnIdentifier own) {
            add(s -> s.ownIdentifier(own));
        }

        @Override
        public void fact(DeviceFact fact) {
            add(s -> s.fact(fact));
        }

        @Override
        public void problem(Problem problem) {
            add(s -> s.problem(problem));
        }
    }
}
