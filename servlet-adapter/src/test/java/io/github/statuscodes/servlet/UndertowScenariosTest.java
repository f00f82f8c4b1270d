package io.github.statuscodes.servlet;

/** The scenarios on Undertow 2.3. */
class UndertowScenariosTest extends ContainerScenarios {

    @Override
    ServletServer start(TestApp app) throws Exception {
        return ServletServer.undertow(app);
    }

    @Override
    String reasonOnStatusLine(int code) {
        return code == 503 ? "Service Unavailable" : "Unknown";
    }

    @Override
    String loggedForDownloadAbort(String mode) {
        // Undertow writes the access log line when the connection closes, which can be before
        // the servlet's next write fails and the filter records: the attribute may be missing.
        return "200 (-|499)";
    }

    @Override
    String loggedForUploadAbort(boolean rethrown) {
        return rethrown ? "500 460" : "499 499";
    }
}
