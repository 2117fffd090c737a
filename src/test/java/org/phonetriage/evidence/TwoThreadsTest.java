package org.phonetriage.evidence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.phonetriage.ingest.StopRequest;

class TwoThreadsTest {

    @Test
    void everyTaskRunsOnTwoThreads() {
        Set<Long> threads = ConcurrentHashMap.newKeySet();
        Set<Integer> ran = ConcurrentHashMap.newKeySet();
        CountDownLatch both = new CountDownLatch(2);
        List<Runnable> tasks = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            int n = i;
            tasks.add(() -> {
                if (n < 2) {
                    both.countDown();
                    await(both); // the first two meet: they run at once
                }
                threads.add(Thread.currentThread().getId());
                ran.add(n);
            });
        }
        TwoThreads.runAll(tasks);
        assertEquals(10, ran.size());
        assertEquals(2, threads.size(), threads.toString());
    }

    @Test
    void aFailureIsThrownOnlyOnceTheOtherTasksHaveEnded() {
        AtomicBoolean slowEnded = new AtomicBoolean();
        CountDownLatch started = new CountDownLatch(1);
        List<Runnable> tasks = List.of(
                () -> {
                    await(started);
                    throw new StopRequest.Stopped("SIGINT", "stop");
                },
                () -> {
                    started.countDown();
                    sleep(300);
                    slowEnded.set(true); // still writing in the work folder when the first failed
                });
        StopRequest.Stopped e = assertThrows(StopRequest.Stopped.class, () -> TwoThreads.runAll(tasks));
        assertEquals("stop", e.getMessage());
        assertTrue(slowEnded.get(), "the other task had ended");
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void sleep(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }
}
