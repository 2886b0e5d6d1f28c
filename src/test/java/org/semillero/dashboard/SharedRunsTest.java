package org.semillero.dashboard;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** Requests for the same view share the run under way, and only that run. */
class SharedRunsTest {

    private static final int FOLLOWERS = 7;

    @Test
    void requests_arriving_during_a_run_share_its_answer() throws Exception {
        SharedRuns<String, Object> runs = new SharedRuns<>();
        AtomicInteger computed = new AtomicInteger();
        CountDownLatch started = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        Object answer = new Object();
        ExecutorService pool = Executors.newFixedThreadPool(FOLLOWERS + 1);
        try {
            Future<Object> leader = pool.submit(() -> runs.get("view", () -> {
                computed.incrementAndGet();
                started.countDown();
                await(release);
                return answer;
            }));
            assertTrue(started.await(10, TimeUnit.SECONDS));
            List<Thread> waiting = new ArrayList<>();
            List<Future<Object>> followers = new ArrayList<>();
            for (int i = 0; i < FOLLOWERS; i++) {
                followers.add(pool.submit(() -> {
                    synchronized (waiting) {
                        waiting.add(Thread.currentThread());
                    }
                    return runs.get("view", () -> {
                        computed.incrementAndGet();
                        return new Object();
                    });
                }));
            }
            awaitParked(waiting, FOLLOWERS);
            release.countDown();
            assertSame(answer, leader.get(10, TimeUnit.SECONDS));
            for (Future<Object> f : followers) {
                assertSame(answer, f.get(10, TimeUnit.SECONDS));
            }
            assertEquals(1, computed.get(), "one run for the leader and every follower");
            assertEquals(0, runs.running());
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void a_request_after_the_run_computes_afresh_and_other_views_do_not_wait() {
        SharedRuns<String, Integer> runs = new SharedRuns<>();
        AtomicInteger computed = new AtomicInteger();
        assertEquals(1, runs.get("view", computed::incrementAndGet));
        assertEquals(2, runs.get("view", computed::incrementAndGet));
        assertEquals(103, runs.get("other", () -> runs.get("another", () -> 100) + 3));
        assertEquals(0, runs.running());
    }

    @Test
    void a_failed_run_fails_its_followers_and_is_not_kept() throws Exception {
        SharedRuns<String, Object> runs = new SharedRuns<>();
        CountDownLatch started = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            Future<Object> leader = pool.submit(() -> runs.get("view", () -> {
                started.countDown();
                await(release);
                throw new IllegalStateException("database gone");
            }));
            assertTrue(started.await(10, TimeUnit.SECONDS));
            List<Thread> waiting = new ArrayList<>();
            Future<Object> follower = pool.submit(() -> {
                synchronized (waiting) {
                    waiting.add(Thread.currentThread());
                }
                return runs.get("view", Object::new);
            });
            awaitParked(waiting, 1);
            release.countDown();
            Exception leaderFailure = assertThrows(Exception.class, () -> leader.get(10, TimeUnit.SECONDS));
            Exception followerFailure = assertThrows(Exception.class, () -> follower.get(10, TimeUnit.SECONDS));
            assertTrue(leaderFailure.getCause() instanceof IllegalStateException);
            assertTrue(followerFailure.getCause() instanceof IllegalStateException);
            assertEquals(0, runs.running());
            assertEquals("fresh", runs.get("view", () -> "fresh"));
        } finally {
            pool.shutdownNow();
        }
    }

    private static void await(CountDownLatch latch) {
        try {
            assertTrue(latch.await(10, TimeUnit.SECONDS));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Until every follower is parked inside the shared run (it joined; it did not compute). */
    private static void awaitParked(List<Thread> threads, int expected) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (System.nanoTime() < deadline) {
            synchronized (threads) {
                if (threads.size() == expected
                        && threads.stream().allMatch(t -> t.getState() == Thread.State.WAITING)) {
                    return;
                }
            }
            Thread.sleep(5);
        }
        throw new AssertionError("followers did not join the run");
    }
}
