package io.github.statuscodes.servlet;

/** The scenarios on embedded Jetty 12 (ee10). */
class JettyScenariosTest extends ContainerScenarios {

    @Override
    ServletServer start(TestApp app) throws Exception {
        return ServletServer.jetty(app);
    }

    @Override
    boolean hasFailureListeners() {
        return true;
    }

    @Override
    String reasonOnStatusLine(int code) {
        // Jetty's table of phrases ends at 511; above, it repeats the digits
        return code == 503 ? "Service Unavailable" : Integer.toString(code);
    }

    @Override
    String loggedForDownloadAbort(String mode) {
        return "200 499";
    }

    @Override
    String loggedForUploadAbort(boolean rethrown) {
        // Rethrown, Jetty logs the 400 its HttpEofException ("Early EOF") carries.
        return rethrown ? "400 460" : "499 499";
    }

    @Override
    String readmeColumn() {
        return "Jetty 12.0";
    }
}
