package io.github.statuscodes.servlet;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.statuscodes.StatusCodes;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
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

        @Test
        void connectionResetFromAnotherServerIsNotSwallowed() throws Exception {
            String id = id();
            RawHttp.Response r = RawHttp.get(server.port(), "/app/upstream-reset", id);

            assertThat(r.code()).isEqualTo(500);
            assertThat(server.awaitLog(id)).isEqualTo(id + " 500 -");
            assertThat(RecordingListener.now(id)).isEmpty();
        }
    }
}
