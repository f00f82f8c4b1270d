package io.github.statuscodes.feign;

import io.github.statuscodes.internal.Discards;
import java.io.IOException;
import java.io.InputStream;
import org.apache.hc.core5.http.io.EofSensorInputStream;

/**
 * Aborts the connection under Apache HttpClient 5's classic body stream ({@code feign-hc5}),
 * whose close would read the body to its end; used only when HttpClient 5 is on the class path.
 */
final class HttpComponentsAbort implements Discards.Abort {
    /** The hook for this class path: this one with HttpClient 5, else none. */
    static final Discards.Abort HOOK = present() ? new HttpComponentsAbort() : Discards.Abort.NONE;

    @Override
    public void abort(InputStream body) throws IOException {
        try {
            if (body instanceof EofSensorInputStream) {
                ((EofSensorInputStream) body).abort();
            }
        } catch (LinkageError e) {
            // HttpClient 5 out of this module's reach: the body is closed as it is
        }
    }

    /**
     * Whether HttpClient 5 is there, made readable: on the module path with httpcore5 on the class
     * path, this module must read the unnamed module before it may touch the stream's class.
     */
    private static boolean present() {
        try {
            Class<?> c = Class.forName("org.apache.hc.core5.http.io.EofSensorInputStream", false,
                    HttpComponentsAbort.class.getClassLoader());
            Module self = HttpComponentsAbort.class.getModule();
            if (!self.canRead(c.getModule())) {
                self.addReads(c.getModule());
            }
            return true;
        } catch (ClassNotFoundException | LinkageError | RuntimeException e) {
            return false;
        }
    }
}
