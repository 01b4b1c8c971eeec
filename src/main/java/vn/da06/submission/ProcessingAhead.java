package vn.da06.submission;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Decides the inbox files ahead of the step, on a few threads, while the step writes what was decided before: the
 * reader hands out the files in order, the processor takes each one's outcome, and at most {@code window} outcomes
 * wait in memory. Reading, writing and the step's counters stay on the step's own thread (one chunk transaction at
 * a time, in arrival order); only {@link WorkbookProcessor#process}, which writes nothing, runs in parallel. What it
 * decided is checked again where it matters, inside the chunk's transaction (a copy loaded meanwhile is a duplicate).
 */
class ProcessingAhead implements AutoCloseable {

    private final WorkbookProcessor processor;
    private final ReferenceData reference;
    private final int window;
    private final ExecutorService pool;
    private final Deque<InboxFile> upcoming = new ArrayDeque<>();
    private final Map<InboxFile, Future<ImportOutcome>> started = new HashMap<>();

    ProcessingAhead(WorkbookProcessor processor, int threads, int window) {
        this.processor = processor;
        this.reference = processor.referenceData();
        this.window = Math.max(window, 1);
        AtomicInteger count = new AtomicInteger();
        this.pool = Executors.newFixedThreadPool(Math.max(threads, 1), task -> {
            Thread thread = new Thread(task, "da06-import-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
    }

    /** The run's reference data, read once when the step started. */
    ReferenceData reference() {
        return reference;
    }

    /** The files the reader will hand out, in that order; deciding the first ones starts now. */
    synchronized void start(List<InboxFile> files) {
        upcoming.clear();
        upcoming.addAll(files);
        fill();
    }

    /** The outcome for a file, waiting for it if it is still being decided. */
    ImportOutcome outcome(InboxFile file) {
        Future<ImportOutcome> future;
        synchronized (this) {
            future = started.remove(file);
            if (future == null) {
                upcoming.remove(file); // not started yet (or not from the list): decide it now
                future = pool.submit(() -> processor.process(file, reference));
            }
            fill();
        }
        try {
            return future.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while reading " + file.display(), e);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof RuntimeException runtime) {
                throw runtime;
            }
            if (cause instanceof Error error) {
                throw error;
            }
            throw new IllegalStateException(cause);
        }
    }

    private void fill() {
        while (started.size() < window && !upcoming.isEmpty()) {
            InboxFile next = upcoming.poll();
            started.put(next, pool.submit(() -> processor.process(next, reference)));
        }
    }

    @Override
    public synchronized void close() {
        upcoming.clear();
        started.values().forEach(f -> f.cancel(true));
        started.clear();
        pool.shutdownNow();
    }
}
