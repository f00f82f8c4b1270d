package io.github.statuscodes.servlet;

/** The scenarios on Undertow 2.3. */
class UndertowScenariosTest extends ContainerScenarios {

    @Override
    ServletServer start(TestApp app) throws Exception {
        return ServletServer.undertow(app);
    }

    /**
     * Not with HTTP/2: Undertow 2.3 accepted h2c with prior knowledge, but after a stream reset
     * during a large download it sometimes neither ended the request nor wrote its access log line
     * within 10 s, so its HTTP/2 rows would be guesses.
     */
    @Override
    boolean h2c() {
        return false;
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

    @Override
    String answerToMalformedChunkedBody() {
        return null; // UT000042: Undertow closes the connection, the application's 400 is lost
    }

    @Override
    String readmeColumn() {
        return "Undertow 2.3";
    }
}
