package io.github.statuscodes.servlet;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;

/**
 * The filter's {@code getWriter()} encodes each write itself: any text, cut into any pieces
 * (surrogate pairs split across writes included), arrives as the container's own writer would
 * send it. Real requests to embedded Tomcat through the
 * filter, started once for the class.
 */
class TrackingWriterProperties {

    private static ServletServer server;
    private static HttpClient client;

    @BeforeContainer
    static void startServer() throws Exception {
        server = ServletServer.tomcat(new TestApp());
        client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(5)).build();
    }

    @AfterContainer
    static void stopServer() throws Exception {
        if (server != null) {
            server.stop();
        }
    }

    @Property(tries = 150)
    void anyTextInAnyPiecesArrivesAsUtf8(@ForAll @Size(max = 6) List<String> pieces,
            @ForAll @IntRange(min = 0, max = 1) int splitPairs) throws Exception {
        String tail = "\ude00"; // after a lone '\ud83d' write: a pair split across two writes
        URI uri = URI.create("http://127.0.0.1:" + server.port()
                + TestApp.action("/app", (req, res) -> {
                    res.setContentType("text/plain");
                    res.setCharacterEncoding("UTF-8");
                    java.io.PrintWriter w = res.getWriter(); // fixes UTF-8 from here on
                    w.flush();
                    for (String p : pieces) {
                        res.getWriter().write(p);
                    }
                    if (splitPairs == 1) {
                        res.getWriter().write('\ud83d');
                        res.getWriter().print(tail);
                    }
                    res.setContentType("text/plain;charset=ISO-8859-1"); // ignored after getWriter
                }));
        HttpResponse<byte[]> r = client.send(HttpRequest.newBuilder(uri)
                .timeout(Duration.ofSeconds(10)).build(), HttpResponse.BodyHandlers.ofByteArray());

        // What the JDK's UTF-8 encoder makes of the whole text, as a container's writer sends
        // it: pairs intact wherever they were cut, a lone surrogate as '?'.
        String written = String.join("", pieces) + (splitPairs == 1 ? "\ud83d\ude00" : "");
        String expected = new String(written.getBytes(StandardCharsets.UTF_8),
                StandardCharsets.UTF_8);
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.headers().firstValue("Content-Type").orElse(""))
                .isEqualToIgnoringCase("text/plain;charset=UTF-8");
        assertThat(new String(r.body(), StandardCharsets.UTF_8)).isEqualTo(expected);
    }
}
