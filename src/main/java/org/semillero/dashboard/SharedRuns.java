package org.semillero.dashboard;

import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * Identical requests that arrive while one is being computed wait for it and share its answer,
 * instead of each running the same statements. Nothing is kept once the run ends: the next
 * request after it computes afresh, so an answer is never older than the run that made it.
 *
 * @param <K> what makes two requests identical (a value with equals and hashCode)
 * @param <V> the answer
 */
final class SharedRuns<K, V> {

    private final Map<K, CompletableFuture<V>> running = new ConcurrentHashMap<>();

    /** The answer for {@code key}: this caller computes it, or joins the run under way for the same key. */
    V get(K key, Supplier<V> compute) {
        CompletableFuture<V> mine = new CompletableFuture<>();
        CompletableFuture<V> theirs = running.putIfAbsent(key, mine);
        if (theirs != null) {
            return join(theirs);
        }
        try {
            V value = compute.get();
            mine.complete(value);
            return value;
        } catch (RuntimeException | Error e) {
            mine.completeExceptionally(e);
            throw e;
        } finally {
            running.remove(key, mine);
        }
    }

    /** Runs under way, for tests. */
    int running() {
        return running.size();
    }

    private static <V> V join(CompletableFuture<V> run) {
        try {
            return run.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            if (e.getCause() instanceof Error err) {
                throw err;
            }
            throw e;
        }
    }
}
