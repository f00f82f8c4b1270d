package io.github.statuscodes.spring;

import java.io.IOException;
import java.io.InputStream;

/**
 * Aborts the connection under an Apache HttpClient 5 response body, whose close would read the
 * body to its end. HttpClient 5 is optional: without it on the class path this does nothing.
 */
final class Hc5Bodies {
    private static final boolean PRESENT = present();

    private Hc5Bodies() {
    }

    /** Aborts {@code body}'s connection when it is HttpClient 5's; else does nothing. */
    static void abort(InputStream body) throws IOException {
        if (PRESENT) {
            Hc5.abort(body);
        }
    }

    private static boolean present() {
        try {
            Class.forName("org.apache.hc.core5.http.io.EofSensorInputStream", false,
                    Hc5Bodies.class.getClassLoader());
            return true;
        } catch (ClassNotFoundException | LinkageError e) {
            return false;
        }
    }

    /** Loaded only when HttpClient 5 is present. */
    private static final class Hc5 {
        static void abort(InputStream body) throws IOException {
            if (body instanceof org.apache.hc.core5.http.io.EofSensorInputStream) {
                ((org.apache.hc.core5.http.io.EofSensorInputStream) body).abort();
            }
        }
    }
}
