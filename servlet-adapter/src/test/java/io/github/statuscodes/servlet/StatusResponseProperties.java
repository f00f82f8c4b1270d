package io.github.statuscodes.servlet;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.statuscodes.StatusCodes;
import io.github.statuscodes.testing.Surrogates;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;

/**
 * Any detail gives valid problem+json with that detail; any code 200..599 is sent as is. Each try
 * is a real request to embedded Jetty, started once for the class, over one keep-alive client;
 * the detail reaches the servlet in memory, so no URL encoding stands between it and sendTo.
 */
class StatusResponseProperties {

    static final ObjectMapper JSON = new ObjectMapper();

    private static ServletServer server;
    private static HttpClient client;

    @BeforeContainer
    static void startServer() throws Exception {
        server = ServletServer.jetty(new TestApp());
        client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(5)).build();
    }

    @AfterContainer
    static void stopServer() throws Exception {
        if (server != null) {
            server.stop();
        }
    }

    private static HttpResponse<byte[]> run(TestApp.Action action) throws Exception {
        URI uri = URI.create("http://127.0.0.1:" + server.port()
                + TestApp.action("/app", action));
        return client.send(HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(10)).build(),
                HttpResponse.BodyHandlers.ofByteArray());
    }

    @Property(tries = 200)
    void anyDetailGivesValidProblemJsonWithTheSameDetail(@ForAll String detail,
            @ForAll @IntRange(min = 400, max = 599) int code) throws Exception {
        HttpResponse<byte[]> r = run((req, res) ->
                StatusResponse.send(res, StatusCodes.of(code), detail));

        assertThat(r.statusCode()).isEqualTo(code);
        JsonNode json = JSON.readTree(r.body());
        assertThat(json.get("detail").asText()).isEqualTo(Surrogates.lonesReplaced(detail));
        assertThat(json.get("status").asInt()).isEqualTo(code);
        assertThat(r.headers().firstValue("Content-Length"))
                .hasValue(String.valueOf(r.body().length));
        assertThat(new String(r.body(), StandardCharsets.UTF_8))
                .doesNotContain("\n", "\r", "<", ">");
    }

    @Property(tries = 200)
    void everyCodeFrom200To599IsSentAsIsWithABodyOnlyForErrors(
            @ForAll @IntRange(min = 200, max = 599) int code) throws Exception {
        HttpResponse<byte[]> r = run((req, res) -> StatusResponse.send(res, StatusCodes.of(code)));

        assertThat(r.statusCode()).isEqualTo(code);
        assertThat(r.body().length > 0).isEqualTo(code >= 400);
        assertThat(r.headers().firstValue("Cache-Control").isPresent()).isEqualTo(code >= 400);
    }
}
