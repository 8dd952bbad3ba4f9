package dev.brief.cli;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Runs one task per item on a pool of threads and hands the results to a sink on the calling
 * thread, in input order, as google-java-format's Main does: what is printed or written never
 * depends on the number of threads. Workers run at most a few items ahead of the sink, so memory
 * stays bounded however many items there are. A task's failure reaches the caller at that item's
 * turn, as it would in a loop, and the items after it are never handed to the sink.
 */
final class Pool {
  /** How many items per thread may be done and waiting for the sink. */
  private static final int AHEAD = 4;

  private Pool() {}

  /** The work for one item; runs on a worker thread, so it must touch no shared state. */
  interface Task<T, R> {
    R run(T item) throws UserException;
  }

  /** What is done with each result, on the calling thread, in input order. */
  interface Sink<R> {
    void accept(R result) throws UserException;
  }

  static <T, R> void run(List<T> items, int jobs, Task<T, R> task, Sink<R> sink)
      throws UserException {
    if (jobs <= 1 || items.size() <= 1) {
      for (T item : items) {
        sink.accept(task.run(item));
      }
      return;
    }
    ExecutorService pool = Executors.newFixedThreadPool(Math.min(jobs, items.size()), threads());
    try {
      Deque<Future<R>> pending = new ArrayDeque<>();
      int next = 0;
      for (int i = 0; i < items.size(); i++) {
        while (next < items.size() && next < i + jobs * AHEAD) {
          T item = items.get(next++);
          pending.add(pool.submit(() -> task.run(item)));
        }
        sink.accept(await(pending.removeFirst()));
      }
    } finally {
      pool.shutdownNow();
    }
  }

  private static <R> R await(Future<R> future) throws UserException {
    try {
      return future.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while waiting for a brief", e);
    } catch (ExecutionException e) {
      Throwable cause = e.getCause();
      if (cause instanceof UserException user) {
        throw user;
      } else if (cause instanceof RuntimeException runtime) {
        throw runtime;
      } else if (cause instanceof Error error) {
        throw error;
      }
      throw new IllegalStateException(cause);
    }
  }

  /** Daemon threads, so a run that stops early never waits for work no one will use. */
  private static java.util.concurrent.ThreadFactory threads() {
    AtomicInteger count = new AtomicInteger();
    return runnable -> {
      Thread thread = new Thread(runnable, "brief-" + count.incrementAndGet());
      thread.setDaemon(true);
      return thread;
    };
  }
}
