package io.github.statuscodes.spring;

import io.netty.buffer.PooledByteBufAllocator;
import io.netty.util.ResourceLeakDetector;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Netty's leak detector, installed for every Netty resource type by
 * {@code -Dio.netty.customResourceLeakDetector} (see pom.xml), that also records each leak it
 * reports, so that a test can assert there was none.
 */
// Netty may create a custom detector through the deprecated three-argument constructor.
@SuppressWarnings("deprecation")
public class LeakRecorder<T> extends ResourceLeakDetector<T> {
    static final List<String> LEAKS = new CopyOnWriteArrayList<>();

    public LeakRecorder(Class<?> resourceType, int samplingInterval, long maxActive) {
        super(resourceType, samplingInterval, maxActive);
    }

    public LeakRecorder(Class<?> resourceType, int samplingInterval) {
        super(resourceType, samplingInterval);
    }

    @Override
    protected void reportTracedLeak(String resourceType, String records) {
        LEAKS.add(resourceType + ": " + records);
        super.reportTracedLeak(resourceType, records);
    }

    @Override
    protected void reportUntracedLeak(String resourceType) {
        LEAKS.add(resourceType);
        super.reportUntracedLeak(resourceType);
    }

    /**
     * Collects garbage and allocates a pooled buffer, {@code rounds} times, running
     * {@code afterEach} after each round: the detector reports a collected, unreleased buffer
     * only at a later allocation.
     */
    static void collect(int rounds, Runnable afterEach) throws InterruptedException {
        for (int i = 0; i < rounds; i++) {
            System.gc();
            Thread.sleep(20);
            PooledByteBufAllocator.DEFAULT.buffer(16).release();
            afterEach.run();
        }
    }
}
