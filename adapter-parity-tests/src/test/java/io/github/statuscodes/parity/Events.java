package io.github.statuscodes.parity;

import io.github.statuscodes.CallStartEvent;
import io.github.statuscodes.RetryEvent;
import io.github.statuscodes.RetryListener;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Core's listener as every adapter gets it: records each event of a call as one line (the start
 * with the method; retry or give-up, attempt, status or {@code connect}, stop reason), and throws after each when asked to,
 * which must change nothing.
 */
final class Events implements RetryListener {
    private final List<String> lines = new CopyOnWriteArrayList<>();
    private volatile boolean throwing;

    @Override
    public void onCallStart(CallStartEvent e) {
        record("start " + e.method());
    }

    @Override
    public void onRetry(RetryEvent e) {
        record("retry " + e.attempt() + " " + statusOf(e));
    }

    @Override
    public void onGiveUp(RetryEvent e) {
        record("giveUp " + e.attempt() + " " + statusOf(e) + " " + e.stopReason());
    }

    private void record(String line) {
        lines.add(line);
        if (throwing) {
            throw new IllegalStateException("a listener that fails");
        }
    }

    private static String statusOf(RetryEvent e) {
        return e.code() == null ? "connect" : Integer.toString(e.code().code());
    }

    void throwing(boolean on) {
        throwing = on;
    }

    List<String> lines() {
        return List.copyOf(lines);
    }

    void clear() {
        lines.clear();
    }
}
