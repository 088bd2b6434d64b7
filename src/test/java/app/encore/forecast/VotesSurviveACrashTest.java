package app.encore.forecast;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.util.FileSystemUtils;

/**
 * A fan who was told "You said 80 %" finds 80 % after a crash. Encore runs in its own process on an
 * H2 file database while eight threads save votes from new fans as fast as they can; the process is
 * killed with SIGKILL (as {@code kill -9}) at a random moment, started again on the same data, and
 * every vote whose save had returned must be there. Three crashes in a row.
 */
class VotesSurviveACrashTest {

    static final int CRASHES = 3;

    private Path data;
    private Process encore;

    @BeforeEach
    void freshDatabase() throws IOException {
        data = Files.createTempDirectory("encore-crash");
    }

    @AfterEach
    void cleanUp() {
        if (encore != null) {
            encore.destroyForcibly();
        }
        FileSystemUtils.deleteRecursively(data.toFile());
    }

    @Test
    void every_vote_whose_save_returned_is_there_after_kill_9_and_a_restart() throws Exception {
        Path acknowledged = data.resolve("acknowledged.txt");
        for (int crash = 1; crash <= CRASHES; crash++) {
            encore = start(acknowledged);
            List<String> votes = new ArrayList<>();
            var reader = new BufferedReader(new InputStreamReader(encore.getInputStream(), StandardCharsets.UTF_8));
            assertChecked(reader);

            // Votes keep coming; the crash lands at a random moment between half a second and three seconds in.
            CompletableFuture<Void> reading = CompletableFuture.runAsync(() -> readAcks(reader, votes));
            waitForFirstVote(votes);
            Thread.sleep(ThreadLocalRandom.current().nextLong(500, 3_000));
            encore.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
            reading.get(30, TimeUnit.SECONDS);

            List<String> complete;
            synchronized (votes) {
                complete = List.copyOf(votes);
            }
            assertThat(complete.size()).as("votes acknowledged before crash %d", crash).isGreaterThan(100);
            System.out.printf("crash %d: %,d votes acknowledged before kill -9%n", crash, complete.size());
            Files.write(acknowledged, complete, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        }
        encore = start(acknowledged);
        var reader = new BufferedReader(new InputStreamReader(encore.getInputStream(), StandardCharsets.UTF_8));
        assertChecked(reader);
    }

    /** Reads Encore's output up to its check of the votes saved so far: none may be missing. */
    private void assertChecked(BufferedReader reader) throws IOException {
        var log = new StringBuilder();
        String line = reader.readLine();
        while (line != null && !line.startsWith("CHECKED ")) {
            log.append(line).append('\n');
            line = reader.readLine();
        }
        assertThat(line).as("Encore started again and checked the votes (output: %s, errors: %s)", log,
                Files.exists(data.resolve("encore.log")) ? Files.readString(data.resolve("encore.log")) : "")
                .isNotNull().endsWith(" MISSING 0");
    }

    private static void readAcks(BufferedReader reader, List<String> votes) {
        try {
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                // A line cut off by the kill is not an acknowledgement.
                if (line.matches("ACK [0-9a-f-]{36} \\d+ \\d+")) {
                    synchronized (votes) {
                        votes.add(line);
                    }
                }
            }
        } catch (IOException killed) {
            // The process is gone: everything it printed has been read.
        }
    }

    private static void waitForFirstVote(List<String> votes) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (System.nanoTime() < deadline) {
            synchronized (votes) {
                if (!votes.isEmpty()) {
                    return;
                }
            }
            Thread.sleep(20);
        }
        throw new IllegalStateException("No vote was saved within 60 s");
    }

    private Process start(Path acknowledged) throws IOException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        return new ProcessBuilder(java, "-Xmx512m", "-cp", System.getProperty("java.class.path"),
                VoteBurst.class.getName(), data.toString(), acknowledged.toString())
                .redirectError(data.resolve("encore.log").toFile())
                .start();
    }
}
