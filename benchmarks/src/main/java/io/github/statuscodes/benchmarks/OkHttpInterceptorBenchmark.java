package io.github.statuscodes.benchmarks;

import io.github.statuscodes.okhttp.StatusCodeInterceptor;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.concurrent.TimeUnit;
import javax.net.ServerSocketFactory;
import javax.net.SocketFactory;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import okhttp3.ResponseBody;
import okhttp3.mockwebserver.Dispatcher;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.RecordedRequest;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * Issue #5, item 4: a GET to a MockWebServer on loopback, with and without the statuscodes
 * interceptor ({@code StatusCodeInterceptor.create()}, the defaults) installed. The server always
 * answers {@code 200} with a small JSON body, so no retry happens: this measures what the
 * interceptor adds to a call that succeeds. Both clients share one connection pool; sockets on
 * both ends have TCP_NODELAY.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@State(Scope.Benchmark)
public class OkHttpInterceptorBenchmark {
    private MockWebServer server;
    private OkHttpClient plain;
    private OkHttpClient intercepted;
    private Request request;

    @Setup(Level.Trial)
    public void setUp() throws IOException {
        server = new MockWebServer();
        server.setDispatcher(new Dispatcher() {
            @Override
            public MockResponse dispatch(RecordedRequest recorded) {
                return new MockResponse()
                        .setResponseCode(200)
                        .setHeader("Content-Type", "application/json")
                        .setBody("{\"id\":42,\"name\":\"benchmark\"}");
            }
        });
        // Without TCP_NODELAY the response's header and body writes meet Nagle's algorithm and the
        // client's delayed ACK: every call then takes ~40 ms of waiting, hiding what is measured.
        server.setServerSocketFactory(new NoDelayServerSocketFactory());
        server.start();
        HttpUrl url = server.url("/orders/42");
        request = new Request.Builder().url(url).build();
        plain = new OkHttpClient.Builder().socketFactory(new NoDelaySocketFactory()).build();
        intercepted = plain.newBuilder().addInterceptor(StatusCodeInterceptor.create()).build();
    }

    /** Client sockets with TCP_NODELAY. */
    static final class NoDelaySocketFactory extends SocketFactory {
        private final SocketFactory delegate = SocketFactory.getDefault();

        @Override
        public Socket createSocket() throws IOException {
            Socket s = delegate.createSocket();
            s.setTcpNoDelay(true);
            return s;
        }

        @Override
        public Socket createSocket(String host, int port) throws IOException {
            Socket s = delegate.createSocket(host, port);
            s.setTcpNoDelay(true);
            return s;
        }

        @Override
        public Socket createSocket(String host, int port, InetAddress local, int localPort)
                throws IOException {
            Socket s = delegate.createSocket(host, port, local, localPort);
            s.setTcpNoDelay(true);
            return s;
        }

        @Override
        public Socket createSocket(InetAddress host, int port) throws IOException {
            Socket s = delegate.createSocket(host, port);
            s.setTcpNoDelay(true);
            return s;
        }

        @Override
        public Socket createSocket(InetAddress host, int port, InetAddress local, int localPort)
                throws IOException {
            Socket s = delegate.createSocket(host, port, local, localPort);
            s.setTcpNoDelay(true);
            return s;
        }
    }

    /** Server sockets whose accepted connections have TCP_NODELAY. */
    static final class NoDelayServerSocketFactory extends ServerSocketFactory {
        private static final class NoDelayServerSocket extends ServerSocket {
            NoDelayServerSocket() throws IOException {
                super();
            }

            @Override
            public Socket accept() throws IOException {
                Socket s = super.accept();
                s.setTcpNoDelay(true);
                return s;
            }
        }

        @Override
        public ServerSocket createServerSocket() throws IOException {
            return new NoDelayServerSocket();
        }

        @Override
        public ServerSocket createServerSocket(int port) throws IOException {
            ServerSocket s = new NoDelayServerSocket();
            s.bind(new InetSocketAddress(port));
            return s;
        }

        @Override
        public ServerSocket createServerSocket(int port, int backlog) throws IOException {
            ServerSocket s = new NoDelayServerSocket();
            s.bind(new InetSocketAddress(port), backlog);
            return s;
        }

        @Override
        public ServerSocket createServerSocket(int port, int backlog, InetAddress address)
                throws IOException {
            ServerSocket s = new NoDelayServerSocket();
            s.bind(new InetSocketAddress(address, port), backlog);
            return s;
        }
    }

    @TearDown(Level.Trial)
    public void tearDown() throws IOException {
        plain.dispatcher().executorService().shutdown();
        plain.connectionPool().evictAll();
        server.shutdown();
    }

    private static String call(OkHttpClient client, Request request) throws IOException {
        try (Response response = client.newCall(request).execute()) {
            ResponseBody body = response.body();
            return body == null ? null : body.string();
        }
    }

    /** A GET with OkHttp's defaults only. */
    @Benchmark
    public String withoutInterceptor() throws IOException {
        return call(plain, request);
    }

    /** The same GET with {@code StatusCodeInterceptor.create()} installed. */
    @Benchmark
    public String withInterceptor() throws IOException {
        return call(intercepted, request);
    }
}
