package io.github.statuscodes.servlet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.undertow.servlet.api.FilterInfo;
import io.undertow.servlet.spec.FilterConfigImpl;
import jakarta.servlet.FilterConfig;
import jakarta.servlet.ServletException;
import java.util.Map;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class ClientDisconnectFilterTest {

    /** Not a listener, for the init-param check. */
    public static final class NotAListener {
    }

    /** Undertow's own FilterConfig, as the container hands it to init: no fake. */
    static FilterConfig config(Map<String, String> params) {
        FilterInfo info = new FilterInfo("clientDisconnect", ClientDisconnectFilter.class);
        params.forEach(info::addInitParam);
        return new FilterConfigImpl(info, null);
    }

    @Nested
    class Init {
        private ServletException initFails(Map<String, String> params) {
            ClientDisconnectFilter f = new ClientDisconnectFilter();
            return org.junit.jupiter.api.Assertions.assertThrows(ServletException.class,
                    () -> f.init(config(params)));
        }

        @Test
        void readsAllInitParams() throws Exception {
            ClientDisconnectFilter f = new ClientDisconnectFilter();
            f.init(config(Map.of("status", " 460 ", "rethrow", "true",
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
            assertThatThrownBy(() -> f.init(config(Map.of("status", "460"))))
                    .isInstanceOf(ServletException.class)
                    .hasMessage("filter clientDisconnect was configured with"
                            + " ClientDisconnectFilter.builder(), so it ignores init-params;"
                            + " remove init-param status or set it on the builder");
        }

        @Test
        void builderRejectsNulls() {
            assertThatThrownBy(() -> ClientDisconnectFilter.builder().status(null))
                    .isInstanceOf(NullPointerException.class).hasMessageStartingWith("status");
            assertThatThrownBy(() -> ClientDisconnectFilter.builder().listener(null))
                    .isInstanceOf(NullPointerException.class).hasMessage("listener must not be null");
            assertThatThrownBy(() -> ClientDisconnectFilter.builder().attribute(" "))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageStartingWith("attribute name is blank");
        }
    }

    /**
     * The request path of doFilter runs on the real containers, in {@link ContainerScenarios};
     * only what needs no request is here.
     */
    @Nested
    class DoFilter {
        @Test
        void rejectsANullRequestNamingIt() {
            ClientDisconnectFilter f = new ClientDisconnectFilter();
            assertThatThrownBy(() -> f.doFilter(null, null, (a, b) -> { }))
                    .isInstanceOf(NullPointerException.class).hasMessage("request must not be null");
        }
    }
}
