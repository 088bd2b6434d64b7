package app.encore.load;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/** The load test's own figures: every step's response times and errors, and the votes saved. */
final class Figures {

    private static final Map<String, List<Integer>> times = new ConcurrentHashMap<>();
    private static final Map<String, AtomicLong> errors = new ConcurrentHashMap<>();
    private static final AtomicLong votes = new AtomicLong();
    private static volatile long started;

    private Figures() {
    }

    static void start(int fans) {
        started = System.nanoTime();
        System.out.printf("LOAD %d fans: starting%n", fans);
    }

    /** A step's response time in milliseconds, or -1 if it failed. */
    static void record(String step, int millis) {
        if (millis < 0) {
            errors.computeIfAbsent(step, s -> new AtomicLong()).incrementAndGet();
        } else {
            times.computeIfAbsent(step, s -> Collections.synchronizedList(new ArrayList<>())).add(millis);
        }
    }

    static void vote() {
        votes.incrementAndGet();
    }

    static void print(int fans, int seconds) {
        double elapsed = (System.nanoTime() - started) / 1e9;
        Map<String, List<Integer>> sorted = new TreeMap<>(times);
        errors.keySet().forEach(step -> sorted.putIfAbsent(step, List.of()));
        long errorCount = errors.values().stream().mapToLong(AtomicLong::get).sum();
        System.out.printf("LOAD %d fans, %.0f s: %,d votes saved, %.1f votes/s; errors %d%n", fans, elapsed, votes.get(),
                votes.get() / elapsed, errorCount);
        sorted.forEach((step, list) -> {
            List<Integer> values;
            synchronized (list) {
                values = new ArrayList<>(list);
            }
            Collections.sort(values);
            System.out.printf("LOAD   %-28s n=%6d  p50 %5d ms  p95 %5d ms  p99 %5d ms  errors %d%n", step, values.size(),
                    percentile(values, 50), percentile(values, 95), percentile(values, 99),
                    errors.getOrDefault(step, new AtomicLong()).get());
        });
    }

    private static int percentile(List<Integer> sorted, int p) {
        if (sorted.isEmpty()) {
            return 0;
        }
        return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(p / 100.0 * sorted.size()) - 1));
    }
}
