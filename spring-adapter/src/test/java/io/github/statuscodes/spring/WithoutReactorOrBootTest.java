package io.github.statuscodes.spring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpServer;
import java.io.File;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URL;
import java.net.URLClassLoader;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The interceptor on a class path with spring-web and its own dependencies only: no Reactor, no
 * WebFlux, no Boot, no servlet adapter. Proves that nothing it loads drags an optional API in.
 */
class WithoutReactorOrBootTest {
    private static final Pattern KEEP = Pattern.compile(
            ".*[/\\\\](spring-(web|core|beans|jcl)|commons-logging|micrometer-(observation|commons)"
            + "|jspecify)-[0-9][^/\\\\]*\\.jar");

    static URL[] springWebOnly() throws Exception {
        List<URL> urls = new ArrayList<>();
        for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
            String e = entry.replace('\\', '/');
            boolean ours = e.matches(".*/core/target/(classes|statuscodes-core-[^/]*\\.jar)")
                    || e.matches(".*/spring-adapter/target/(classes|test-classes"
                            + "|statuscodes-spring-[^/]*\\.jar)")
                    || e.matches(".*/spring-boot4-tests/target/test-classes");
            if (ours || KEEP.matcher(entry).matches()) {
                urls.add(new File(entry).toURI().toURL());
            }
        }
        return urls.toArray(new URL[0]);
    }

    @Test
    void theInterceptorRetriesWithSpringWebAlone() throws Exception {
        AtomicInteger requests = new AtomicInteger();
        HttpServer server = HttpServer.create(
                new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", exchange -> {
            int status = requests.incrementAndGet() == 1 ? 503 : 200;
            exchange.getResponseHeaders().add("Retry-After", "0");
            exchange.sendResponseHeaders(status, -1);
            exchange.close();
        });
        server.start();
        try (URLClassLoader loader = new URLClassLoader(springWebOnly(),
                ClassLoader.getPlatformClassLoader())) {
            assertThatThrownBy(() -> loader.loadClass("reactor.core.publisher.Mono"))
                    .isInstanceOf(ClassNotFoundException.class);
            assertThatThrownBy(() -> loader.loadClass(
                    "org.springframework.boot.autoconfigure.AutoConfiguration"))
                    .isInstanceOf(ClassNotFoundException.class);
            assertThatThrownBy(() -> loader.loadClass(
                    "io.github.statuscodes.servlet.ClientDisconnectFilter"))
                    .isInstanceOf(ClassNotFoundException.class);
            Class<?> probe = loader.loadClass(SpringWebOnlyProbe.class.getName());
            assertThat(probe.getClassLoader()).isSameAs(loader);
            Object status = probe.getMethod("get", String.class)
                    .invoke(null, "http://127.0.0.1:" + server.getAddress().getPort() + "/");
            assertThat(status).isEqualTo(200);
            assertThat(requests).hasValue(2);
        } finally {
            server.stop(0);
        }
    }
}
