package io.github.statuscodes.spring;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Fails every test class after which Netty's leak detector has reported a leak
 * ({@link LeakRecorder}). Registered for every test class of this module, the Boot starter and
 * the Boot 4 run (META-INF/services, with {@code junit.jupiter.extensions.autodetection.enabled}
 * in their surefire configuration). Buffers left unreleased by the class are collected first:
 * the detector reports a leak only when a collected buffer is found at a later allocation.
 */
public class LeakCheck implements AfterAllCallback {

    @Override
    public void afterAll(ExtensionContext context) throws Exception {
        LeakRecorder.collect(3, () -> { });
        if (!LeakRecorder.LEAKS.isEmpty()) {
            List<String> leaks = new ArrayList<>(LeakRecorder.LEAKS);
            LeakRecorder.LEAKS.clear();
            throw new AssertionError(leaks.size() + " Netty buffer(s) were never released during or"
                    + " before " + context.getDisplayName() + "; the first:\n" + leaks.get(0));
        }
    }
}
