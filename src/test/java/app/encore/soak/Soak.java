package app.encore.soak;

import static org.assertj.core.api.Assertions.assertThat;

import app.encore.fan.FanId;
import app.encore.fan.FanPasskeys;
import app.encore.fan.Fans;
import app.encore.forecast.Forecasting;
import app.encore.rumor.Moderation;
import app.encore.rumor.ModerationState;
import app.encore.rumor.RumorDraft;
import app.encore.rumor.RumorItem;
import app.encore.rumor.Rumors;
import app.encore.rumor.SourceKind;
import app.encore.rumor.Verdict;
import app.encore.show.CatalogueExchange;
import app.encore.show.OfficialStatus;
import app.encore.show.ShowAdministration;
import app.encore.support.ProofOfWorkSolver;
import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.IThrowableProxy;
import ch.qos.logback.core.AppenderBase;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import jakarta.servlet.http.HttpSessionEvent;
import jakarta.servlet.http.HttpSessionListener;
import java.io.IOException;
import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Encore over a long stretch with every lifetime it lets us shorten made short: the pool's
 * connections live 30 s (the least Hikari allows) and idle 10 s, sessions end after 1 minute, a
 * visitor's after 30 s, and the caches of 5 s to 5 minutes expire many times over. Meanwhile every kind
 * of write runs on a schedule through the same services the screens call (votes from new and known
 * fans, rumors, moderation, status changes that resolve questions, catalogue imports, passkey
 * ceremonies, fans deleting themselves), widget streams are opened and dropped without a goodbye as
 * readers who leave do, two kiosks stay open in Chromium, and {@code bench/soak.sh} runs the Gatling fan
 * journey against it at modest load. Every few minutes it prints errors by kind, the heap after a full
 * GC, threads, open files, sockets and HTTP sessions; at the end it fails on any error or growth.
 * <p>
 * Not a test of {@code ./mvnw verify} (its name ends in neither Test nor Benchmark): run by
 * {@code bench/soak.sh}, which sets {@code soak.minutes} (60) and {@code soak.report-minutes} (5).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
    "spring.datasource.hikari.max-lifetime=30000",
    "spring.datasource.hikari.idle-timeout=10000",
    "spring.datasource.hikari.minimum-idle=2",
    "server.servlet.session.timeout=1m",
    "encore.session.visitor-timeout=30s",
    "vaadin.heartbeatInterval=20",
    "encore.trusted-proxies=127.0.0.1,::1",
    "encore.rumor.submissions-per-fan-per-hour=1000",
    "logging.level.root=warn"})
class Soak {

    static final Duration LENGTH = Duration.ofMinutes(Long.getLong("soak.minutes", 60));
    static final Duration REPORT_EVERY = Duration.ofMinutes(Long.getLong("soak.report-minutes", 5));
    static final int STREAMS = 20;
    static final List<String> SHOWS = List.of("its-okay-to-not-be-okay", "crash-landing-on-you", "goblin",
            "moon-lovers-scarlet-heart-ryeo", "move-to-heaven", "my-name");

    @TestConfiguration
    static class Sessions {
        static final AtomicInteger alive = new AtomicInteger();

        @Bean
        HttpSessionListener sessionCounter() {
            return new HttpSessionListener() {
                @Override
                public void sessionCreated(HttpSessionEvent event) {
                    alive.incrementAndGet();
                }

                @Override
                public void sessionDestroyed(HttpSessionEvent event) {
                    alive.decrementAndGet();
                }
            };
        }
    }

    @LocalServerPort
    int port;

    @Autowired
    Forecasting forecasting;

    @Autowired
    Rumors rumors;

    @Autowired
    Moderation moderation;

    @Autowired
    ShowAdministration administration;

    @Autowired
    CatalogueExchange exchange;

    @Autowired
    FanPasskeys passkeys;

    @Autowired
    Fans fans;

    @Autowired
    JdbcClient jdbc;

    /** Writes done, by kind, and what went wrong, by kind: a log line at ERROR or a write that threw. */
    final Map<String, AtomicLong> done = new ConcurrentHashMap<>();
    final Map<String, AtomicLong> errors = new ConcurrentHashMap<>();
    final Map<String, AtomicLong> warnings = new ConcurrentHashMap<>();
    final List<FanId> knownFans = new java.util.concurrent.CopyOnWriteArrayList<>();
    final ConcurrentLinkedDeque<Long> openSoakShows = new ConcurrentLinkedDeque<>();
    final AtomicInteger imports = new AtomicInteger();
    final AtomicLong streamEvents = new AtomicLong();
    final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    record Sample(Instant at, long heapMiB, int threads, long files, long sockets, int sessions) {
    }

    @Test
    void encore_runs_for_the_whole_soak_without_an_error_or_growth() throws Exception {
        Files.createDirectories(Path.of("target/soak"));
        Files.writeString(Path.of("target/soak/port"), Integer.toString(port));
        countLogLines();
        ScheduledExecutorService writers = Executors.newScheduledThreadPool(4);
        schedule(writers, "vote", Duration.ofSeconds(1), this::vote);
        schedule(writers, "rumor", Duration.ofSeconds(15), this::rumor);
        schedule(writers, "moderation", Duration.ofSeconds(20), this::moderate);
        schedule(writers, "import", Duration.ofMinutes(2), this::importShow);
        schedule(writers, "status change", Duration.ofMinutes(2), this::resolve);
        schedule(writers, "passkey ceremony", Duration.ofSeconds(30), this::passkeyCeremony);
        schedule(writers, "fan deletion", Duration.ofMinutes(1), this::deleteFan);
        List<InputStream> streams = new ArrayList<>();
        schedule(writers, "widget streams", Duration.ofSeconds(10), () -> churnStreams(streams));

        List<Sample> samples = new ArrayList<>();
        Instant start = Instant.now();
        Instant end = start.plus(LENGTH);
        System.out.printf("SOAK Encore on port %d for %d min; every %d min: errors, heap after GC, threads, open files,"
                + " sockets, HTTP sessions%n", port, LENGTH.toMinutes(), REPORT_EVERY.toMinutes());
        try (var kiosks = Kiosks.open("http://localhost:" + port)) {
            while (Instant.now().isBefore(end)) {
                Thread.sleep(Math.min(REPORT_EVERY.toMillis(), Math.max(1, Duration.between(Instant.now(), end).toMillis())));
                kiosks.check(this);
                Sample sample = sample();
                samples.add(sample);
                System.out.printf("SOAK %3d min  heap %4d MiB  threads %4d  files %5d  sockets %4d  sessions %4d  writes %s"
                        + "  stream events %d  errors %s  warnings %s%n",
                        Duration.between(start, sample.at()).toMinutes(), sample.heapMiB(), sample.threads(), sample.files(),
                        sample.sockets(), sample.sessions(), totals(done), streamEvents.get(), totals(errors), totals(warnings));
            }
        } finally {
            writers.shutdownNow();
            writers.awaitTermination(10, TimeUnit.SECONDS);
            streams.forEach(Soak::closeQuietly);
        }

        assertThat(totals(errors)).as("errors over the soak").isEmpty();
        for (String kind : List.of("vote", "rumor", "moderation", "import", "status change", "passkey ceremony",
                "fan deletion", "widget streams")) {
            assertThat(done.getOrDefault(kind, new AtomicLong()).get()).as("writes of kind " + kind).isPositive();
        }
        assertThat(streamEvents.get()).as("events read from widget streams").isPositive();
        // Growth: the last sample against the first after warming up (a fifth of the way through).
        Sample first = samples.get(Math.min(samples.size() - 1, Math.max(1, samples.size() / 5)));
        Sample last = samples.getLast();
        System.out.printf("SOAK growth from minute %d to %d: heap %+d MiB, threads %+d, files %+d, sockets %+d, sessions %+d%n",
                Duration.between(start, first.at()).toMinutes(), Duration.between(start, last.at()).toMinutes(),
                last.heapMiB() - first.heapMiB(), last.threads() - first.threads(), last.files() - first.files(),
                last.sockets() - first.sockets(), last.sessions() - first.sessions());
        assertThat(last.heapMiB()).as("heap after a full GC").isLessThanOrEqualTo(Math.max(first.heapMiB() + 32,
                first.heapMiB() * 13 / 10));
        assertThat(last.threads()).as("threads").isLessThanOrEqualTo(first.threads() + 20);
        assertThat(last.files()).as("open files").isLessThanOrEqualTo(first.files() + 50);
        assertThat(last.sockets()).as("sockets").isLessThanOrEqualTo(first.sockets() + 50);
        assertThat(last.sessions()).as("HTTP sessions").isLessThanOrEqualTo(first.sessions() + 100);
    }

    private void schedule(ScheduledExecutorService on, String kind, Duration every, Runnable write) {
        on.scheduleWithFixedDelay(() -> {
            SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                    "soak", null, AuthorityUtils.createAuthorityList("ROLE_ADMIN", "ROLE_MODERATOR")));
            try {
                write.run();
                done.computeIfAbsent(kind, k -> new AtomicLong()).incrementAndGet();
            } catch (RuntimeException e) {
                error(kind + ": " + e.getClass().getSimpleName() + ": " + e.getMessage());
            } finally {
                SecurityContextHolder.clearContext();
            }
        }, every.toMillis(), every.toMillis(), TimeUnit.MILLISECONDS);
    }

    void error(String kind) {
        errors.computeIfAbsent(kind.length() > 200 ? kind.substring(0, 200) : kind, k -> new AtomicLong()).incrementAndGet();
    }

    private static String address() {
        var random = ThreadLocalRandom.current();
        return "198.18." + random.nextInt(256) + "." + random.nextInt(1, 255);
    }

    private long showId(String slug) {
        return jdbc.sql("SELECT id FROM shows WHERE slug = :slug").param("slug", slug).query(Long.class).single();
    }

    private long openShow() {
        var random = ThreadLocalRandom.current();
        Long soakShow = openSoakShows.peekLast();
        return soakShow != null && random.nextBoolean() ? soakShow : showId(SHOWS.get(random.nextInt(SHOWS.size())));
    }

    void vote() {
        var random = ThreadLocalRandom.current();
        boolean known = !knownFans.isEmpty() && random.nextInt(3) > 0;
        FanId fan = known ? knownFans.get(random.nextInt(knownFans.size())) : FanId.random();
        String proof = forecasting.needsProof(fan) ? ProofOfWorkSolver.solve(forecasting.challenge()) : null;
        forecasting.forecast(fan, address(), null, openShow(), random.nextInt(101), proof);
        if (!known) {
            knownFans.add(fan);
        }
    }

    void rumor() {
        int n = ThreadLocalRandom.current().nextInt(1_000_000);
        rumors.submit(FanId.random(), openShow(), new RumorDraft("Soak rumor number " + n + " about a second season",
                "Heard at minute " + n, "https://press.example/soak/" + n, SourceKind.PRESS, LocalDate.now().minusDays(1)),
                ProofOfWorkSolver.solve(rumors.challenge()));
    }

    void moderate() {
        List<RumorItem> pending = moderation.list(ModerationState.PENDING, 0, 10);
        List<Long> publish = pending.stream().filter(item -> item.id() % 3 != 0).map(RumorItem::id).toList();
        List<Long> reject = pending.stream().filter(item -> item.id() % 3 == 0).map(RumorItem::id).toList();
        if (!publish.isEmpty()) {
            moderation.publish(publish);
            moderation.judge(publish.subList(0, 1), Verdict.DOUBTFUL, "No official word yet", null);
        }
        if (!reject.isEmpty()) {
            moderation.reject(reject, "Speculation, not a claim");
        }
    }

    void importShow() {
        int n = imports.incrementAndGet();
        String slug = "soak-" + Long.toString(System.nanoTime(), 36);
        byte[] file = ("""
                {"format": "encore-catalogue", "version": 1, "shows": [{"slug": "%s", "title": "Soak Show %d",
                 "visibility": "PUBLISHED", "network": "tvN", "synopsis": "Imported at round %d of the soak.",
                 "sources": [{"title": "Soak Show %d — tvN", "url": "https://tvn.example/%s",
                 "covers": ["TITLES", "BROADCAST", "SYNOPSIS"]}]}]}""").formatted(slug, n, n, n, slug)
                .getBytes(StandardCharsets.UTF_8);
        exchange.apply("soak-" + n + ".json", file, sha256(file));
        openSoakShows.addLast(showId(slug));
    }

    void resolve() {
        if (openSoakShows.size() < 2) {
            return;
        }
        long show = openSoakShows.pollFirst();
        boolean renewed = ThreadLocalRandom.current().nextBoolean();
        administration.setOfficialStatus(show, renewed ? OfficialStatus.RENEWED : OfficialStatus.CANCELLED,
                renewed ? "tvN confirms season 2" : "tvN ends the series", "https://tvn.example/status/" + show);
    }

    void passkeyCeremony() {
        FanId fan = knownFans.isEmpty() ? FanId.random() : knownFans.get(ThreadLocalRandom.current().nextInt(knownFans.size()));
        String origin = "http://localhost:" + port;
        var registration = passkeys.startRegistration(fan, origin);
        try {
            passkeys.finishRegistration(fan, registration, "{\"id\":\"forged\"}", "Soak", origin);
            error("passkey ceremony: a forged credential was accepted");
        } catch (RuntimeException refused) {
            // As it must be: a full registration needs the browser's authenticator (PasskeyInBrowserTest).
        }
        passkeys.startSignIn(origin);
    }

    void deleteFan() {
        if (knownFans.size() < 10) {
            return;
        }
        FanId fan = knownFans.remove(ThreadLocalRandom.current().nextInt(knownFans.size()));
        fans.delete(fan);
    }

    /** Keeps {@link #STREAMS} widget streams open, dropping two without a goodbye every round. */
    void churnStreams(List<InputStream> streams) {
        for (int i = 0; i < 2 && !streams.isEmpty(); i++) {
            closeQuietly(streams.removeFirst());
        }
        while (streams.size() < STREAMS) {
            String slug = SHOWS.get(ThreadLocalRandom.current().nextInt(SHOWS.size()));
            try {
                HttpResponse<InputStream> response = http.send(HttpRequest.newBuilder(
                                URI.create("http://localhost:" + port + "/embed/" + slug + "/events"))
                        .header("Accept", "text/event-stream").build(), HttpResponse.BodyHandlers.ofInputStream());
                if (response.statusCode() != 200) {
                    error("widget stream: HTTP " + response.statusCode());
                    closeQuietly(response.body());
                    return;
                }
                InputStream body = response.body();
                streams.add(body);
                Thread.ofVirtual().start(() -> read(body));
            } catch (IOException | InterruptedException e) {
                error("widget stream: " + e.getClass().getSimpleName());
                return;
            }
        }
    }

    private void read(InputStream body) {
        byte[] buffer = new byte[4096];
        try {
            for (int n; (n = body.read(buffer)) >= 0; ) {
                String text = new String(buffer, 0, n, StandardCharsets.UTF_8);
                if (text.contains("data:")) {
                    streamEvents.incrementAndGet();
                }
            }
        } catch (IOException closedByUs) {
            // a reader who left
        }
    }

    private static void closeQuietly(InputStream stream) {
        try {
            stream.close();
        } catch (IOException ignored) {
            // already gone
        }
    }

    private Sample sample() throws IOException {
        System.gc();
        var memory = ManagementFactory.getMemoryMXBean();
        long heap = memory.getHeapMemoryUsage().getUsed() >> 20;
        int threads = ManagementFactory.getThreadMXBean().getThreadCount();
        long files;
        long sockets;
        try (var fds = Files.list(Path.of("/proc/self/fd"))) {
            List<Path> all = fds.toList();
            files = all.size();
            sockets = all.stream().filter(fd -> {
                try {
                    return Files.readSymbolicLink(fd).toString().startsWith("socket:");
                } catch (IOException gone) {
                    return false;
                }
            }).count();
        }
        return new Sample(Instant.now(), heap, threads, files, sockets, Sessions.alive.get());
    }

    private static Map<String, Long> totals(Map<String, AtomicLong> counts) {
        var totals = new java.util.TreeMap<String, Long>();
        counts.forEach((kind, count) -> totals.put(kind, count.get()));
        return totals;
    }

    /** Counts every log line at WARN (by logger and message) and ERROR (an error) while the soak runs. */
    private void countLogLines() {
        LoggerContext context = (LoggerContext) LoggerFactory.getILoggerFactory();
        var appender = new AppenderBase<ILoggingEvent>() {
            @Override
            protected void append(ILoggingEvent event) {
                IThrowableProxy thrown = event.getThrowableProxy();
                String kind = event.getLoggerName().replaceAll(".*\\.", "") + ": "
                        + (thrown != null ? thrown.getClassName() : event.getFormattedMessage().replaceAll("\\d+", "N"));
                if (event.getLevel().isGreaterOrEqual(Level.ERROR)) {
                    error("log " + kind);
                } else if (event.getLevel().isGreaterOrEqual(Level.WARN)) {
                    warnings.computeIfAbsent(kind.length() > 120 ? kind.substring(0, 120) : kind, k -> new AtomicLong())
                            .incrementAndGet();
                }
            }
        };
        appender.setContext(context);
        appender.start();
        context.getLogger(Logger.ROOT_LOGGER_NAME).addAppender(appender);
    }

    private static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Two kiosks open in Chromium the whole time; each report checks they still say they are live. */
    static final class Kiosks implements AutoCloseable {
        static final Set<String> FLAGS = Set.of("--headless", "--no-sandbox", "--disable-gpu",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
                "--disable-quic");
        private final Playwright playwright;
        private final Browser browser;
        private final List<Page> pages = new ArrayList<>();

        private Kiosks(Playwright playwright, Browser browser) {
            this.playwright = playwright;
            this.browser = browser;
        }

        static Kiosks open(String base) {
            Playwright playwright = Playwright.create(new Playwright.CreateOptions()
                    .setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
            Browser browser = playwright.chromium().launch(new BrowserType.LaunchOptions()
                    .setExecutablePath(Path.of("/usr/bin/chromium")).setArgs(List.copyOf(FLAGS)));
            Kiosks kiosks = new Kiosks(playwright, browser);
            for (String query : List.of("?rotate=10", "?theme=light&lang=ko&rotate=15")) {
                Page page = browser.newContext(new Browser.NewContextOptions().setViewportSize(1920, 1080)).newPage();
                page.navigate(base + "/kiosk" + query);
                kiosks.pages.add(page);
            }
            return kiosks;
        }

        void check(Soak soak) {
            for (Page page : pages) {
                String connection = page.locator(".kiosk-connection").textContent();
                if (connection == null || !(connection.contains("Live") || connection.contains("실시간"))) {
                    soak.error("kiosk: says \"" + connection + "\"");
                } else {
                    soak.done.computeIfAbsent("kiosk checks", k -> new AtomicLong()).incrementAndGet();
                }
            }
        }

        @Override
        public void close() {
            browser.close();
            playwright.close();
        }
    }
}
