package io.github.statuscodes.spring.apps;

import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/** Requests counted at the server, per test-chosen id. */
public final class Hits {
    private static final ConcurrentHashMap<String, AtomicInteger> HITS = new ConcurrentHashMap<>();

    private Hits() {
    }

    public static String newId() {
        return UUID.randomUUID().toString();
    }

    public static void hit(String id) {
        HITS.computeIfAbsent(id, k -> new AtomicInteger()).incrementAndGet();
    }

    public static int count(String id) {
        AtomicInteger n = HITS.get(id);
        return n == null ? 0 : n.get();
    }
}
