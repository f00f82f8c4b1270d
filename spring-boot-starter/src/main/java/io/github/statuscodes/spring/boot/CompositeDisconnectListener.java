package io.github.statuscodes.spring.boot;

import io.github.statuscodes.internal.Listeners;
import io.github.statuscodes.servlet.ClientDisconnect;
import io.github.statuscodes.servlet.ClientDisconnectListener;
import java.util.List;

/** Calls the disconnect timer and every {@link ClientDisconnectListener} bean. */
final class CompositeDisconnectListener implements ClientDisconnectListener {
    private final List<ClientDisconnectListener> listeners;

    CompositeDisconnectListener(List<ClientDisconnectListener> listeners) {
        this.listeners = List.copyOf(listeners);
    }

    @Override
    public void onClientDisconnect(ClientDisconnect event) {
        for (ClientDisconnectListener l : listeners) {
            try {
                l.onClientDisconnect(event);
            } catch (RuntimeException e) {
                Listeners.reportFailure(l, "onClientDisconnect", e);
            }
        }
    }
}
