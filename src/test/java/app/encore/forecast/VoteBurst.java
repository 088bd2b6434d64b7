package app.encore.forecast;

import app.encore.EncoreApplication;
import app.encore.fan.FanId;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Encore in a process of its own, for {@link VotesSurviveACrashTest}: it starts on the H2 database in
 * the given folder, checks that every vote listed in the given file is stored (printing
 * {@code CHECKED <votes> MISSING <count>}), then saves votes from new fans as fast as it can on
 * several threads, printing {@code ACK <fan> <show> <probability>} as soon as each save has
 * returned, until it is killed.
 * <p>
 * Usage: {@code VoteBurst <data folder> <acknowledged votes file>}
 */
public final class VoteBurst {

    private VoteBurst() {
    }

    public static void main(String[] args) throws Exception {
        Path data = Path.of(args[0]);
        Path acknowledged = Path.of(args[1]);
        PrintStream out = new PrintStream(new java.io.FileOutputStream(java.io.FileDescriptor.out), false,
                StandardCharsets.UTF_8);
        ConfigurableApplicationContext encore = SpringApplication.run(EncoreApplication.class,
                "--server.port=0",
                "--spring.datasource.url=jdbc:h2:file:" + data.resolve("encore") + ";DB_CLOSE_ON_EXIT=FALSE",
                "--encore.forecast.changes-per-fan-per-minute=1000000",
                "--encore.forecast.changes-per-address-per-minute=1000000000",
                "--encore.forecast.new-fans-per-address-per-hour=1000000000",
                "--logging.level.root=warn", "--spring.main.banner-mode=off");
        JdbcClient jdbc = encore.getBean(JdbcClient.class);

        List<String> expected = Files.exists(acknowledged) ? Files.readAllLines(acknowledged) : List.of();
        long missing = expected.stream().filter(line -> !stored(jdbc, line)).count();
        out.println("CHECKED " + expected.size() + " MISSING " + missing);
        out.flush();

        Forecasting forecasting = encore.getBean(Forecasting.class);
        List<Long> shows = jdbc.sql("SELECT id FROM shows WHERE official_status = 'UNANNOUNCED' ORDER BY id")
                .query(Long.class).list();
        AtomicLong count = new AtomicLong();
        for (int t = 0; t < 8; t++) {
            Thread.ofPlatform().start(() -> {
                while (true) {
                    long n = count.incrementAndGet();
                    FanId fan = FanId.random();
                    long show = shows.get((int) (n % shows.size()));
                    int probability = (int) (n % 101);
                    forecasting.forecast(fan, "10.7." + (n % 250) + ".1", show, probability);
                    synchronized (out) {
                        out.println("ACK " + fan + " " + show + " " + probability);
                        out.flush();
                    }
                }
            });
        }
    }

    /** The fan's current forecast and its history row both hold the acknowledged probability. */
    private static boolean stored(JdbcClient jdbc, String line) {
        String[] ack = line.split(" ");
        UUID fan = UUID.fromString(ack[1]);
        long show = Long.parseLong(ack[2]);
        int probability = Integer.parseInt(ack[3]);
        int current = jdbc.sql("SELECT COUNT(*) FROM forecast WHERE fan_id = :fan AND show_id = :show AND probability = :p")
                .param("fan", fan).param("show", show).param("p", probability).query(Integer.class).single();
        int history = jdbc.sql("SELECT COUNT(*) FROM forecast_history WHERE fan_id = :fan AND show_id = :show"
                        + " AND probability = :p").param("fan", fan).param("show", show).param("p", probability)
                .query(Integer.class).single();
        return current == 1 && history == 1;
    }
}
