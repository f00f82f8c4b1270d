package io.github.statuscodes.internal;

import io.github.statuscodes.CallStartEvent;
import io.github.statuscodes.RetryEvent;
import io.github.statuscodes.RetryListener;
import java.lang.System.Logger.Level;

/**
 * Reports a listener that threw, so that listeners observe and never change a call's outcome;
 * not part of the public API. Every adapter reports the same way: a warning on the
 * {@code io.github.statuscodes} {@link System.Logger}, which the JDK routes to
 * {@code java.util.logging} or to any logging library that provides a {@code LoggerFinder}.
 */
public final class Listeners {
    private static final System.Logger LOG = System.getLogger("io.github.statuscodes");

    private Listeners() {
    }

    /**
     * Logs that {@code listener} threw {@code failure} while handling {@code event}.
     *
     * @param listener the listener that threw, named in the message by its class
     * @param event the callback, e.g. {@code "onRetry"}
     * @param failure what it threw
     */
    public static void reportFailure(Object listener, String event, Throwable failure) {
        LOG.log(Level.WARNING, "statuscodes: listener " + listener.getClass().getName() + "."
                + event + " threw; the call goes on unchanged", failure);
    }

    /**
     * Calls {@code listener}'s {@code onRetry} or {@code onGiveUp}; whatever it throws (but a VM
     * error) is logged and dropped.
     *
     * @param listener the listener
     * @param e the event
     */
    public static void notify(RetryListener listener, RetryEvent e) {
        try {
            if (e.isRetry()) {
                listener.onRetry(e);
            } else {
                listener.onGiveUp(e);
            }
        } catch (VirtualMachineError fatal) {
            throw fatal;
        } catch (Throwable t) {   // a listener observes; nothing it throws changes the call
            reportFailure(listener, e.isRetry() ? "onRetry" : "onGiveUp", t);
        }
    }

    /**
     * Calls {@code listener}'s {@code onCallStart}; whatever it throws (but a VM error) is logged
     * and dropped.
     *
     * @param listener the listener
     * @param e the event
     */
    public static void notifyStart(RetryListener listener, CallStartEvent e) {
        try {
            listener.onCallStart(e);
        } catch (VirtualMachineError fatal) {
            throw fatal;
        } catch (Throwable t) {   // a listener observes; nothing it throws changes the call
            reportFailure(listener, "onCallStart", t);
        }
    }
}
