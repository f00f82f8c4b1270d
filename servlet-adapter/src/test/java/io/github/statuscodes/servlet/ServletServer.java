package io.github.statuscodes.servlet;

import io.undertow.Undertow;
import io.undertow.server.HttpHandler;
import io.undertow.server.handlers.accesslog.AccessLogHandler;
import io.undertow.servlet.Servlets;
import io.undertow.servlet.api.DeploymentInfo;
import io.undertow.servlet.api.DeploymentManager;
import io.undertow.servlet.api.ServletContainerInitializerInfo;
import io.undertow.servlet.util.ImmediateInstanceFactory;
import jakarta.servlet.ServletContainerInitializer;
import java.io.CharArrayWriter;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.TimeUnit;
import org.apache.catalina.Context;
import org.apache.catalina.connector.Connector;
import org.apache.catalina.startup.Tomcat;
import org.apache.catalina.valves.AccessLogValve;
import org.apache.coyote.http2.Http2Protocol;
import org.eclipse.jetty.http2.server.HTTP2CServerConnectionFactory;
import org.eclipse.jetty.server.CustomRequestLog;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;

/**
 * An embedded container on a random loopback port, set up by a ServletContainerInitializer (the
 * ServletContext.addFilter path), with an access log whose lines are
 * {@code <X-Test-Id header> <%s> <status attribute>}, in each container's own pattern syntax.
 */
abstract class ServletServer {

    /** The access log pattern of each container, as the README shows it. */
    static final String TOMCAT_PATTERN = "%{X-Test-Id}i %s %{" + ClientDisconnectFilter.STATUS_ATTRIBUTE + "}r";
    static final String JETTY_FORMAT = "%{X-Test-Id}i %s %{" + ClientDisconnectFilter.STATUS_ATTRIBUTE + "}attr";
    static final String UNDERTOW_FORMAT = "%{i,X-Test-Id} %s %{r," + ClientDisconnectFilter.STATUS_ATTRIBUTE + "}";

    private final ConcurrentMap<String, CompletableFuture<String>> logLines = new ConcurrentHashMap<>();

    abstract String name();

    abstract int port();

    abstract void stop() throws Exception;

    /** Returns the access log line of the request with this X-Test-Id, waiting up to 10 s. */
    String awaitLog(String id) throws Exception {
        return logFuture(id).get(10, TimeUnit.SECONDS);
    }

    /** Returns the access log line of the request with this X-Test-Id, waiting up to {@code wait}. */
    String awaitLog(String id, java.time.Duration wait) throws Exception {
        return logFuture(id).get(wait.toMillis(), TimeUnit.MILLISECONDS);
    }

    private CompletableFuture<String> logFuture(String id) {
        return logLines.computeIfAbsent(id, k -> new CompletableFuture<>());
    }

    void logged(String line) {
        String id = line.split(" ", 2)[0];
        logFuture(id).complete(line.trim());
    }

    /** Jetty 12.0 with its ee10 servlet environment. */
    static ServletServer jetty(ServletContainerInitializer setup) throws Exception {
        return jetty(setup, "ee10");
    }

    /**
     * Jetty 12 with the servlet environment {@code ee} ("ee10" or "ee11"), which is whichever the
     * class path holds: the test classes are compiled against Jetty 12.0, and the ee11 run swaps
     * in Jetty 12.1, so the handler is made by reflection. HTTP/1.1 and h2c (prior knowledge and
     * upgrade) on one port.
     */
    static ServletServer jetty(ServletContainerInitializer setup, String ee) throws Exception {
        Server server = new Server();
        HttpConfiguration config = new HttpConfiguration();
        ServerConnector connector = new ServerConnector(server, 1, 1,
                new HttpConnectionFactory(config), new HTTP2CServerConnectionFactory(config));
        connector.setHost("127.0.0.1");
        connector.setPort(0);
        server.addConnector(connector);
        Class<?> handlerClass = Class.forName("org.eclipse.jetty." + ee
                + ".servlet.ServletContextHandler");
        Object context = handlerClass.getConstructor().newInstance();
        handlerClass.getMethod("setContextPath", String.class).invoke(context, "/");
        handlerClass.getMethod("addServletContainerInitializer", ServletContainerInitializer.class,
                Class[].class).invoke(context, setup, new Class<?>[0]);
        server.setHandler((Handler) context);
        ServletServer s = new ServletServer() {
            @Override
            String name() {
                return "Jetty " + Server.getVersion() + " (" + ee + ")";
            }

            @Override
            int port() {
                return connector.getLocalPort();
            }

            @Override
            void stop() throws Exception {
                server.stop();
            }
        };
        server.setRequestLog(new CustomRequestLog(s::logged, JETTY_FORMAT));
        server.start();
        return s;
    }

    /**
     * Turns off the leak protection Tomcat runs when a web application stops, which it needs for
     * redeploying into a long-lived JVM: it reaches into JDK internals and, without
     * {@code --add-opens}, warns three times per stop. A test's context is never redeployed.
     */
    static void withoutRedeployLeakChecks(Context context) {
        org.apache.catalina.core.StandardContext c =
                (org.apache.catalina.core.StandardContext) context;
        try {
            c.setClearReferencesObjectStreamClassCaches(false);
        } catch (NoSuchMethodError tomcat11) {
            // Tomcat 11 dropped this check, and its warning, with the method.
        }
        c.setClearReferencesThreadLocals(false);
        c.setClearReferencesRmiTargets(false);
    }

    static ServletServer tomcat(ServletContainerInitializer setup) throws Exception {
        Path base = Files.createTempDirectory("tomcat");
        Tomcat tomcat = new Tomcat();
        tomcat.setBaseDir(base.toString());
        Connector connector = new Connector();
        connector.setPort(0);
        connector.setProperty("address", "127.0.0.1");
        connector.addUpgradeProtocol(new Http2Protocol()); // h2c: prior knowledge and upgrade
        tomcat.setConnector(connector);
        Context context = tomcat.addContext("", base.toString());
        withoutRedeployLeakChecks(context);
        context.addServletContainerInitializer(setup, null);
        ServletServer s = new ServletServer() {
            @Override
            String name() {
                return "Tomcat " + org.apache.catalina.util.ServerInfo.getServerNumber();
            }

            @Override
            int port() {
                return connector.getLocalPort();
            }

            @Override
            void stop() throws Exception {
                tomcat.stop();
                tomcat.destroy();
            }
        };
        AccessLogValve valve = new AccessLogValve() {
            @Override
            public void log(CharArrayWriter message) {
                s.logged(message.toString());
            }
        };
        valve.setPattern(TOMCAT_PATTERN);
        tomcat.getHost().getPipeline().addValve(valve);
        tomcat.start();
        return s;
    }

    static ServletServer undertow(ServletContainerInitializer setup) throws Exception {
        ClassLoader loader = ServletServer.class.getClassLoader();
        DeploymentInfo info = Servlets.deployment()
                .setClassLoader(loader)
                .setContextPath("/")
                .setDeploymentName("test")
                .addServletContainerInitializer(new ServletContainerInitializerInfo(
                        setup.getClass(), new ImmediateInstanceFactory<>(setup), Set.of()));
        DeploymentManager manager = Servlets.newContainer().addDeployment(info);
        manager.deploy();
        HttpHandler handler = manager.start();
        ServletServer[] self = new ServletServer[1];
        Undertow undertow = Undertow.builder()
                .addHttpListener(0, "127.0.0.1")
                .setIoThreads(1)
                .setWorkerThreads(8)
                .setHandler(new AccessLogHandler(handler, line -> self[0].logged(line),
                        UNDERTOW_FORMAT, loader))
                .build();
        undertow.start();
        self[0] = new ServletServer() {
            @Override
            String name() {
                return "Undertow " + io.undertow.Version.getVersionString();
            }

            @Override
            int port() {
                return ((InetSocketAddress) undertow.getListenerInfo().get(0).getAddress())
                        .getPort();
            }

            @Override
            void stop() throws Exception {
                undertow.stop();
                manager.stop();
                manager.undeploy();
            }
        };
        return self[0];
    }
}
