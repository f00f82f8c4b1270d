package io.github.statuscodes.servlet;

import org.junit.jupiter.api.Tag;

/**
 * The scenarios on embedded Jetty 12.1 with its ee11 environment (Servlet 6.1), in the surefire
 * run that swaps Jetty 12.0 for Jetty 12.1 on the class path.
 */
@Tag("servlet-6.1")
class Jetty121ScenariosTest extends JettyScenariosTest {

    @Override
    ServletServer start(TestApp app) throws Exception {
        return ServletServer.jetty(app, "ee11");
    }

    @Override
    String readmeColumn() {
        return "Jetty 12.1";
    }
}
