package io.github.statuscodes.servlet;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.servlet.ServletException;
import java.io.EOFException;
import java.io.IOException;
import java.net.SocketException;
import java.util.List;
import java.util.Locale;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.apache.catalina.connector.ClientAbortException;
import org.eclipse.jetty.io.EofException;

/**
 * Arbitrary exceptions in arbitrary cause chains and suppressed lists are classified as a
 * disconnect exactly when one of them is one.
 */
class ClientDisconnectsProperties {

    private static final String[] TRIGGERS = {"broken pipe", "connection reset", "early eof",
        "ut000128", "remote peer closed", "stream was reset", "client reset the stream",
        "connection was aborted", "forcibly closed"};

    /** One generated exception and whether it is, by itself, a disconnect. */
    record Node(boolean disconnect, String kind, String message) {
        Throwable make(Throwable cause) {
            Throwable t = switch (kind) {
                case "tomcat" -> new ClientAbortException(message);
                case "jetty" -> new EofException(message);
                case "io" -> new IOException(message);
                case "socket" -> new SocketException(message);
                case "eof" -> new EOFException(message);
                case "servlet" -> new ServletException(message);
                case "state" -> new IllegalStateException(message);
                default -> new RuntimeException(message);
            };
            if (cause != null) {
                t.initCause(cause);
            }
            return t;
        }
    }

    /** A chain, outermost first, plus a node to add as suppressed to the outermost, if any. */
    record Chain(List<Node> nodes, List<Node> suppressed) {
        boolean expected() {
            return nodes.stream().anyMatch(Node::disconnect)
                    || suppressed.stream().anyMatch(Node::disconnect);
        }

        Throwable build() {
            Throwable t = null;
            for (int i = nodes.size() - 1; i >= 0; i--) {
                t = nodes.get(i).make(t);
            }
            for (Node s : suppressed) {
                t.addSuppressed(s.make(null));
            }
            return t;
        }
    }

    static boolean hasTrigger(String s) {
        String lower = s.toLowerCase(Locale.ROOT);
        for (String t : TRIGGERS) {
            if (lower.contains(t)) {
                return true;
            }
        }
        return false;
    }

    @Provide
    Arbitrary<Node> nodes() {
        Arbitrary<String> neutralText = Arbitraries.strings().ofMaxLength(30)
                .filter(s -> !hasTrigger(s));
        Arbitrary<Node> neutral = Combinators.combine(
                Arbitraries.of("io", "socket", "eof", "servlet", "state", "runtime"),
                neutralText).as((k, m) -> new Node(false, k, m));
        Arbitrary<Node> byType = Combinators.combine(Arbitraries.of("tomcat", "jetty"),
                neutralText).as((k, m) -> new Node(true, k, m));
        Arbitrary<Node> byMessage = Combinators.combine(
                Arbitraries.of("io", "socket", "eof"),
                Arbitraries.of("Broken pipe", "Connection reset", "Connection reset by peer",
                        "UT000128: Remote peer closed connection before all data could be read",
                        "Early EOF", "BROKEN PIPE (Write failed)"),
                neutralText).as((k, m, pad) -> new Node(true, k, pad + m + pad));
        // The same messages on exceptions that are not IOExceptions are not disconnects.
        Arbitrary<Node> messageOnWrongType = Combinators.combine(
                Arbitraries.of("servlet", "state", "runtime"),
                Arbitraries.of("Broken pipe", "Connection reset by peer"))
                .as((k, m) -> new Node(false, k, m));
        return Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(6, neutral), net.jqwik.api.Tuple.of(1, byType),
                net.jqwik.api.Tuple.of(1, byMessage), net.jqwik.api.Tuple.of(1, messageOnWrongType));
    }

    @Provide
    Arbitrary<Chain> chains() {
        return Combinators.combine(nodes().list().ofMinSize(1).ofMaxSize(6),
                nodes().list().ofMaxSize(2)).as(Chain::new);
    }

    @Property(tries = 1000)
    void classifiedAsADisconnectExactlyWhenOneOfTheExceptionsIs(@ForAll("chains") Chain chain) {
        Throwable t = chain.build();
        assertThat(ClientDisconnects.isDisconnect(t)).as("%s", chain).isEqualTo(chain.expected());
        assertThat(ClientDisconnects.find(t).isPresent()).isEqualTo(chain.expected());
    }

    @Property(tries = 200)
    void aTimeoutAnywhereMeansNoDisconnect(@ForAll("chains") Chain chain) {
        Throwable t = chain.build();
        t.addSuppressed(new java.net.SocketTimeoutException("Read timed out"));
        assertThat(ClientDisconnects.isDisconnect(t)).isFalse();
    }
}
