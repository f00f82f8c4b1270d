package io.github.statuscodes.servlet;

/** The scenarios on embedded Tomcat 10.1. */
class TomcatScenariosTest extends ContainerScenarios {

    @Override
    ServletServer start(TestApp app) throws Exception {
        return ServletServer.tomcat(app);
    }

    @Override
    boolean recyclesRequests() {
        return true;
    }

    @Override
    String reasonOnStatusLine(int code) {
        return ""; // Tomcat sends no reason phrase at all
    }

    @Override
    String loggedForDownloadAbort(String mode) {
        // Tomcat turns an I/O error in an async request into a 500 of its own, when its
        // AsyncListener.onError comes before the application completes the request.
        return mode.equals("async") ? "(200|500) 499" : "200 499";
    }

    @Override
    String loggedForUploadAbort(boolean rethrown) {
        // Tomcat sets 400 itself after a failed body read, over the filter's 499.
        return rethrown ? "400 460" : "400 499";
    }

    @Override
    String answerToMalformedChunkedBody() {
        // Tomcat marks the request as failed with 400 itself and sends its own error page.
        return "(?s)<!doctype html>.*Invalid chunk header.*";
    }

    @Override
    String readmeColumn() {
        return "Tomcat 10.1";
    }
}
