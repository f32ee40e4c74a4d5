package org.tradedeal.negotiation.support;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.IntSupplier;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/** Runs one HTTP call many times at once and collects the status codes, for the race tests. */
public final class Races {

    private Races() {
    }

    /** Starts {@code times} calls together (released by one latch) and returns their status codes. */
    public static List<Integer> run(int times, IntSupplier call) {
        ExecutorService pool = Executors.newFixedThreadPool(times);
        CountDownLatch start = new CountDownLatch(1);
        try {
            List<CompletableFuture<Integer>> calls = IntStream.range(0, times)
                    .mapToObj(i -> CompletableFuture.supplyAsync(() -> {
                        try {
                            start.await();
                        } catch (InterruptedException interrupted) {
                            Thread.currentThread().interrupt();
                        }
                        return call.getAsInt();
                    }, pool))
                    .toList();
            start.countDown();
            return calls.stream().map(CompletableFuture::join).toList();
        } finally {
            pool.shutdown();
        }
    }

    /** How many answers had each status, e.g. {201=1, 409=49}: the figure the race tests print. */
    public static Map<Integer, Long> countByStatus(List<Integer> statuses) {
        return statuses.stream().collect(Collectors.groupingBy(status -> status, TreeMap::new, Collectors.counting()));
    }
}
