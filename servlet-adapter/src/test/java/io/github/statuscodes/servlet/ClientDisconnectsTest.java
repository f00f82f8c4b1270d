package io.github.statuscodes.servlet;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.servlet.ServletException;
import java.io.EOFException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Constructor;
import java.net.SocketException;
import java.net.SocketTimeoutException;
import java.util.concurrent.TimeoutException;
import org.apache.catalina.connector.ClientAbortException;
import org.eclipse.jetty.io.EofException;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** The classifier against the exceptions the three containers really throw. */
class ClientDisconnectsTest {

    /** Jetty's read-side exception is private; make one as Jetty does. */
    static Throwable jettyEarlyEof() throws Exception {
        Class<?> c = Class.forName(
                "org.eclipse.jetty.server.internal.HttpConnection$HttpEofException");
        Constructor<?> ctor = c.getDeclaredConstructor();
        ctor.setAccessible(true);
        return (Throwable) ctor.newInstance();
    }

    /** Named like Spring's, to show that outbound-call failures are not searched. */
    static final class RestClientException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        RestClientException(Throwable cause) {
            super("I/O error on GET request for \"https://upstream.example/\"", cause);
        }
    }

    @Nested
    class WriteSide {
        @Test
        void tomcatClientAbortIsADisconnect() {
            assertThat(ClientDisconnects.isDisconnect(
                    new ClientAbortException(new IOException("Broken pipe")))).isTrue();
        }

        @Test
        void jettyEofExceptionIsADisconnect() {
            assertThat(ClientDisconnects.isDisconnect(
                    new EofException(new IOException("Connection reset by peer")))).isTrue();
            assertThat(ClientDisconnects.isDisconnect(new EofException())).isTrue();
        }

        @Test
        void undertowPlainIoExceptionsAreDisconnects() {
            assertThat(ClientDisconnects.isDisconnect(new IOException("Broken pipe"))).isTrue();
            assertThat(ClientDisconnects.isDisconnect(
                    new IOException("Connection reset by peer"))).isTrue();
        }

        @Test
        void bareConnectionResetWithoutByPeerIsADisconnect() {
            assertThat(ClientDisconnects.isDisconnect(new SocketException("Connection reset")))
                    .isTrue();
        }

        @Test
        void tomcatsHttp2ResetIsADisconnectInEveryLanguageTomcatShips() {
            // Tomcat's own message bundle, as Stream.receiveReset uses it for the exception it
            // leaves in jakarta.servlet.error.exception and passes to AsyncListener.onError.
            for (java.util.Locale locale : new java.util.Locale[] {java.util.Locale.ROOT,
                java.util.Locale.ENGLISH, java.util.Locale.FRENCH, java.util.Locale.JAPANESE}) {
                String message = java.util.ResourceBundle.getBundle(
                        "org.apache.coyote.http2.LocalStrings", locale)
                        .getString("stream.clientResetRequest");
                assertThat(ClientDisconnects.isDisconnect(new IOException(message)))
                        .as(message).isTrue();
            }
        }

        @Test
        void windowsMessagesAreDisconnects() {
            assertThat(ClientDisconnects.isDisconnect(new IOException("An established connection"
                    + " was aborted by the software in your host machine"))).isTrue();
            assertThat(ClientDisconnects.isDisconnect(new IOException("An existing connection was"
                    + " forcibly closed by the remote host"))).isTrue();
        }
    }

    @Nested
    class ReadSide {
        @Test
        void tomcatClientAbortAroundEofIsAReadSideDisconnect() {
            Throwable t = new ClientAbortException(new EOFException());
            assertThat(ClientDisconnects.isDisconnect(t)).isTrue();
            assertThat(ClientDisconnects.phaseOf(ClientDisconnects.find(t).orElseThrow()))
                    .isEqualTo(ClientDisconnect.Phase.READING_REQUEST);
        }

        @Test
        void jettyHttpEofExceptionIsAReadSideDisconnect() throws Exception {
            Throwable t = jettyEarlyEof();
            assertThat(t.getMessage()).isEqualTo("Early EOF");
            assertThat(ClientDisconnects.find(t)).containsSame(t);
            assertThat(ClientDisconnects.phaseOf(t))
                    .isEqualTo(ClientDisconnect.Phase.READING_REQUEST);
        }

        @Test
        void undertowUt000128IsAReadSideDisconnect() {
            Throwable t = new IOException(
                    "UT000128: Remote peer closed connection before all data could be read");
            assertThat(ClientDisconnects.isDisconnect(t)).isTrue();
            assertThat(ClientDisconnects.phaseOf(t))
                    .isEqualTo(ClientDisconnect.Phase.READING_REQUEST);
        }

        @Test
        void bareEofExceptionIsNotADisconnect() {
            assertThat(ClientDisconnects.isDisconnect(new EOFException())).isFalse();
            assertThat(ClientDisconnects.isDisconnect(
                    new EOFException("Unexpected end of ZLIB input stream"))).isFalse();
        }
    }

    @Nested
    class Graph {
        @Test
        void findsADisconnectDeepInTheCauseChain() {
            IOException root = new IOException("Broken pipe");
            Throwable t = new ServletException(new UncheckedIOException(
                    new IOException("wrapped", root)));
            assertThat(ClientDisconnects.find(t)).containsSame(root);
        }

        @Test
        void findsADisconnectAmongSuppressedExceptions() {
            RuntimeException t = new IllegalStateException("closing failed");
            t.addSuppressed(new ClientAbortException(new IOException("Broken pipe")));
            assertThat(ClientDisconnects.isDisconnect(t)).isTrue();
        }

        @Test
        void survivesACauseCycle() {
            IOException a = new IOException("a");
            IOException b = new IOException("b");
            a.initCause(b);
            b.initCause(a);
            assertThat(ClientDisconnects.isDisconnect(a)).isFalse();
        }

        @Test
        void nullIsNotADisconnect() {
            assertThat(ClientDisconnects.isDisconnect(null)).isFalse();
            assertThat(ClientDisconnects.find(null)).isEmpty();
        }
    }

    @Nested
    class NotDisconnects {
        @Test
        void otherIoExceptionsAreNot() {
            assertThat(ClientDisconnects.isDisconnect(new IOException("No space left on device")))
                    .isFalse();
            assertThat(ClientDisconnects.isDisconnect(new IOException())).isFalse();
        }

        @Test
        void aMessageOnANonIoExceptionIsNot() {
            assertThat(ClientDisconnects.isDisconnect(new IllegalStateException("Broken pipe")))
                    .isFalse();
        }

        @Test
        void anOutboundCallFailureIsNot() {
            assertThat(ClientDisconnects.isDisconnect(new ServletException(
                    new RestClientException(new SocketException("Connection reset"))))).isFalse();
        }

        @Test
        void aTimeoutIsNotEvenInsideAClientAbort() {
            assertThat(ClientDisconnects.isDisconnect(
                    new ClientAbortException(new SocketTimeoutException("Read timed out"))))
                    .isFalse();
            assertThat(ClientDisconnects.isDisconnect(new EofException(
                    new TimeoutException("Idle timeout expired: 30000/30000 ms")))).isFalse();
        }

        /** Regression: malformed uploads were recorded as disconnects and answered with 499. */
        @Test
        void aMalformedRequestIsNotEvenInsideAnAbortType() {
            assertThat(ClientDisconnects.isDisconnect(new ClientAbortException(
                    new org.apache.coyote.BadRequestException("Invalid chunk header")))).isFalse();
            assertThat(ClientDisconnects.isDisconnect(new EofException(
                    new org.eclipse.jetty.http.BadMessageException(400, "bad multipart"))))
                    .isFalse();
            assertThat(ClientDisconnects.isDisconnect(new IOException(
                    "UT000036: Connection terminated parsing multipart data",
                    new IOException("Connection reset by peer")))).isFalse();
            assertThat(ClientDisconnects.isDisconnect(new IOException(
                    "UT000042: Could not decode trailers in HTTP request", new EofException())))
                    .isFalse();
        }

        @Test
        void tomcatsClientAbortIsNotABadRequestThoughItExtendsOne() {
            ClientAbortException abort = new ClientAbortException(new EOFException());
            assertThat(ClientDisconnects.isBadRequest(abort)).isFalse();
            assertThat(ClientDisconnects.isDisconnect(abort)).isTrue();
        }
    }

    @Nested
    class ServerAbortTypes {
        @Test
        void tomcatsClientAbortIsEvidenceOnItsOwn() {
            assertThat(ClientDisconnects.hasServerAbortType(new ServletException(
                    new ClientAbortException(new IOException("Broken pipe"))))).isTrue();
        }

        /** Jetty's HttpClient throws EofException too, for a call to another server. */
        @Test
        void jettysEofExceptionIsNot() {
            assertThat(ClientDisconnects.hasServerAbortType(new ServletException(
                    new EofException("upstream closed")))).isFalse();
            assertThat(ClientDisconnects.isDisconnect(new EofException("upstream closed")))
                    .isTrue();
        }
    }
}
