package io.github.statuscodes.servlet;

import org.junit.jupiter.api.Tag;

/**
 * The scenarios on embedded Tomcat 11 (Servlet 6.1), in the surefire run that swaps Tomcat 10.1
 * for Tomcat 11 on the class path; Tomcat 11 behaves as 10.1 in every scenario.
 */
@Tag("servlet-6.1")
class Tomcat11ScenariosTest extends TomcatScenariosTest {

    @Override
    String readmeColumn() {
        return "Tomcat 11";
    }
}
