package io.github.statuscodes.spring;

import io.github.statuscodes.internal.Discards;
import java.io.IOException;
import java.io.InputStream;
import org.apache.hc.core5.http.io.EofSensorInputStream;
import org.springframework.util.ClassUtils;

/**
 * Aborts the connection under Apache HttpClient 5's classic body stream, whose close would read
 * the body to its end; loaded only when HttpClient 5 is on the class path.
 */
final class HttpComponentsAbort implements Discards.Abort {
    /** The hook for this class path: this one with HttpClient 5, else none. */
    static final Discards.Abort HOOK = ClassUtils.isPresent(
            "org.apache.hc.core5.http.io.EofSensorInputStream",
            HttpComponentsAbort.class.getClassLoader()) ? new HttpComponentsAbort()
                    : Discards.Abort.NONE;

    @Override
    public void abort(InputStream body) throws IOException {
        if (body instanceof EofSensorInputStream) {
            ((EofSensorInputStream) body).abort();
        }
    }
}
