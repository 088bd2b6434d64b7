package app.encore.forecast.web;

import app.encore.base.ui.Texts;
import app.encore.forecast.CrowdOdds;
import app.encore.forecast.CrowdOddsFeed;
import app.encore.forecast.CrowdOddsService;
import app.encore.show.OfficialStatus;
import app.encore.show.OfficialStatusFeed;
import com.vaadin.flow.shared.Registration;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.SmartLifecycle;
import org.springframework.http.MediaType;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;
import tools.jackson.databind.json.JsonMapper;

/**
 * The widgets' live streams on this node, cheap to hold and gone soon after their readers:
 * <ul>
 * <li>one subscription per show, however many widgets show it: a change is put into words once per
 * language and written to every stream of that show;</li>
 * <li>a heartbeat (an SSE comment) every {@code encore.embed.heartbeat} (20 s), so a stream whose
 * reader has left is found at the next write and released within that time, not kept until the show
 * next changes;</li>
 * <li>at most {@code encore.embed.max-streams} (4,000) streams on the node and
 * {@code encore.embed.max-streams-per-address} (8) from one address: a widget over either bound gets
 * the odds and is told to come back in 30 s, which its browser's {@code EventSource} does by itself, so
 * it polls without a word of difference to its reader. The node's bound keeps Tomcat's connections
 * ({@code server.tomcat.max-connections}, 10,000) free for pages: a stream holds a connection, not a
 * thread;</li>
 * <li>every event carries the show's status as its id, so a widget that comes back after an
 * announcement is told to reload;</li>
 * <li>streams that end as streams do (a reader gone, the lifetime over, shutdown) log nothing above
 * DEBUG, and shutdown ends every stream at once.</li>
 * </ul>
 */
@Component
class WidgetStreams implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(WidgetStreams.class);

    /** How long a stream lives before the widget reconnects (and is counted again). */
    static final Duration LIFETIME = Duration.ofMinutes(10);
    /** How soon a widget over a bound asks again. */
    static final Duration POLL_EVERY = Duration.ofSeconds(30);
    /** How soon a widget whose stream ended reconnects. */
    static final Duration RECONNECT = Duration.ofSeconds(5);

    /** One open stream: its emitter, its reader's language and address. */
    private record Stream(SseEmitter emitter, long showId, Texts texts, String address) {
    }

    /** The streams of one show and the one subscription that feeds them. */
    private static final class ShowStreams {
        final Set<Stream> streams = ConcurrentHashMap.newKeySet();
        final List<Registration> registrations = new ArrayList<>();
        volatile OfficialStatus status;

        ShowStreams(OfficialStatus status) {
            this.status = status;
        }
    }

    private final CrowdOddsFeed feed;
    private final OfficialStatusFeed statusFeed;
    private final CrowdOddsService crowd;
    private final JsonMapper json;
    private final int maxStreams;
    private final int maxPerAddress;
    private final Map<Long, ShowStreams> shows = new ConcurrentHashMap<>();
    private final Map<String, AtomicInteger> perAddress = new ConcurrentHashMap<>();
    private final AtomicInteger open = new AtomicInteger();
    private volatile boolean running;

    WidgetStreams(CrowdOddsFeed feed, OfficialStatusFeed statusFeed, CrowdOddsService crowd, JsonMapper json,
            @Value("${encore.embed.max-streams:4000}") int maxStreams,
            @Value("${encore.embed.max-streams-per-address:8}") int maxPerAddress) {
        this.feed = feed;
        this.statusFeed = statusFeed;
        this.crowd = crowd;
        this.json = json;
        this.maxStreams = maxStreams;
        this.maxPerAddress = maxPerAddress;
    }

    /**
     * A stream of the show's odds for one widget, or, over a bound, the odds now and "ask again in 30 s".
     *
     * @param lastStatus the status the widget last heard (the {@code Last-Event-ID} it sends back), if any
     */
    SseEmitter open(long showId, OfficialStatus status, Texts texts, String address, String lastStatus) {
        if (lastStatus != null && !lastStatus.isBlank() && !lastStatus.equals(status.name())) {
            // Announced since this widget last heard: it reloads and shows the outcome.
            return once(SseEmitter.event().name("status").id(status.name())
                    .data(Map.of("status", status.name()), MediaType.APPLICATION_JSON).reconnectTime(RECONNECT.toMillis()));
        }
        if (!running || !take(address)) {
            return once(oddsEvent(crowd.odds(showId), status, texts).reconnectTime(POLL_EVERY.toMillis()));
        }
        var emitter = new SseEmitter(LIFETIME.toMillis());
        var stream = new Stream(emitter, showId, texts, address);
        emitter.onCompletion(() -> release(stream));
        // Completing on time-out ends the request quietly (no 503, no warning): the widget reconnects.
        emitter.onTimeout(emitter::complete);
        emitter.onError(error -> release(stream));
        ShowStreams show = shows.compute(showId, (id, existing) -> {
            ShowStreams streams = existing != null ? existing : subscribe(id, status);
            streams.streams.add(stream);
            return streams;
        });
        send(stream, oddsEvent(crowd.odds(showId), show.status, texts).reconnectTime(RECONNECT.toMillis()));
        return emitter;
    }

    /** How many streams are open on this node. */
    int count() {
        return open.get();
    }

    private boolean take(String address) {
        if (open.incrementAndGet() > maxStreams) {
            open.decrementAndGet();
            return false;
        }
        AtomicInteger fromAddress = perAddress.computeIfAbsent(address, a -> new AtomicInteger());
        if (fromAddress.incrementAndGet() > maxPerAddress) {
            fromAddress.decrementAndGet();
            open.decrementAndGet();
            return false;
        }
        return true;
    }

    private ShowStreams subscribe(long showId, OfficialStatus status) {
        ShowStreams streams = new ShowStreams(status);
        streams.registrations.add(feed.subscribe(showId, odds -> broadcast(showId, odds)));
        streams.registrations.add(statusFeed.subscribe(showId, changed -> {
            ShowStreams current = shows.get(showId);
            if (current != null) {
                current.status = changed.status();
                var event = SseEmitter.event().name("status").id(changed.status().name())
                        .data(Map.of("status", changed.status().name()), MediaType.APPLICATION_JSON);
                current.streams.forEach(stream -> send(stream, event));
            }
        }));
        return streams;
    }

    /** A change: put into words once per language, written to every stream of the show. */
    private void broadcast(long showId, CrowdOdds odds) {
        ShowStreams show = shows.get(showId);
        if (show == null) {
            return;
        }
        Map<java.util.Locale, SseEmitter.SseEventBuilder> events = new HashMap<>();
        for (Stream stream : show.streams) {
            send(stream, events.computeIfAbsent(stream.texts().locale(), language -> oddsEvent(odds, show.status,
                    stream.texts())));
        }
    }

    private SseEmitter.SseEventBuilder oddsEvent(CrowdOdds odds, OfficialStatus status, Texts texts) {
        OddsFigures figures = OddsFigures.of(odds, status, texts);
        Map<String, String> data = Map.of("percent", figures.percent(), "label", figures.label(),
                "detail", figures.detail(),
                "announce", odds.hasForecasts() ? texts.get("embed.updated", odds.median()) : "");
        // Written as text: the same bytes for every stream of this language.
        return SseEmitter.event().name("odds").id(status.name()).data(json.writeValueAsString(data));
    }

    /** Tells every stream it is alive; a stream whose reader left fails here and is released. */
    @Scheduled(fixedDelayString = "${encore.embed.heartbeat:20s}", initialDelayString = "${encore.embed.heartbeat:20s}")
    void heartbeat() {
        var beat = SseEmitter.event().comment("");
        shows.values().forEach(show -> show.streams.forEach(stream -> send(stream, beat)));
    }

    /**
     * Runs on the feed's or the heartbeat's thread. An event is ~200 bytes, so a write returns at once
     * until a reader's TCP buffer is full; a reader that has gone is released at its first failed write.
     */
    private void send(Stream stream, SseEmitter.SseEventBuilder event) {
        try {
            stream.emitter().send(event);
        } catch (IOException | IllegalStateException gone) {
            // The reader went away. After a failed write the container reports the error and Spring
            // completes the request: nothing more to do with the emitter (completing it here as well
            // raced with that and threw, which bench/soak.sh found).
            log.debug("A widget's event stream ended: {}", gone.getMessage());
            release(stream);
        }
    }

    private void release(Stream stream) {
        ShowStreams show = shows.get(stream.showId());
        if (show == null || !show.streams.remove(stream)) {
            return;
        }
        open.decrementAndGet();
        perAddress.computeIfPresent(stream.address(), (address, count) -> count.decrementAndGet() <= 0 ? null : count);
        shows.computeIfPresent(stream.showId(), (id, streams) -> {
            if (!streams.streams.isEmpty()) {
                return streams;
            }
            streams.registrations.forEach(Registration::remove);
            return null;
        });
    }

    /** An answer of one event that ends at once: the widget asks again after the event's retry time. */
    private static SseEmitter once(SseEmitter.SseEventBuilder event) {
        var emitter = new SseEmitter(POLL_EVERY.toMillis());
        try {
            emitter.send(event);
            emitter.complete();
        } catch (IOException | IllegalStateException gone) {
            log.debug("A widget left before its answer: {}", gone.getMessage());
        }
        return emitter;
    }

    @Override
    public void start() {
        running = true;
    }

    /** Shutdown: every stream ends now, so the server need not wait for them. */
    @Override
    public void stop() {
        running = false;
        shows.values().forEach(show -> show.streams.forEach(stream -> {
            try {
                stream.emitter().complete();
            } catch (IllegalStateException alreadyOver) {
                // ended meanwhile
            }
            release(stream);
        }));
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    /** Before the web server stops taking requests and waits for those in flight. */
    @Override
    public int getPhase() {
        return SmartLifecycle.DEFAULT_PHASE;
    }
}
