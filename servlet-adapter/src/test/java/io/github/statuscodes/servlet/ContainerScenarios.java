package io.github.statuscodes.servlet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.statuscodes.Iana;
import io.github.statuscodes.StatusCode;
import io.github.statuscodes.StatusCodes;
import io.github.statuscodes.Vendor;
import jakarta.servlet.AsyncContext;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.Socket;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.apache.catalina.connector.ClientAbortException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The scenarios every container must pass, on a real loopback socket: what arrives on the wire
 * from {@link StatusResponse}, and what {@link ClientDisconnectFilter} records when a raw client
 * cuts a download or an upload short. One subclass per container.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@Timeout(30)
abstract class ContainerScenarios {

    static final ObjectMapper JSON = new ObjectMapper();

    ServletServer server;

    /** Starts the container with the given application. */
    abstract ServletServer start(TestApp app) throws Exception;

    /**
     * Whether the container's request object throws once the container recycled it (Tomcat,
     * with its default {@code discardFacades}); the premise of the event regression test.
     */
    boolean recyclesRequests() {
        return false;
    }

    /** Whether the container has failure listeners the filter finds by reflection (Jetty 12). */
    boolean hasFailureListeners() {
        return false;
    }

    /** Whether the container is tested with HTTP/2 cleartext (prior knowledge). */
    boolean h2c() {
        return true;
    }

    /** This container's column in README's tables, e.g. {@code "Tomcat 10.1"}. */
    abstract String readmeColumn();

    /** The reason phrase this container puts on the status line (503 and codes it does not know). */
    abstract String reasonOnStatusLine(int code);

    /**
     * What this container's access log shows ({@code %s} and the status attribute, as a regex)
     * for a download the client cut short.
     */
    abstract String loggedForDownloadAbort(String mode);

    /**
     * What this container's access log shows ({@code %s} and the status attribute) for an
     * upload the client cut short, when the filter swallows the exception (and sets 499) or
     * rethrows it (the filter for /elb/*, recording 460).
     */
    abstract String loggedForUploadAbort(boolean rethrown);

    /**
     * The body the client reads after the application answered a malformed chunked body with
     * 400 (a regex), or null if the container closes the connection without a response.
     */
    String answerToMalformedChunkedBody() {
        return "bad request body";
    }

    @BeforeAll
    void startServer() throws Exception {
        server = start(new TestApp());
    }

    @AfterAll
    void stopServer() throws Exception {
        if (server != null) {
            server.stop();
        }
    }

    /** Guards the class path of each surefire run: the container is the one README names. */
    @Test
    void runsOnTheContainerItsReadmeColumnNames() {
        assertThat(server.name()).startsWith(readmeColumn() + ".");
    }

    static String id() {
        return UUID.randomUUID().toString();
    }

    static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    @Nested
    @TestInstance(TestInstance.Lifecycle.PER_CLASS)
    class Sending {

        @Test
        void sendsProblemJsonWithRetryAfterAndNoStore() throws Exception {
            RawHttp.Response r = RawHttp.get(server.port(),
                    "/app/send?code=503&retry=120&trace=abc-1&detail="
                            + enc("Down until 14:00"), id());

            assertThat(r.statusLine).isEqualTo("HTTP/1.1 503 " + reasonOnStatusLine(503));
            assertThat(r.header("Content-Type")).startsWith("application/problem+json");
            assertThat(r.header("Cache-Control")).isEqualTo("no-store");
            assertThat(r.header("Retry-After")).isEqualTo("120");
            assertThat(r.header("Content-Length")).isEqualTo(String.valueOf(r.body.length));
            JsonNode json = JSON.readTree(r.body);
            assertThat(json.get("status").asInt()).isEqualTo(503);
            assertThat(json.get("title").asText())
                    .isEqualTo(StatusCodes.of(503).reasonPhrase());
            assertThat(json.get("type").asText())
                    .isEqualTo(StatusCodes.of(503).documentation().toString());
            assertThat(json.get("detail").asText()).isEqualTo("Down until 14:00");
            assertThat(json.get("vendor").asText()).isEqualTo(StatusCodes.of(503).vendor().id());
            assertThat(json.get("retryable").asBoolean())
                    .isEqualTo(StatusCodes.of(503).isRetryable());
            assertThat(json.get("traceId").asText()).isEqualTo("abc-1");
        }

        @ParameterizedTest(name = "{0}")
        @ValueSource(ints = {460, 499, 520, 599})
        void nonStandardCodeReachesTheWireUnchangedWithTitleInBody(int code) throws Exception {
            RawHttp.Response r = RawHttp.get(server.port(), "/app/send?code=" + code, id());

            assertThat(r.code()).isEqualTo(code);
            assertThat(r.reason()).isEqualTo(reasonOnStatusLine(code));
            JsonNode json = JSON.readTree(r.body);
            assertThat(json.get("status").asInt()).isEqualTo(code);
            assertThat(json.get("title").asText())
                    .isEqualTo(StatusCodes.of(code).reasonPhrase());
            assertThat(r.header("Cache-Control")).isEqualTo("no-store");
        }

        @Test
        void codeAbove599IsSentWhenAllowed() throws Exception {
            RawHttp.Response r = RawHttp.get(server.port(), "/app/send?code=600", id());

            assertThat(r.statusLine).isEqualTo("HTTP/1.1 600 " + reasonOnStatusLine(600));
            assertThat(JSON.readTree(r.body).get("status").asInt()).isEqualTo(600);
        }

        @Test
        void controlCharactersQuotesAndUnicodeInDetailSurvive() throws Exception {
            String detail = "line1\r\nline2\t\"quoted\" \\ </script> \u2028 caf\u00e9 \ud83d\ude00 \u0000";
            RawHttp.Response r = RawHttp.get(server.port(),
                    "/app/send?code=422&detail=" + enc(detail), id());

            assertThat(r.code()).isEqualTo(422);
            assertThat(r.bodyText()).doesNotContain("\r", "\n", "</script>");
            assertThat(JSON.readTree(r.body).get("detail").asText()).isEqualTo(detail);
        }

        @Test
        void bufferedBodyIsDiscardedBeforeTheProblem() throws Exception {
            RawHttp.Response r = RawHttp.get(server.port(), "/app/send?code=500&dirty=1", id());

            assertThat(r.code()).isEqualTo(500);
            assertThat(r.header("Content-Type")).startsWith("application/problem+json");
            assertThat(JSON.readTree(r.body).get("status").asInt()).isEqualTo(500);
        }

        private RawHttp.Response run(TestApp.Action action) throws Exception {
            return RawHttp.get(server.port(), TestApp.action("/app", action), id());
        }

        /**
         * Regression: the application's Content-Length and Content-Encoding survived sendTo, so
         * the problem body arrived corrupt or the client waited for bytes that never came; after
         * getWriter() there was no Content-Length and the type said charset=ISO-8859-1.
         */
        @Test
        void afterGetWriterTheApplicationsRepresentationHeadersAreDropped() throws Exception {
            String detail = "caf\u00e9 \ud83d\ude00";
            RawHttp.Response r = run((req, res) -> {
                res.setContentLength(5000);
                res.setHeader("Content-Encoding", "gzip");
                res.setHeader("ETag", "\"v1\"");
                res.setHeader("Access-Control-Allow-Origin", "https://app.example");
                res.addCookie(new jakarta.servlet.http.Cookie("session", "s1"));
                res.getWriter().write("<html>half a page");
                StatusResponse.send(res, StatusCodes.of(503), detail);
            });

            assertThat(r.code()).isEqualTo(503);
            assertThat(r.header("Content-Encoding")).isNull();
            assertThat(r.header("ETag")).isNull();
            assertThat(r.header("Content-Length")).isEqualTo(String.valueOf(r.body.length));
            assertThat(r.header("Content-Type")).startsWith("application/problem+json")
                    .doesNotContainIgnoringCase("ISO-8859-1");
            assertThat(r.header("Access-Control-Allow-Origin")).isEqualTo("https://app.example");
            assertThat(r.header("Set-Cookie")).startsWith("session=s1");
            JsonNode json = JSON.readTree(r.body);
            assertThat(json.get("status").asInt()).isEqualTo(503);
            assertThat(json.get("detail").asText()).isEqualTo(detail);
        }

        @Test
        void afterGetOutputStreamTheApplicationsRepresentationHeadersAreDropped()
                throws Exception {
            RawHttp.Response r = run((req, res) -> {
                res.setContentLength(5000);
                res.setHeader("Content-Encoding", "gzip");
                res.setHeader("Content-Range", "bytes 0-4999/10000");
                res.setHeader("Last-Modified", "Wed, 21 Oct 2015 07:28:00 GMT");
                res.setHeader("Content-Disposition", "attachment; filename=a.bin");
                res.setContentType("text/html;charset=ISO-8859-1");
                res.getOutputStream().write(new byte[100]);
                StatusResponse.send(res, StatusCodes.of(500), "caf\u00e9");
            });

            assertThat(r.code()).isEqualTo(500);
            assertThat(r.headers).doesNotContainKeys("content-encoding", "content-range",
                    "last-modified", "content-disposition");
            assertThat(r.header("Content-Length")).isEqualTo(String.valueOf(r.body.length));
            assertThat(r.header("Content-Type")).startsWith("application/problem+json")
                    .doesNotContainIgnoringCase("ISO-8859-1");
            assertThat(JSON.readTree(r.body).get("detail").asText()).isEqualTo("caf\u00e9");
        }

        /**
         * The filter's writer encodes in the container's default charset and fixes it in
         * Content-Type, as the container's own writer does: the body reads back with it.
         */
        @Test
        void writerWithoutACharsetSendsWhatItsContentTypeNames() throws Exception {
            RawHttp.Response r = run((req, res) -> {
                res.setContentType("text/plain");
                res.getWriter().write("caf\u00e9");
            });

            String type = r.header("Content-Type");
            java.nio.charset.Charset charset = type != null && type.toLowerCase().contains("charset=")
                    ? java.nio.charset.Charset.forName(type.replaceAll("(?i).*charset=\"?([^;\"]+).*", "$1"))
                    : StandardCharsets.ISO_8859_1;
            assertThat(new String(r.body, charset)).isEqualTo("caf\u00e9");
        }

        /**
         * Regression: after getWriter(), a charset set through setHeader or addHeader
         * ("Content-Type") reached the container, which (not knowing of the filter's writer)
         * named it while the body was encoded in the writer's charset. A container's own writer
         * keeps its charset; so does the filter's now.
         */
        @ParameterizedTest
        @ValueSource(strings = {"setHeader", "addHeader"})
        void aCharsetSetAsAHeaderAfterGetWriterDoesNotChangeWhatContentTypeNames(String how)
                throws Exception {
            RawHttp.Response r = run((req, res) -> {
                res.setContentType("text/plain");
                res.setCharacterEncoding("UTF-8");
                res.getWriter().write("caf\u00e9");
                if (how.equals("setHeader")) {
                    res.setHeader("Content-Type", "text/plain;charset=UTF-16");
                } else {
                    res.addHeader("content-type", "text/plain; charset=UTF-16");
                }
            });

            String type = r.header("Content-Type");
            assertThat(type).startsWith("text/plain").doesNotContainIgnoringCase("UTF-16");
            assertThat(new String(r.body, java.nio.charset.Charset.forName(
                    type.replaceAll("(?i).*charset=\"?([^;\"]+).*", "$1"))))
                    .isEqualTo("caf\u00e9");
        }

        @Test
        void writesVendorCodeWithRetryAfterAndMembers() throws Exception {
            StatusCode quota = StatusCode.builder(590, "Upstream Quota Exhausted")
                    .vendor(Vendor.of("acme", "Acme Corp", URI.create("https://acme.example/errors")))
                    .documentation("https://acme.example/errors/590")
                    .build();
            RawHttp.Response r = run((req, res) -> StatusResponse.builder(quota)
                    .detail("Quota resets at 15:00").retryAfter(Duration.ofMillis(1500))
                    .member("account", 42).allowCodesAbove599().build().sendTo(res));

            assertThat(r.code()).isEqualTo(590);
            assertThat(r.header("Content-Type")).isEqualTo("application/problem+json");
            assertThat(r.header("Cache-Control")).isEqualTo("no-store");
            assertThat(r.header("Retry-After")).isEqualTo("2");
            assertThat(r.header("Content-Length")).isEqualTo(String.valueOf(r.body.length));
            JsonNode json = JSON.readTree(r.body);
            assertThat(json.get("type").asText()).isEqualTo("https://acme.example/errors/590");
            assertThat(json.get("title").asText()).isEqualTo("Upstream Quota Exhausted");
            assertThat(json.get("detail").asText()).isEqualTo("Quota resets at 15:00");
            assertThat(json.get("vendor").asText()).isEqualTo("acme");
            assertThat(json.get("account").asInt()).isEqualTo(42);
        }

        @Test
        void retryAfterAsHttpDate() throws Exception {
            RawHttp.Response r = run((req, res) -> StatusResponse.builder(StatusCodes.of(503))
                    .retryAfter(Instant.parse("2026-10-21T07:28:00Z")).build().sendTo(res));
            assertThat(r.header("Retry-After")).isEqualTo("Wed, 21 Oct 2026 07:28:00 GMT");
        }

        @Test
        void givenCacheControlReplacesNoStore() throws Exception {
            RawHttp.Response r = run((req, res) -> StatusResponse.builder(Iana.NOT_FOUND)
                    .header("Cache-Control", "max-age=60").build().sendTo(res));
            assertThat(r.code()).isEqualTo(404);
            assertThat(r.header("Cache-Control")).isEqualTo("max-age=60");
        }

        @Test
        void noContentGetsNeitherBodyNorLengthNorNoStore() throws Exception {
            RawHttp.Response r = run((req, res) -> StatusResponse.send(res, StatusCodes.of(204)));
            assertThat(r.code()).isEqualTo(204);
            assertThat(r.header("Content-Length")).isNull();
            assertThat(r.body).isEmpty();
            assertThat(r.header("Cache-Control")).isNull();
        }

        @Test
        void redirectGetsAnEmptyBody() throws Exception {
            RawHttp.Response r = run((req, res) -> StatusResponse.builder(StatusCodes.of(307))
                    .header("Location", "/elsewhere").build().sendTo(res));
            assertThat(r.code()).isEqualTo(307);
            assertThat(r.header("Content-Length")).isEqualTo("0");
            assertThat(r.header("Location")).endsWith("/elsewhere");
            assertThat(r.body).isEmpty();
        }

        @Test
        void oneInstanceServesManyResponses() throws Exception {
            StatusResponse answer = StatusResponse.builder(Iana.NOT_FOUND).detail("no").build();
            for (int i = 0; i < 2; i++) {
                RawHttp.Response r = run((req, res) -> answer.sendTo(res));
                assertThat(JSON.readTree(r.body).get("detail").asText()).isEqualTo("no");
            }
        }

        @Test
        void committedResponseIsRefusedWithoutWritingAnything() throws Exception {
            RawHttp.Response r = RawHttp.get(server.port(), "/app/committed", id());

            assertThat(r.code()).isEqualTo(200);
            assertThat(r.bodyText()).isEqualTo("partial\nISE: the response is already committed"
                    + " (status 200 and headers are on the wire), so 503 "
                    + StatusCodes.of(503).reasonPhrase() + " cannot be sent; check response.isCommitted() first, or send the status"
                    + " before writing a body");
        }
    }

    @Nested
    @TestInstance(TestInstance.Lifecycle.PER_CLASS)
    class Disconnects {

        private RecordingListener.Seen abortDownload(String mode) throws Exception {
            String id = id();
            String statusLine = RawHttp.abortDownload(server.port(),
                    "/app/download?mode=" + mode, id);
            assertThat(statusLine).startsWith("HTTP/1.1 200");
            RecordingListener.Seen seen = RecordingListener.await(id);
            assertThat(seen.code).isEqualTo(499);
            assertThat(seen.attribute).isEqualTo(499);
            assertThat(seen.disconnectAttribute).isInstanceOf(ClientDisconnect.class);
            assertThat(seen.phase).isEqualTo(ClientDisconnect.Phase.WRITING_RESPONSE);
            assertThat(seen.bytesWritten).isGreaterThan(0);
            assertThat(seen.elapsedNanos).isGreaterThan(0);
            assertThat(server.awaitLog(id)).matches(id + " " + loggedForDownloadAbort(mode));
            return seen;
        }

        @Test
        void downloadCutShortIsRecordedAs499() throws Exception {
            assertThat(abortDownload("throw").cause).isNotEqualTo("(none)");
        }

        private void awaitRecycled(ClientDisconnect event) throws InterruptedException {
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
            while (System.nanoTime() < deadline) {
                event.request().getMethod(); // throws once recycled
                Thread.sleep(10);
            }
        }

        /**
         * Regression (issue 13): toString() read the request, which Tomcat had recycled by the
         * time a listener that queues events logged one, and threw IllegalStateException.
         */
        @Test
        void theEventStaysUsableAfterTheContainerRecycledItsRequest() throws Exception {
            String id = id();
            RawHttp.abortDownload(server.port(), "/app/download?mode=throw&secret=s3cr3t", id);
            ClientDisconnect event = RecordingListener.await(id).event;
            server.awaitLog(id);
            RawHttp.get(server.port(), "/app/ok", id()); // the container moved on
            if (recyclesRequests()) {
                // the access log line is written before the container recycles: wait for it
                assertThatThrownBy(() -> awaitRecycled(event))
                        .isInstanceOf(IllegalStateException.class);
            }

            String printed = event.toString();
            System.out.println("kept past its request on " + server.name() + ": " + printed);
            assertThat(printed).matches("ClientDisconnect\\[499 GET /app/download HTTP/1\\.1,"
                    + " WRITING_RESPONSE after PT[0-9.]+S, [1-9][0-9]* bytes\\]");
            assertThat(event.method()).isEqualTo("GET");
            assertThat(event.requestUri()).isEqualTo("/app/download");
            assertThat(event.protocol()).isEqualTo("HTTP/1.1");
            assertThat(event.status().code()).isEqualTo(499);
            assertThat(event.phase()).isEqualTo(ClientDisconnect.Phase.WRITING_RESPONSE);
        }

        /**
         * README, "HTTP/2": on Jetty 12 a stream reset is recorded while the handler still works,
         * in phase PROCESSING, so the handler can see {@code DISCONNECT_ATTRIBUTE} and stop early;
         * elsewhere nothing is recorded before a write fails.
         */
        @Test
        void anHttp2ResetIsVisibleToTheWorkingHandlerWhereTheContainerTells() throws Exception {
            if (!h2c()) {
                return;
            }
            String id = id();
            CountDownLatch started = new CountDownLatch(1);
            CompletableFuture<Void> left = new CompletableFuture<>();
            CompletableFuture<Object> seenByHandler = new CompletableFuture<>();
            try (RawH2 h2 = RawH2.connect(server.port())) {
                h2.get(1, TestApp.action("/app", (req, res) -> {
                    started.countDown();
                    left.get(10, TimeUnit.SECONDS);
                    Object attribute = null;
                    long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(2);
                    while (attribute == null && System.nanoTime() < end) {
                        attribute = req.getAttribute(ClientDisconnectFilter.DISCONNECT_ATTRIBUTE);
                        Thread.sleep(attribute == null ? 10 : 0); // the handler's "work"
                    }
                    seenByHandler.complete(attribute == null ? "nothing" : attribute);
                }), id);
                assertThat(started.await(10, TimeUnit.SECONDS)).as(h2.toString()).isTrue();
                h2.reset(1);
                h2.roundTrip();
                left.complete(null);

                Object attribute = seenByHandler.get(10, TimeUnit.SECONDS);
                if (hasFailureListeners()) {
                    assertThat(attribute).isInstanceOf(ClientDisconnect.class);
                    ClientDisconnect event = (ClientDisconnect) attribute;
                    assertThat(event.phase()).isEqualTo(ClientDisconnect.Phase.PROCESSING);
                    assertThat(event.bytesWritten()).isZero();
                    assertThat(event.protocol()).startsWith("HTTP/2");
                } else {
                    assertThat(attribute).isEqualTo("nothing");
                }
            }
        }

        /**
         * Regression: once Jetty's failure listener had recorded an HTTP/2 reset, a disconnect
         * the handler then threw was swallowed with the status left at 200, although the response
         * was not committed; the access log said 200 where README promises the code.
         */
        @Test
        void aDisconnectThrownAfterAnHttp2ResetIsLoggedWithTheCode() throws Exception {
            if (!h2c() || !hasFailureListeners()) {
                return;
            }
            String id = id();
            CountDownLatch started = new CountDownLatch(1);
            CompletableFuture<Void> left = new CompletableFuture<>();
            try (RawH2 h2 = RawH2.connect(server.port())) {
                h2.get(1, TestApp.action("/app", (req, res) -> {
                    started.countDown();
                    left.get(10, TimeUnit.SECONDS);
                    RecordingListener.await(id); // Jetty told the filter while the handler works
                    throw new IOException("Connection reset by peer");
                }), id);
                assertThat(started.await(10, TimeUnit.SECONDS)).as(h2.toString()).isTrue();
                h2.reset(1);
                h2.roundTrip();
                left.complete(null);

                assertThat(RecordingListener.await(id).phase)
                        .isEqualTo(ClientDisconnect.Phase.PROCESSING);
                assertThat(server.awaitLog(id)).isEqualTo(id + " 499 499");
            }
        }

        /** GraalVM: every reflective lookup the filter makes on this container is in the metadata. */
        @Test
        void theFiltersReflectiveLookupsAreInTheNativeImageMetadata() throws Exception {
            RawHttp.Response r = RawHttp.get(server.port(), TestApp.action("/app", (req, res) ->
                    res.getWriter().write(String.join("\n",
                            ContainerSignals.reflectiveLookups(req)))), id());
            List<String> lookups = r.bodyText().isEmpty() ? List.of()
                    : List.of(r.bodyText().split("\n"));

            assertThat(lookups.isEmpty()).as(lookups.toString()).isEqualTo(!hasFailureListeners());
            JsonNode metadata = NativeImageMetadataTest.metadata();
            for (String lookup : lookups) {
                String[] parts = lookup.split("#");
                assertThat(NativeImageMetadataTest.registers(metadata, parts[0], parts[1]))
                        .as(lookup).isTrue();
            }
        }

        @Test
        void downloadCutShortIsRecordedWhenTheApplicationSwallowsIt() throws Exception {
            assertThat(abortDownload("swallow").cause).isNotEqualTo("(none)");
        }

        @Test
        void downloadThroughPrintWriterCutShortIsRecorded() throws Exception {
            abortDownload("writer");
        }

        @Test
        void asyncDownloadCutShortIsRecorded() throws Exception {
            abortDownload("async");
        }

        @Test
        void uploadCutShortIsRecordedAs499AndLoggedAs499() throws Exception {
            String id = id();
            RawHttp.abortUpload(server.port(), "/app/upload?mode=throw", id, 1_000_000, 1_000);

            RecordingListener.Seen seen = RecordingListener.await(id);
            assertThat(seen.code).isEqualTo(499);
            assertThat(seen.attribute).isEqualTo(499);
            assertThat(seen.phase).isEqualTo(ClientDisconnect.Phase.READING_REQUEST);
            assertThat(seen.bytesWritten).isZero();
            assertThat(server.awaitLog(id)).isEqualTo(id + " " + loggedForUploadAbort(false));
        }

        @Test
        void uploadCutShortIsRecordedWhenTheApplicationSwallowsIt() throws Exception {
            String id = id();
            RawHttp.abortUpload(server.port(), "/app/upload?mode=swallow", id, 1_000_000, 1_000);

            RecordingListener.Seen seen = RecordingListener.await(id);
            assertThat(seen.code).isEqualTo(499);
            assertThat(seen.phase).isEqualTo(ClientDisconnect.Phase.READING_REQUEST);
            assertThat(server.awaitLog(id)).isEqualTo(id + " " + loggedForUploadAbort(false));
        }

        @Test
        void filterFromInitParamsRecords460AndRethrows() throws Exception {
            String id = id();
            RawHttp.abortUpload(server.port(), "/elb/upload?mode=throw", id, 1_000_000, 1_000);

            RecordingListener.Seen seen = RecordingListener.await(id);
            assertThat(seen.code).isEqualTo(460);
            assertThat(seen.phase).isEqualTo(ClientDisconnect.Phase.READING_REQUEST);
            assertThat(server.awaitLog(id))
                    .isEqualTo(id + " " + loggedForUploadAbort(true));
        }

        @Test
        void fullResponseRecordsNothing() throws Exception {
            String id = id();
            RawHttp.Response r = RawHttp.get(server.port(), "/app/ok", id);

            assertThat(r.statusLine).startsWith("HTTP/1.1 200");
            assertThat(r.bodyText()).isEqualTo("hello");
            assertThat(server.awaitLog(id)).isEqualTo(id + " 200 -");
            assertThat(RecordingListener.now(id)).isEmpty();
        }

        /**
         * Regression: a malformed upload from a client that stays connected was recorded as a
         * disconnect, and the filter overwrote the application's 400 with 499 on the wire.
         */
        @Test
        void malformedMultipartFromAConnectedClientKeepsTheApplications400() throws Exception {
            String id = id();
            byte[] body = ("--XYZ\r\nContent-Disposition: form-data; name=\"a\"\r\n\r\n"
                    + "value\r\n").getBytes(StandardCharsets.ISO_8859_1); // no closing boundary
            RawHttp.Response r = RawHttp.exchange(server.port(), RawHttp.head("POST",
                    "/app/multipart", id, "Content-Type: multipart/form-data; boundary=XYZ",
                    "Content-Length: " + body.length), body);

            assertThat(r.statusLine).as(r.header("X-Failure")).startsWith("HTTP/1.1 400");
            assertThat(r.bodyText()).isEqualTo("bad request body");
            assertThat(server.awaitLog(id)).isEqualTo(id + " 400 -");
            assertThat(RecordingListener.now(id)).isEmpty();
        }

        /** Regression: as above, for a chunked body with a chunk size that is not hex. */
        @Test
        void malformedChunkedBodyFromAConnectedClientKeepsTheApplications400()
                throws Exception {
            String id = id();
            byte[] body = "5\r\nhello\r\nzz\r\nworld\r\n0\r\n\r\n"
                    .getBytes(StandardCharsets.ISO_8859_1);
            byte[] raw = RawHttp.exchangeRaw(server.port(), RawHttp.head("POST",
                    "/app/read-body", id, "Content-Type: application/octet-stream",
                    "Transfer-Encoding: chunked"), body);

            String answer = answerToMalformedChunkedBody();
            if (answer == null) {
                assertThat(raw).isEmpty();
            } else {
                RawHttp.Response r = RawHttp.parse(raw);
                assertThat(r.statusLine).as(r.header("X-Failure")).startsWith("HTTP/1.1 400");
                assertThat(r.bodyText()).matches(answer);
            }
            // The application's 400 or, where the connection was closed, the container's status;
            // never the filter's 499, and no disconnect recorded.
            assertThat(server.awaitLog(id)).matches(id + " \\d{3} -");
            assertThat(RecordingListener.now(id)).isEmpty();
        }

        private RawHttp.Response run(String servletPath, String id, TestApp.Action action)
                throws Exception {
            return RawHttp.get(server.port(), TestApp.action(servletPath, action), id);
        }

        @Test
        void aContainerAbortTheApplicationThrowsIsSwallowedAndRecorded() throws Exception {
            String id = id();
            run("/app", id, (req, res) -> {
                throw new ServletException(new ClientAbortException(
                        new IOException("Broken pipe")));
            });

            RecordingListener.Seen seen = RecordingListener.await(id);
            assertThat(seen.code).isEqualTo(499);
            assertThat(seen.attribute).isEqualTo(499);
            assertThat(seen.phase).isEqualTo(ClientDisconnect.Phase.UNKNOWN);
            assertThat(server.awaitLog(id)).isEqualTo(id + " 499 499");
        }

        @Test
        void rethrowsWhenConfiguredButStillRecords() throws Exception {
            String id = id();
            RawHttp.Response r = run("/elb", id, (req, res) -> {
                throw new ClientAbortException(new IOException("Broken pipe"));
            });

            // Tomcat answers its ClientAbortException (a BadRequestException) with 400
            assertThat(r.code()).isIn(400, 500);
            assertThat(RecordingListener.await(id).code).isEqualTo(460);
            assertThat(server.awaitLog(id)).isEqualTo(id + " " + r.code() + " 460");
        }

        @Test
        void otherExceptionsAreNeverSwallowed() throws Exception {
            String id = id();
            RawHttp.Response r = run("/app", id, (req, res) -> {
                throw new IllegalStateException("bug");
            });

            assertThat(r.code()).isEqualTo(500);
            assertThat(server.awaitLog(id)).isEqualTo(id + " 500 -");
            assertThat(RecordingListener.now(id)).isEmpty();
        }

        /**
         * Jetty's HttpClient throws the same EofException as Jetty's server: without a failure
         * on the client's own streams it is the application's error, not a disconnect.
         */
        @Test
        void jettyEofExceptionFromAnOutboundCallIsNotSwallowed() throws Exception {
            String id = id();
            RawHttp.Response r = run("/app", id, (req, res) -> {
                throw new ServletException("upstream call failed",
                        new org.eclipse.jetty.io.EofException("upstream closed"));
            });

            assertThat(r.code()).isEqualTo(500);
            assertThat(server.awaitLog(id)).isEqualTo(id + " 500 -");
            assertThat(RecordingListener.now(id)).isEmpty();
        }

        @Test
        void theApplicationsStatusIsNeverOverwritten() throws Exception {
            String id = id();
            RawHttp.Response r = run("/app", id, (req, res) -> {
                res.setStatus(409);
                throw new ClientAbortException(new IOException("Broken pipe"));
            });

            assertThat(r.code()).isEqualTo(409);
            assertThat(RecordingListener.await(id).code).isEqualTo(499);
            assertThat(server.awaitLog(id)).isEqualTo(id + " 409 499");
        }

        @Test
        void aFailingListenerIsLoggedNotPropagated() throws Exception {
            String id = id();
            RawHttp.Response r = run("/failing", id, (req, res) -> {
                throw new ClientAbortException(new IOException("Broken pipe"));
            });

            assertThat(r.code()).isEqualTo(499);
            assertThat(server.awaitLog(id)).isEqualTo(id + " 499 499");
        }

        @Test
        void doFilterRejectsANullChainNamingIt() throws Exception {
            RawHttp.Response r = run("/app", id(), (req, res) -> {
                try {
                    new ClientDisconnectFilter().doFilter(req, res, null);
                } catch (NullPointerException e) {
                    res.getWriter().write(e.getMessage());
                }
            });
            assertThat(r.bodyText()).isEqualTo("chain must not be null");
        }

        @Test
        void connectionResetFromAnotherServerIsNotSwallowed() throws Exception {
            String id = id();
            RawHttp.Response r = RawHttp.get(server.port(), "/app/upstream-reset", id);

            assertThat(r.code()).isEqualTo(500);
            assertThat(server.awaitLog(id)).isEqualTo(id + " 500 -");
            assertThat(RecordingListener.now(id)).isEmpty();
        }
    }

    /**
     * README's case table, cell by cell: each test plays one case on this container, observes
     * whether the filter recorded it, and compares that with the README cell for this container.
     * The handler waits until the client has left before it writes, so each case is exact.
     */
    @Nested
    @TestInstance(TestInstance.Lifecycle.PER_CLASS)
    class Cases {
        static final int SMALL = 200;
        static final long LARGE = 20L * 1024 * 1024;
        static final int READ_BEFORE_LEAVING = 64 * 1024;

        private final Set<String> checked = ConcurrentHashMap.newKeySet();

        /**
         * Waits for the request to end (the handler's {@code done} where given, and its access
         * log line), then compares what was recorded with README.
         */
        private Optional<RecordingListener.Seen> check(String caseLabel, String id,
                CompletableFuture<Void> done) throws Exception {
            if (done == null) {
                server.awaitLog(id);
            } else {
                done.get(20, TimeUnit.SECONDS);
                try {
                    // The log line follows the filter's return; Tomcat may hold an async
                    // request on a reset HTTP/2 stream until its async timeout, so not forever.
                    server.awaitLog(id, Duration.ofSeconds(3));
                } catch (java.util.concurrent.TimeoutException e) {
                    // judged on what was recorded by now
                }
            }
            Optional<RecordingListener.Seen> seen = RecordingListener.await(id,
                    Duration.ofMillis(300));
            String observed = seen.isPresent() ? ReadmeCaseTable.RECORDED
                    : ReadmeCaseTable.NOT_SEEN;
            checked.add(caseLabel);
            assertThat(observed).as("%s on %s (README's cell; recorded: %s)", caseLabel,
                    server.name(), seen.map(Object::toString).orElse("nothing"))
                    .isEqualTo(ReadmeCaseTable.get().cell(caseLabel, readmeColumn()));
            return seen;
        }

        /** For a case this container is not tested with: README must say so. */
        private boolean notTested(String caseLabel) {
            if (h2c()) {
                return false;
            }
            checked.add(caseLabel);
            assertThat(ReadmeCaseTable.get().cell(caseLabel, readmeColumn()))
                    .isEqualTo(ReadmeCaseTable.NOT_TESTED);
            return true;
        }

        @AfterAll
        void everyRowOfReadmesTableWasPlayed() {
            assertThat(checked).containsExactlyInAnyOrderElementsOf(
                    ReadmeCaseTable.get().rows.keySet());
        }

        /**
         * A handler that tells when it started, waits until the client has gone, and tells when
         * it is done.
         */
        private TestApp.Action afterClientLeft(CountDownLatch started,
                CompletableFuture<Void> left, CompletableFuture<Void> done, TestApp.Action then) {
            return (req, res) -> {
                try {
                    started.countDown();
                    left.get(10, TimeUnit.SECONDS);
                    keepWorking(req.getHeader("X-Test-Id"), req.getProtocol());
                    then.run(req, res);
                } finally {
                    done.complete(null);
                }
            };
        }

        /** An asynchronous handler: 200 bytes from another thread once the client has gone. */
        private TestApp.Action asyncAfterClientLeft(CountDownLatch started,
                CompletableFuture<Void> left, CompletableFuture<Void> done) {
            return (req, res) -> {
                AsyncContext async = req.startAsync();
                started.countDown();
                String id = req.getHeader("X-Test-Id");
                String protocol = req.getProtocol();
                left.thenRunAsync(() -> {
                    try {
                        keepWorking(id, protocol);
                        writeSmall((HttpServletResponse) async.getResponse());
                    } catch (Exception e) {
                        // recorded or not, that is what the case observes
                    } finally {
                        try {
                            async.complete();
                        } catch (IllegalStateException e) {
                            // the container completed it itself after an error
                        }
                        done.complete(null);
                    }
                });
            };
        }

        /**
         * The handler's work after the client left. On HTTP/1.1, 200 ms for the FIN to arrive
         * (no container can tell from it). On HTTP/2, where the client waited until the server
         * had read its RST_STREAM, until the filter recorded it or 2 s, so that a container that
         * tells does so while the handler works even on a loaded machine.
         */
        private void keepWorking(String id, String protocol) throws Exception {
            if (protocol.startsWith("HTTP/2")) {
                RecordingListener.await(id, Duration.ofSeconds(2));
            } else {
                Thread.sleep(200);
            }
        }

        private static void writeLarge(HttpServletResponse res) throws IOException {
            res.setContentType("application/octet-stream");
            byte[] chunk = new byte[TestApp.CHUNK];
            for (long n = 0; n < LARGE; n += chunk.length) {
                res.getOutputStream().write(chunk);
            }
        }

        private static void writeSmall(HttpServletResponse res) throws IOException {
            res.setContentType("text/plain");
            res.getOutputStream().write(new byte[SMALL]);
        }

        /** HTTP/1.1: the client sends the request and closes its socket once the handler runs. */
        private Optional<RecordingListener.Seen> http1ClientLeaves(String caseLabel,
                TestApp.Action then) throws Exception {
            String id = id();
            CountDownLatch started = new CountDownLatch(1);
            CompletableFuture<Void> left = new CompletableFuture<>();
            CompletableFuture<Void> done = new CompletableFuture<>();
            Socket s = RawHttp.send(server.port(), RawHttp.head("GET",
                    TestApp.action("/app", afterClientLeft(started, left, done, then)), id));
            assertThat(started.await(10, TimeUnit.SECONDS)).isTrue();
            s.close();
            left.complete(null);
            return check(caseLabel, id, done);
        }

        @Test
        void slowHandlerThenSmallBody() throws Exception {
            http1ClientLeaves("slow handler, then a 200-byte body", (req, res) -> writeSmall(res));
        }

        @Test
        void slowHandlerThenSmallBodyAndFlush() throws Exception {
            http1ClientLeaves("same, and the handler calls `flushBuffer()`", (req, res) -> {
                writeSmall(res);
                res.flushBuffer();
            });
        }

        @Test
        void asyncSmallBodyAfterTheClientLeft() throws Exception {
            String id = id();
            CountDownLatch started = new CountDownLatch(1);
            CompletableFuture<Void> left = new CompletableFuture<>();
            CompletableFuture<Void> done = new CompletableFuture<>();
            Socket s = RawHttp.send(server.port(), RawHttp.head("GET",
                    TestApp.action("/app", asyncAfterClientLeft(started, left, done)), id));
            assertThat(started.await(10, TimeUnit.SECONDS)).isTrue();
            s.close();
            left.complete(null);
            check("async (`startAsync`), 200 bytes written from another thread", id, done);
        }

        @Test
        void slowHandlerThenLargeBody() throws Exception {
            http1ClientLeaves("slow handler, then 20 MiB", (req, res) -> writeLarge(res));
        }

        private void downloadLeftAfter64KiB(String caseLabel, boolean writer) throws Exception {
            String id = id();
            CompletableFuture<Void> done = new CompletableFuture<>();
            String target = TestApp.action("/app", (req, res) -> {
              try {
                res.setContentType("text/plain");
                if (writer) {
                    res.setCharacterEncoding("UTF-8");
                    String text = "\u00e9".repeat(TestApp.CHUNK / 2); // 2 bytes each in UTF-8
                    for (long n = 0; n < LARGE; n += TestApp.CHUNK) {
                        res.getWriter().write(text); // never checks the error flag
                    }
                } else {
                    writeLarge(res);
                }
              } finally {
                done.complete(null);
              }
            });
            long read = RawHttp.readSomeAndLeave(server.port(), target, id, READ_BEFORE_LEAVING);
            Optional<RecordingListener.Seen> seen = check(caseLabel, id, done);
            if (seen.isPresent()) {
                // What the container accepted: at least what the client read, and (regression
                // for the writer, which counted all 20 MiB handed to it) less than the total.
                assertThat(seen.get().bytesWritten).isGreaterThanOrEqualTo(read - 1024)
                        .isLessThan(LARGE);
                assertThat(seen.get().phase).isEqualTo(ClientDisconnect.Phase.WRITING_RESPONSE);
                assertThat(seen.get().cause).isNotEqualTo("(none)");
            }
        }

        @Test
        void downloadThroughTheStreamLeftAfter64KiB() throws Exception {
            downloadLeftAfter64KiB("20 MiB download, the client reads 64 KiB and leaves"
                    + " (`getOutputStream()`)", false);
        }

        @Test
        void downloadThroughTheWriterLeftAfter64KiB() throws Exception {
            downloadLeftAfter64KiB("20 MiB download, the client reads 64 KiB and leaves"
                    + " (`getWriter()`)", true);
        }

        @Test
        void uploadCutShort() throws Exception {
            String id = id();
            RawHttp.abortUpload(server.port(), "/app/upload?mode=throw", id, 1_000_000, 1_000);
            check("upload cut short", id, null);
        }

        @Test
        void completeRequest() throws Exception {
            String id = id();
            RawHttp.get(server.port(), "/app/ok", id);
            check("complete request", id, null);
        }

        /** HTTP/2: the client resets its stream once the handler runs; the connection stays. */
        private void h2ClientResets(String caseLabel, TestApp.Action then) throws Exception {
            if (notTested(caseLabel)) {
                return;
            }
            String id = id();
            CountDownLatch started = new CountDownLatch(1);
            CompletableFuture<Void> left = new CompletableFuture<>();
            CompletableFuture<Void> done = new CompletableFuture<>();
            try (RawH2 h2 = RawH2.connect(server.port())) {
                h2.get(1, TestApp.action("/app", afterClientLeft(started, left, done, then)), id);
                assertThat(started.await(10, TimeUnit.SECONDS)).as(h2.toString()).isTrue();
                h2.reset(1);
                h2.roundTrip(); // the server has read the reset
                left.complete(null);
                check(caseLabel, id, done);
            }
        }

        @Test
        void h2StreamResetWhileTheHandlerWorksThenSmallBody() throws Exception {
            h2ClientResets("HTTP/2: the client resets its stream (`RST_STREAM`) while the handler"
                    + " works, then 200 bytes", (req, res) -> writeSmall(res));
        }

        @Test
        void h2StreamResetDuringALargeDownload() throws Exception {
            String caseLabel = "HTTP/2: the client resets its stream during a 20 MiB download";
            if (notTested(caseLabel)) {
                return;
            }
            String id = id();
            CompletableFuture<Void> done = new CompletableFuture<>();
            try (RawH2 h2 = RawH2.connect(server.port())) {
                h2.get(1, TestApp.action("/app", (req, res) -> {
                    try {
                        writeLarge(res);
                    } finally {
                        done.complete(null);
                    }
                }), id);
                h2.firstData.get(10, TimeUnit.SECONDS);
                h2.reset(1);
                check(caseLabel, id, done);
            }
        }

        @Test
        void h2StreamResetDuringAnAsyncRequest() throws Exception {
            String caseLabel = "HTTP/2: the client resets its stream during an async request,"
                    + " then 200 bytes";
            if (notTested(caseLabel)) {
                return;
            }
            String id = id();
            CountDownLatch started = new CountDownLatch(1);
            CompletableFuture<Void> left = new CompletableFuture<>();
            CompletableFuture<Void> done = new CompletableFuture<>();
            try (RawH2 h2 = RawH2.connect(server.port())) {
                h2.get(1, TestApp.action("/app", asyncAfterClientLeft(started, left, done)), id);
                assertThat(started.await(10, TimeUnit.SECONDS)).as(h2.toString()).isTrue();
                h2.reset(1);
                h2.roundTrip(); // the server has read the reset
                left.complete(null);
                check(caseLabel, id, done);
            }
        }
    }
}
