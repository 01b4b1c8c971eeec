package vn.da06.bench;

import java.io.IOException;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.MemoryUsage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicLong;
import javax.management.NotificationEmitter;
import javax.management.openmbean.CompositeData;

import com.sun.management.GarbageCollectionNotificationInfo;

/**
 * Measures one phase: wall time, peak heap (the heap used just before each collection, and what survived it), and
 * the process's peak resident set (VmHWM, reset before the phase through /proc/self/clear_refs).
 */
final class Probe {

    /** What one phase cost. Heap figures in bytes, RSS in kB; -1 when the platform does not tell. */
    record Cost(long nanos, long peakHeapBytes, long peakLiveHeapBytes, long peakRssKb) {
        double seconds() {
            return nanos / 1e9;
        }
    }

    private static final AtomicLong PEAK_BEFORE_GC = new AtomicLong();
    private static final AtomicLong PEAK_AFTER_GC = new AtomicLong();

    static {
        for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
            ((NotificationEmitter) gc).addNotificationListener((notification, handback) -> {
                if (!GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION.equals(notification.getType())) {
                    return;
                }
                var info = GarbageCollectionNotificationInfo.from((CompositeData) notification.getUserData()).getGcInfo();
                PEAK_BEFORE_GC.accumulateAndGet(heap(info.getMemoryUsageBeforeGc()), Math::max);
                PEAK_AFTER_GC.accumulateAndGet(heap(info.getMemoryUsageAfterGc()), Math::max);
            }, null, null);
        }
    }

    private Probe() {
    }

    private static long heap(Map<String, MemoryUsage> usage) {
        long sum = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            MemoryUsage u = usage.get(pool.getName());
            if (pool.getType() == MemoryType.HEAP && u != null) {
                sum += u.getUsed();
            }
        }
        return sum;
    }

    static <T> T run(Callable<T> phase, Cost[] cost) throws Exception {
        System.gc();
        PEAK_BEFORE_GC.set(0);
        PEAK_AFTER_GC.set(0);
        resetRss();
        long start = System.nanoTime();
        T result = phase.call();
        long nanos = System.nanoTime() - start;
        long now = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
        cost[0] = new Cost(nanos, Math.max(PEAK_BEFORE_GC.get(), now), PEAK_AFTER_GC.get(), rssPeakKb());
        return result;
    }

    private static void resetRss() {
        try {
            Files.writeString(Path.of("/proc/self/clear_refs"), "5");
        } catch (IOException | RuntimeException e) {
            // not Linux, or not allowed: VmHWM is then the peak since the JVM started
        }
    }

    private static long rssPeakKb() {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
                if (line.startsWith("VmHWM:")) {
                    return Long.parseLong(line.replaceAll("\\D", ""));
                }
            }
        } catch (IOException | RuntimeException e) {
            return -1;
        }
        return -1;
    }
}
