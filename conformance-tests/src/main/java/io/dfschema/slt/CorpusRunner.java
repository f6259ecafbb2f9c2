package io.dfschema.slt;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * Runs every {@code .slt} file below a folder ({@code .slt.part} files only run where
 * they are included), one after another, each on its own thread so a call stuck in the
 * driver can't hang the run: past the file's wall clock the running statement is
 * cancelled, the file's remaining records fail, and the next file starts on a new thread.
 */
public final class CorpusRunner {
    /** Extra time the watchdog gives the file thread after its own deadline check. */
    private static final Duration DEFAULT_GRACE = Duration.ofSeconds(15);

    private final RunConfig config;
    private final Duration grace;

    public CorpusRunner(RunConfig config) {
        this(config, DEFAULT_GRACE);
    }

    CorpusRunner(RunConfig config, Duration grace) {
        this.config = config;
        this.grace = grace;
    }

    public static List<Path> sltFiles(Path folder) throws IOException {
        try (Stream<Path> walk = Files.walk(folder)) {
            return walk.filter(Files::isRegularFile)
                    .filter(p -> p.getFileName().toString().endsWith(".slt"))
                    .sorted(Comparator.comparing(p -> Location.relative(folder, p), RustText::compareCodePoints))
                    .toList();
        }
    }

    /** Runs the files, handing each result to {@code onFile} as soon as it is known. */
    public List<FileResult> run(List<Path> files, Consumer<FileResult> onFile) {
        List<FileResult> results = new ArrayList<>();
        ExecutorService thread = newThread();
        for (Path file : files) {
            FileProgress progress = new FileProgress();
            long start = System.nanoTime();
            long deadline = start + config.fileTimeout().toNanos();
            Future<?> job = thread.submit(() -> new FileRunner(config).run(file, progress, deadline));
            try {
                job.get(config.fileTimeout().plus(grace).toMillis(), TimeUnit.MILLISECONDS);
            } catch (TimeoutException e) {
                JdbcExecutor executor = progress.executor();
                if (executor != null) {
                    executor.cancelRunning();
                }
                progress.note("file wall clock of " + config.fileTimeout().toSeconds()
                        + " s exceeded; abandoned its thread");
                progress.failRemaining("not run: file wall clock exceeded (a statement did not return)");
                job.cancel(true);
                thread.shutdownNow();
                thread = newThread();
            } catch (ExecutionException e) {
                progress.note("runner error: " + e.getCause());
                progress.failRemaining("not run: runner error: " + e.getCause());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
            long millis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
            FileResult result = new FileResult(Location.relative(config.setRoot(), file), progress.outcomes(),
                    progress.notes(), millis);
            results.add(result);
            onFile.accept(result);
        }
        thread.shutdownNow();
        try {
            FileRunner.emptyFolder(config.scratchDir(), false);
        } catch (RuntimeException e) {
            // a stuck file thread may still hold files there; the folder is a temp one
        }
        return results;
    }

    private static ExecutorService newThread() {
        return Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "slt-file");
            // An abandoned, stuck file thread must not keep the JVM alive.
            t.setDaemon(true);
            return t;
        });
    }
}
