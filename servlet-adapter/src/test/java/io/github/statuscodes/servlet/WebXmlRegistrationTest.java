package io.github.statuscodes.servlet;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;
import org.apache.catalina.Context;
import org.apache.catalina.connector.Connector;
import org.apache.catalina.startup.Constants;
import org.apache.catalina.startup.ContextConfig;
import org.apache.catalina.startup.Tomcat;
import org.apache.tomcat.util.scan.StandardJarScanner;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The filter declared in a real {@code WEB-INF/web.xml}, as README shows it, parsed and
 * instantiated by embedded Tomcat itself: the init-params set the code (460) and the listener.
 */
class WebXmlRegistrationTest {
    static final String WEB_XML = String.join("\n",
            "<?xml version=\"1.0\" encoding=\"UTF-8\"?>",
            "<web-app xmlns=\"https://jakarta.ee/xml/ns/jakartaee\" version=\"6.0\"",
            "         metadata-complete=\"true\">",
            "  <filter>",
            "    <filter-name>clientDisconnect</filter-name>",
            "    <filter-class>io.github.statuscodes.servlet.ClientDisconnectFilter</filter-class>",
            "    <async-supported>true</async-supported>",
            "    <init-param><param-name>status</param-name><param-value>460</param-value>"
                    + "</init-param>",
            "    <init-param><param-name>listener</param-name>"
                    + "<param-value>io.github.statuscodes.servlet.RecordingListener</param-value>"
                    + "</init-param>",
            "  </filter>",
            "  <filter-mapping>",
            "    <filter-name>clientDisconnect</filter-name>",
            "    <url-pattern>/*</url-pattern>",
            "    <dispatcher>REQUEST</dispatcher>",
            "    <dispatcher>ASYNC</dispatcher>",
            "  </filter-mapping>",
            "  <servlet>",
            "    <servlet-name>download</servlet-name>",
            "    <servlet-class>" + DownloadServlet.class.getName() + "</servlet-class>",
            "  </servlet>",
            "  <servlet-mapping>",
            "    <servlet-name>download</servlet-name>",
            "    <url-pattern>/download</url-pattern>",
            "  </servlet-mapping>",
            "</web-app>");

    static Tomcat tomcat;
    static Connector connector;

    /** Writes up to 256 MiB, far more than any socket buffer, so a client reset must fail it. */
    public static class DownloadServlet extends HttpServlet {
        private static final long serialVersionUID = 1L;

        @Override
        protected void doGet(HttpServletRequest req, HttpServletResponse res) throws IOException {
            res.setContentType("application/octet-stream");
            byte[] chunk = new byte[1024];
            for (int i = 0; i < 256 * 1024; i++) {
                res.getOutputStream().write(chunk);
            }
        }
    }

    @BeforeAll
    static void start() throws Exception {
        Path base = Files.createTempDirectory("tomcat-webxml");
        Path app = Files.createDirectories(base.resolve("app/WEB-INF"));
        Files.writeString(app.resolve("web.xml"), WEB_XML, StandardCharsets.UTF_8);
        tomcat = new Tomcat();
        tomcat.setBaseDir(base.toString());
        connector = new Connector();
        connector.setPort(0);
        connector.setProperty("address", "127.0.0.1");
        tomcat.setConnector(connector);
        // A plain context whose ContextConfig reads WEB-INF/web.xml, without Tomcat's global
        // defaults (their JSP servlet is not on this class path).
        Context context = tomcat.addContext("", base.resolve("app").toString());
        ServletServer.withoutRedeployLeakChecks(context);
        ContextConfig config = new ContextConfig();
        config.setDefaultWebXml(Constants.NoDefaultWebXml);
        context.addLifecycleListener(config);
        StandardJarScanner scanner = new StandardJarScanner();
        scanner.setScanClassPath(false);
        context.setJarScanner(scanner);
        tomcat.start();
    }

    @AfterAll
    static void stop() throws Exception {
        tomcat.stop();
        tomcat.destroy();
    }

    @Test
    void theFilterFromWebXmlRecordsADownloadCutShortWithItsConfiguredCodeAndListener()
            throws Exception {
        String id = UUID.randomUUID().toString();
        String statusLine = RawHttp.abortDownload(connector.getLocalPort(), "/download", id);
        assertThat(statusLine).isEqualTo("HTTP/1.1 200 ");
        RecordingListener.Seen seen = RecordingListener.await(id);
        assertThat(seen.code).isEqualTo(460);
        assertThat(seen.attribute).isEqualTo(460);
        assertThat(seen.phase).isEqualTo(ClientDisconnect.Phase.WRITING_RESPONSE);
        assertThat(seen.bytesWritten).isPositive();
    }
}
