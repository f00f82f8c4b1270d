package io.github.statuscodes.resilience4j;

import io.github.statuscodes.internal.Discards;
import java.io.IOException;
import java.io.InputStream;
import org.apache.hc.core5.http.io.EofSensorInputStream;

/**
 * Aborts the connection under Apache HttpClient 5's classic body stream (also under Spring's
 * HttpClient 5 request factory), whose close would read the body to its end; used only when
 * httpcore5 is on the class path.
 */
final class HttpComponentsAbort implements Discards.Abort {
    /** The hook for this class path: this one with httpcore5, else none. */
    static final Discards.Abort HOOK = present() ? new HttpComponentsAbort() : Discards.Abort.NONE;

    @Override
    public void abort(InputStream body) throws IOException {
        if (body instanceof EofSensorInputStream) {
            ((EofSensorInputStream) body).abort();
        }
    }

    private static boolean present() {
        try {
            Class.forName("org.apache.hc.core5.http.io.EofSensorInputStream", false,
                    HttpComponentsAbort.class.getClassLoader());
            return true;
        } catch (ClassNotFoundException | LinkageError e) {
            return false;
        }
    }
}
