package io.github.statuscodes.resilience4j;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.statuscodes.testing.ScriptServer;
import io.github.statuscodes.testing.ScriptServer.Reply;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import org.apache.hc.core5.http.message.BasicHttpResponse;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpMethod;
import org.springframework.http.ResponseEntity;
import org.springframework.http.client.ClientHttpResponse;
import org.springframework.http.client.SimpleClientHttpRequestFactory;

/** Each client's real response, from a loopback server, read as the policy needs it. */
class ResponseAccessTest {
    static ScriptServer server;

    @BeforeAll
    static void start() throws Exception {
        server = new ScriptServer();
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    static final Reply BUSY = new Reply(503, Map.of("Retry-After", "7", "X-Two", "a"));

    @Nested
    class Jdk {
        @Test
        void readsStatusHeaderMethodAndUriOfTheRequest() throws Exception {
            server.play(BUSY);
            URI uri = URI.create(server.url() + "/jdk?q=1");
            HttpResponse<String> r = HttpClient.newHttpClient().send(HttpRequest.newBuilder(uri)
                    .PUT(HttpRequest.BodyPublishers.ofString("x")).build(),
                    HttpResponse.BodyHandlers.ofString());
            ResponseAccess<HttpResponse<?>> a = ResponseAccess.jdk();
            assertThat(a.status(r)).isEqualTo(503);
            assertThat(a.header(r, "retry-after")).isEqualTo("7");
            assertThat(a.header(r, "X-Absent")).isNull();
            assertThat(a.method(r)).isEqualTo("PUT");
            assertThat(a.uri(r)).isEqualTo(uri);
            assertThat(ResponseAccess.any().status(r)).isEqualTo(503);
            assertThat(ResponseAccess.any().method(r)).isEqualTo("PUT");
            assertThat(ResponseAccess.any().uri(r)).isEqualTo(uri);
        }
    }

    @Nested
    class OkHttp {
        @Test
        void readsStatusHeaderMethodAndUriOfTheRequest() throws Exception {
            server.play(BUSY);
            URI uri = URI.create(server.url() + "/okhttp");
            try (okhttp3.Response r = new OkHttpClient().newCall(new Request.Builder()
                    .url(uri.toString()).post(RequestBody.create(new byte[] {1}, null)).build())
                    .execute()) {
                ResponseAccess<okhttp3.Response> a = ResponseAccess.okHttp();
                assertThat(a.status(r)).isEqualTo(503);
                assertThat(a.header(r, "RETRY-AFTER")).isEqualTo("7");
                assertThat(a.header(r, "X-Absent")).isNull();
                assertThat(a.method(r)).isEqualTo("POST");
                assertThat(a.uri(r)).isEqualTo(uri);
                assertThat(ResponseAccess.any().header(r, "x-two")).isEqualTo("a");
                assertThat(ResponseAccess.any().method(r)).isEqualTo("POST");
            }
        }
    }

    @Nested
    class Spring {
        @Test
        void readsAnEntityWithTheGivenMethod() {
            ResponseEntity<String> r = ResponseEntity.status(429).header("Retry-After", "3")
                    .header("Via", "a").header("Via", "b").body("x");
            ResponseAccess<ResponseEntity<?>> a = ResponseAccess.springEntity("GET");
            assertThat(a.status(r)).isEqualTo(429);
            assertThat(a.header(r, "retry-after")).isEqualTo("3");
            assertThat(a.header(r, "via")).isEqualTo("a, b");
            assertThat(a.header(r, "X-Absent")).isNull();
            assertThat(a.method(r)).isEqualTo("GET");
            assertThat(a.uri(r)).isNull();
            // Without a given method, it is not known: the policy counts it as a POST.
            assertThat(ResponseAccess.any().method(r)).isNull();
            assertThat(ResponseAccess.any().status(r)).isEqualTo(429);
        }

        @Test
        void readsAClientResponseFromARealRequest() throws Exception {
            server.play(BUSY);
            ClientHttpResponse r = new SimpleClientHttpRequestFactory()
                    .createRequest(URI.create(server.url() + "/spring"), HttpMethod.GET)
                    .execute();
            try (r) {
                ResponseAccess<ClientHttpResponse> a = ResponseAccess.springClient("DELETE");
                assertThat(a.status(r)).isEqualTo(503);
                assertThat(a.header(r, "Retry-After")).isEqualTo("7");
                assertThat(a.method(r)).isEqualTo("DELETE");
                assertThat(ResponseAccess.any().status(r)).isEqualTo(503);
                assertThat(ResponseAccess.any().method(r)).isNull();
            }
        }

        @Test
        void aNullMethodNamesTheParameterAndAnEmptyOneSaysWhatIsAllowed() {
            assertThatThrownBy(() -> ResponseAccess.springEntity(null))
                    .isInstanceOf(NullPointerException.class).hasMessageContaining("method");
            assertThatThrownBy(() -> ResponseAccess.springClient(null))
                    .isInstanceOf(NullPointerException.class).hasMessageContaining("method");
            assertThatThrownBy(() -> ResponseAccess.springEntity(""))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("method");
        }
    }

    @Nested
    class HttpClient5 {
        @Test
        void readsStatusRepeatedHeadersAndTheGivenMethod() {
            BasicHttpResponse r = new BasicHttpResponse(502);
            r.addHeader("Retry-After", "1");
            r.addHeader("Via", "a");
            r.addHeader("Via", "b");
            ResponseAccess<org.apache.hc.core5.http.HttpResponse> a =
                    ResponseAccess.httpClient5("PATCH");
            assertThat(a.status(r)).isEqualTo(502);
            assertThat(a.header(r, "via")).isEqualTo("a, b");
            assertThat(a.header(r, "X-Absent")).isNull();
            assertThat(a.method(r)).isEqualTo("PATCH");
            assertThat(ResponseAccess.any().header(r, "retry-after")).isEqualTo("1");
            assertThat(ResponseAccess.any().method(r)).isNull();
        }

        @Test
        void aNullMethodNamesTheParameter() {
            assertThatThrownBy(() -> ResponseAccess.httpClient5(null))
                    .isInstanceOf(NullPointerException.class).hasMessageContaining("method");
            assertThatThrownBy(() -> ResponseAccess.httpClient5(""))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("method");
        }
    }

    @Nested
    class Any {
        @Test
        void anotherResultHasNoStatusHeaderOrMethod() {
            ResponseAccess<Object> a = ResponseAccess.any();
            assertThat(a.status("a string")).isEqualTo(-1);
            assertThat(a.header(42, "Retry-After")).isNull();
            assertThat(a.method(new Object())).isNull();
            assertThat(a.uri(new Object())).isNull();
        }
    }
}
