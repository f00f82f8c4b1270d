package io.github.statuscodes.servlet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import java.io.IOException;
import java.net.SocketException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.catalina.connector.ClientAbortException;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class ClientDisconnectFilterTest {

    static final class Collecting implements ClientDisconnectListener {
        final List<ClientDisconnect> events = new ArrayList<>();

        @Override
        public void onClientDisconnect(ClientDisconnect event) {
            events.add(event);
        }
    }

    /** Not a listener, for the init-param check. */
    public static final class NotAListener {
    }

    @Nested
    class Init {
        private ServletException initFails(Map<String, String> params) {
            ClientDisconnectFilter f = new ClientDisconnectFilter();
            return org.junit.jupiter.api.Assertions.assertThrows(ServletException.class,
                    () -> f.init(Fakes.filterConfig(params)));
        }

        @Test
        void readsAllInitParams() throws Exception {
            ClientDisconnectFilter f = new ClientDisconnectFilter();
            f.init(Fakes.filterConfig(Map.of("status", " 460 ", "rethrow", "true",
                    "attribute", "client.closed", "listener", RecordingListener.class.getName())));
            assertThat(f).hasToString("ClientDisconnectFilter[status=460, rethrow=true,"
                    + " attribute=client.closed, listener=" + RecordingListener.class.getName()
                    + "]");
        }

        @Test
        void rejectsAStatusThatIsNotANumber() {
            assertThat(initFails(Map.of("status", "nginx"))).hasMessage("init-param status is"
                    + " \"nginx\"; give a number from 100 to 999, e.g. 499 or 460");
        }

        @Test
        void rejectsAStatusOutOfRange() {
            assertThat(initFails(Map.of("status", "1000"))).hasMessage("init-param status is"
                    + " 1000, outside 100..999; HTTP status codes have three digits");
        }

        @Test
        void rejectsARethrowThatIsNotABoolean() {
            assertThat(initFails(Map.of("rethrow", "yes")))
                    .hasMessage("init-param rethrow is \"yes\"; use true or false");
        }

        @Test
        void rejectsAMissingListenerClass() {
            assertThat(initFails(Map.of("listener", "com.example.Nope")))
                    .hasMessageStartingWith("init-param listener names class \"com.example.Nope\","
                            + " which cannot be loaded");
        }

        @Test
        void rejectsAClassThatIsNotAListener() {
            assertThat(initFails(Map.of("listener", NotAListener.class.getName())))
                    .hasMessageEndingWith("which does not implement "
                            + ClientDisconnectListener.class.getName());
        }

        @Test
        void builtFilterRejectsInitParams() {
            ClientDisconnectFilter f = ClientDisconnectFilter.builder().build();
            assertThatThrownBy(() -> f.init(Fakes.filterConfig(Map.of("status", "460"))))
                    .isInstanceOf(ServletException.class)
                    .hasMessage("filter clientDisconnect was configured with"
                            + " ClientDisconnectFilter.builder(), so it ignores init-params;"
                            + " remove init-param status or set it on the builder");
        }

        @Test
        void builderRejectsNulls() {
            assertThatThrownBy(() -> ClientDisconnectFilter.builder().status(null))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("status");
            assertThatThrownBy(() -> ClientDisconnectFilter.builder().listener(null))
                    .isInstanceOf(IllegalArgumentException.class).hasMessage("listener is null");
            assertThatThrownBy(() -> ClientDisconnectFilter.builder().attribute(" "))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageStartingWith("attribute name is blank");
        }
    }

    @Nested
    class DoFilter {
        private final Fakes.Request req = new Fakes.Request();
        private final Fakes.Response res = new Fakes.Response();
        private final Collecting listener = new Collecting();

        private void run(ClientDisconnectFilter f, Exception thrown) throws Exception {
            FilterChain chain = (rq, rs) -> {
                if (thrown instanceof IOException) {
                    throw (IOException) thrown;
                }
                if (thrown instanceof ServletException) {
                    throw (ServletException) thrown;
                }
                throw (RuntimeException) thrown;
            };
            f.doFilter(req.proxy, res.proxy, chain);
        }

        @Test
        void swallowsAContainerAbortAndRecords499() throws Exception {
            run(ClientDisconnectFilter.builder().listener(listener).build(),
                    new ServletException(new ClientAbortException(new IOException("Broken pipe"))));

            assertThat(req.attributes).containsEntry(ClientDisconnectFilter.STATUS_ATTRIBUTE, 499);
            assertThat(req.attributes.get(ClientDisconnectFilter.DISCONNECT_ATTRIBUTE))
                    .isSameAs(listener.events.get(0));
            assertThat(listener.events).hasSize(1);
            assertThat(res.status).isEqualTo(499);
        }

        @Test
        void rethrowsWhenConfiguredButStillRecords() {
            ClientAbortException abort = new ClientAbortException(new IOException("Broken pipe"));
            assertThatThrownBy(() -> run(ClientDisconnectFilter.builder().rethrow(true)
                    .attribute("client.closed").listener(listener).build(), abort))
                    .isSameAs(abort);
            assertThat(req.attributes).containsEntry("client.closed", 499);
            assertThat(listener.events).hasSize(1);
        }

        @Test
        void neverSwallowsAResetWithoutEvidenceFromTheClientStreams() {
            SocketException upstream = new SocketException("Connection reset");
            assertThatThrownBy(() -> run(ClientDisconnectFilter.builder().listener(listener)
                    .build(), upstream)).isSameAs(upstream);
            assertThat(req.attributes).doesNotContainKey(ClientDisconnectFilter.STATUS_ATTRIBUTE);
            assertThat(listener.events).isEmpty();
        }

        @Test
        void neverSwallowsOtherExceptions() {
            IllegalStateException bug = new IllegalStateException("bug");
            assertThatThrownBy(() -> run(ClientDisconnectFilter.builder().build(), bug))
                    .isSameAs(bug);
        }

        @Test
        void aFailingListenerIsLoggedNotPropagated() throws Exception {
            ClientDisconnectFilter f = ClientDisconnectFilter.builder()
                    .listener(new ClientDisconnectListener() {
                        @Override
                        public void onClientDisconnect(ClientDisconnect event) {
                            throw new IllegalStateException("metrics down");
                        }
                    }).build();
            run(f, new ClientAbortException(new IOException("Broken pipe")));
            assertThat(req.attributes).containsEntry(ClientDisconnectFilter.STATUS_ATTRIBUTE, 499);
        }

        @Test
        void rejectsNullArgumentsNamingThem() {
            ClientDisconnectFilter f = new ClientDisconnectFilter();
            assertThatThrownBy(() -> f.doFilter(null, res.proxy, (a, b) -> { }))
                    .isInstanceOf(IllegalArgumentException.class).hasMessage("request is null");
            assertThatThrownBy(() -> f.doFilter(req.proxy, res.proxy, null))
                    .isInstanceOf(IllegalArgumentException.class).hasMessage("chain is null");
        }
    }
}
