package app.encore.load;

import static io.gatling.javaapi.core.CoreDsl.StringBody;
import static io.gatling.javaapi.core.CoreDsl.bodyString;
import static io.gatling.javaapi.core.CoreDsl.constantConcurrentUsers;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.global;
import static io.gatling.javaapi.core.CoreDsl.jsonPath;
import static io.gatling.javaapi.core.CoreDsl.percent;
import static io.gatling.javaapi.core.CoreDsl.rampConcurrentUsers;
import static io.gatling.javaapi.core.CoreDsl.regex;
import static io.gatling.javaapi.core.CoreDsl.responseTimeInMillis;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.core.CoreDsl.substring;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;
import static io.gatling.javaapi.http.HttpDsl.ws;

import app.encore.support.ProofOfWorkSolver;
import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.CheckBuilder;
import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Session;
import io.gatling.javaapi.core.Simulation;
import io.gatling.javaapi.http.HttpProtocolBuilder;
import io.gatling.javaapi.http.HttpRequestActionBuilder;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Fans using Encore the way browsers do, in Vaadin's own protocol: the page's document, the UI's init
 * request (which gives the UI id, the CSRF key and the push id), UIDL requests that navigate and send
 * what a fan typed and clicked (with the {@code clientId} each must carry, and the node ids of the odds
 * field and the save button, found by their element ids in the server's changes), push over a
 * WebSocket, heartbeats, and the beacon a closing tab sends.
 * <p>
 * Two kinds of fans, with think times: voters (home, a show, give odds, change them 30 s later) and
 * readers who never vote (home, a show, read for half a minute). A voter's first vote solves the proof
 * of work a new fan's first vote needs, as the browser's widget does, and every vote is checked saved. A closed model keeps {@code fans}
 * fans on the site at once: whoever leaves is replaced by a new fan. Run by {@code bench/load.sh},
 * which also measures the server; this prints its figures, and any failed request or unsaved vote
 * fails the run. Each fan comes from an
 * address of its own, sent as {@code X-Forwarded-For} as Encore's reverse proxy would.
 * <p>
 * System properties: {@code encore.url} (default http://127.0.0.1:18090), {@code fans} (250),
 * {@code ramp} seconds to reach them (30), {@code steady} seconds to hold them (120), {@code voters} the
 * percentage of fans who vote (40).
 */
public class FanJourneySimulation extends Simulation {

    static final String BASE = System.getProperty("encore.url", "http://127.0.0.1:18090");
    static final int FANS = Integer.getInteger("fans", 250);
    static final int RAMP_SECONDS = Integer.getInteger("ramp", 30);
    static final int STEADY_SECONDS = Integer.getInteger("steady", 120);
    /** The share of fans who vote, in percent; the others only read. */
    static final int VOTERS = Integer.getInteger("voters", 40);
    static final List<String> OPEN_SHOWS = List.of("its-okay-to-not-be-okay", "crash-landing-on-you", "goblin",
            "moon-lovers-scarlet-heart-ryeo", "move-to-heaven", "my-name");
    /** What a browser tells the server about itself when it asks for a UI, as Vaadin's client does. */
    static final String BROWSER = "&v-sh=844&v-sw=390&v-wh=844&v-ww=390&v-bh=844&v-bw=390&v-curdate=0&v-tzo=-540"
            + "&v-dstd=0&v-rtzo=-540&v-dston=false&v-tzid=Asia%2FSeoul&v-wn=v-0.5&v-td=true&v-pr=3"
            + "&v-np=Linux%20armv8l&v-cs=light&v-pv=VISIBLE&v-fs=NOT_FULLSCREEN&v-so=portrait-primary&v-soa=0"
            + "&v-tn=lumo&v-ga=PROMPT&v-wla=SUPPORTED&v-ws=false";
    static final String PUSH = "/VAADIN/push?v-r=push&v-uiId=#{ui}&v-pushId=#{pushId}&X-Atmosphere-tracking-id=0"
            + "&X-Atmosphere-Framework=4.0.1&X-Atmosphere-Transport=websocket&X-Atmosphere-TrackMessageSize=true"
            + "&Content-Type=application/json;%20charset=UTF-8&X-atmo-protocol=true&X-Vaadin-LastSeenServerSyncId=0";
    static final String CLICK = "{\"event.shiftKey\":false,\"event.metaKey\":false,\"event.detail\":1,"
            + "\"event.ctrlKey\":false,\"event.clientX\":200,\"event.clientY\":500,\"event.altKey\":false,"
            + "\"event.button\":0,\"event.screenY\":600,\"event.screenX\":210}";

    HttpProtocolBuilder protocol = http.baseUrl(BASE)
            .wsBaseUrl(BASE.replaceFirst("^http", "ws"))
            .acceptLanguageHeader("en-US,en;q=0.8,ko;q=0.6")
            .acceptEncodingHeader("gzip, deflate")
            .userAgentHeader("Mozilla/5.0 (Linux; Android 14) Encore load test (Gatling)")
            // Fans come from many addresses, as they reach Encore behind its reverse proxy (trusted from
            // loopback by bench/load.sh's --encore.trusted-proxies): each fan has one of its own, from the range
            // set aside for benchmarks (RFC 2544). Without it every fan shares 127.0.0.1 and the
            // per-address limit on changes (600 a minute) refuses votes that real fans would make.
            .header("X-Forwarded-For", "#{address}")
            .disableCaching();

    /**
     * A step of the journey, timed into {@link Figures} under its name (a failure counts as an error
     * there); a fan whose step failed leaves, as a real one would reload.
     */
    static ChainBuilder step(String name, HttpRequestActionBuilder request) {
        return exec(request.check(responseTimeInMillis().saveAs("rt")))
                .exec(session -> {
                    Figures.record(name, session.contains("rt") && !session.isFailed() ? session.getInt("rt") : -1);
                    return session.remove("rt");
                })
                .exitHereIfFailed();
    }

    /** A UIDL request of this UI with the next client id; the server refuses one out of order. */
    static HttpRequestActionBuilder uidl(String name, Function<Session, String> rpc, CheckBuilder... checks) {
        return http(name).post("/?v-r=uidl&v-uiId=#{ui}")
                .header("Content-Type", "application/json; charset=UTF-8")
                .body(StringBody(session -> "{\"csrfToken\":\"" + session.getString("csrf") + "\",\"rpc\":"
                        + rpc.apply(session) + ",\"syncId\":0,\"clientId\":" + session.getInt("clientId") + "}"))
                .check(status().is(200))
                .check(checks);
    }

    static ChainBuilder nextClientId() {
        return exec(session -> session.set("clientId", session.getInt("clientId") + 1));
    }

    static String navigate(String route) {
        return "[{\"type\":\"event\",\"node\":1,\"event\":\"ui-navigate\",\"data\":{\"route\":\"" + route
                + "\",\"query\":\"\",\"appShellTitle\":\"\",\"historyState\":null,\"trigger\":\"client\"}}]";
    }

    /** What a browser sends when a fan types a number into the odds field and presses "Save my odds". */
    static String giveOdds(Session session) {
        String field = session.getString("valueNode");
        return "[{\"type\":\"mSync\",\"node\":" + field + ",\"feature\":1,\"property\":\"value\",\"value\":\""
                + session.getString("odds") + "\"},{\"type\":\"event\",\"node\":" + field
                + ",\"event\":\"change\",\"data\":{}},{\"type\":\"event\",\"node\":" + session.getString("saveNode")
                + ",\"event\":\"click\",\"data\":" + CLICK + "}]";
    }

    /** Open the home page: the document, the UI, the first navigation, push. */
    ChainBuilder arrive = exec(session -> session.set("clientId", 0)
            .set("address", "198." + ThreadLocalRandom.current().nextInt(18, 20) + "."
                    + ThreadLocalRandom.current().nextInt(256) + "." + ThreadLocalRandom.current().nextInt(1, 255))
            .set("show", OPEN_SHOWS.get(ThreadLocalRandom.current().nextInt(OPEN_SHOWS.size()))))
            .exec(step("1 document GET /", http("document /").get("/").header("Accept", "text/html")
                    .check(status().is(200), substring("show-card"))))
            .exec(step("2 init UI", http("init UI").get("/?v-r=init&location=&query=" + BROWSER)
                    .check(status().is(200),
                            jsonPath("$.appConfig['v-uiId']").saveAs("ui"),
                            regex("\"Vaadin-Security-Key\":\"([^\"]+)\"").saveAs("csrf"),
                            regex("\"Vaadin-Push-ID\":\"([^\"]+)\"").saveAs("pushId"))))
            .exec(step("3 navigate home", uidl("navigate home", session -> navigate(""), substring("show-card"))))
            .exec(nextClientId())
            .exec(ws("push").connect(PUSH).await(10).on(ws.checkTextMessage("push open").check(regex("^\\d+\\|"))));

    /** Click a show's card: the show page comes over UIDL, with the ids of the odds field and button. */
    ChainBuilder openShow = exec(step("4 open a show", uidl("open a show",
                    session -> navigate("shows/" + session.getString("show")),
                    regex("\"node\":(\\d+),\"type\":\"put\",\"key\":\"id\",\"feat\":\\d+,\"value\":\"odds-value\"")
                            .saveAs("valueNode"),
                    regex("\"node\":(\\d+),\"type\":\"put\",\"key\":\"id\",\"feat\":\\d+,\"value\":\"odds-save\"")
                            .saveAs("saveNode"))))
            .exec(nextClientId());

    /** The proof-of-work widget the server adds to a new fan's first vote: its node and its challenge. */
    static final Pattern CHALLENGE = Pattern.compile(
            "\"node\":(\\d+),\"type\":\"put\",\"key\":\"challengejson\",\"feat\":\\d+,\"value\":\"((?:[^\"\\\\]|\\\\.)*)\"");

    /**
     * Gives odds as a browser does. A new fan's first vote needs the proof of work: the server answers
     * the click with the widget and its challenge, the browser solves it (a SHA-256 search, done here
     * as {@link ProofOfWorkSolver} does) and the widget's "verified" event saves the vote.
     */
    static ChainBuilder giveOdds(String name) {
        // A fan who changes their mind picks another number (the same one would change nothing on screen).
        return exec(session -> {
                    String before = session.contains("odds") ? session.getString("odds") : "";
                    String odds;
                    do {
                        odds = Integer.toString(ThreadLocalRandom.current().nextInt(0, 101));
                    } while (odds.equals(before));
                    return session.set("odds", odds);
                })
                .exec(step(name, uidl(name, FanJourneySimulation::giveOdds, bodyString().saveAs("answer"))))
                .exec(nextClientId())
                .exec(session -> {
                    Matcher challenge = CHALLENGE.matcher(session.getString("answer"));
                    if (!challenge.find()) {
                        return session.remove("challengeNode");
                    }
                    String json = challenge.group(2).replace("\\\"", "\"").replace("\\/", "/").replace("\\\\", "\\");
                    return session.set("challengeNode", challenge.group(1)).set("proof", ProofOfWorkSolver.solve(json));
                })
                .doIfOrElse(session -> session.contains("challengeNode")).then(
                        exec(step(name + " (proof of work)", uidl(name + " (proof of work)", session -> "[{\"type\":\"event\","
                                + "\"node\":" + session.getString("challengeNode") + ",\"event\":\"statechange\",\"data\":"
                                + "{\"event.detail.state\":\"verified\",\"event.detail.payload\":\"" + session.getString("proof")
                                + "\"}}]", regex("You said (\\d+) %").is(session -> session.getString("odds")))))
                                .exec(nextClientId()))
                .orElse(exec(session -> {
                    Matcher said = SAID.matcher(session.getString("answer"));
                    return said.find() && said.group(1).equals(session.getString("odds")) ? session : session.markAsFailed();
                }))
                .exec(session -> {
                    if (!session.isFailed()) {
                        Figures.vote();
                    } else {
                        Figures.record("vote not saved", -1);
                    }
                    return session;
                });
    }

    static final Pattern SAID = Pattern.compile("You said (\\d+) %");

    ChainBuilder heartbeat = exec(step("heartbeat", http("heartbeat").post("/?v-r=heartbeat&v-uiId=#{ui}")
            .check(status().is(200))));

    /** Closing the tab: push goes, and the browser sends its unload beacon, which frees the UI. */
    ChainBuilder leave = exec(ws("push").close())
            .exec(step("leave (unload beacon)", http("leave").post("/?v-r=uidl&v-uiId=#{ui}")
                    .header("Content-Type", "application/json; charset=UTF-8")
                    .body(StringBody("{\"csrfToken\":\"#{csrf}\",\"rpc\":[],\"UNLOAD\":true}"))
                    .check(status().is(200))));

    ScenarioBuilder fans = scenario("fans").randomSwitch().on(
            // Voters: a show, odds, and a change of mind half a minute later.
            percent(VOTERS).then(exec(arrive)
                    .pause(Duration.ofSeconds(3), Duration.ofSeconds(6))
                    .exec(openShow)
                    .pause(Duration.ofSeconds(5), Duration.ofSeconds(10))
                    .exec(giveOdds("5 give odds"))
                    .pause(Duration.ofSeconds(15))
                    .exec(heartbeat)
                    .pause(Duration.ofSeconds(15))
                    .exec(giveOdds("6 change odds 30 s later"))
                    .pause(Duration.ofSeconds(3), Duration.ofSeconds(8))
                    .exec(leave)),
            // Readers: they only read.
            percent(100.0 - VOTERS).then(exec(arrive)
                    .pause(Duration.ofSeconds(3), Duration.ofSeconds(6))
                    .exec(openShow)
                    .pause(Duration.ofSeconds(15), Duration.ofSeconds(25))
                    .exec(heartbeat)
                    .pause(Duration.ofSeconds(10), Duration.ofSeconds(20))
                    .exec(leave)));

    {
        setUp(fans.injectClosed(
                        rampConcurrentUsers(0).to(FANS).during(Duration.ofSeconds(RAMP_SECONDS)),
                        constantConcurrentUsers(FANS).during(Duration.ofSeconds(STEADY_SECONDS))))
                .protocols(protocol)
                // A failed request fails the run (bench/load.sh also fails on any step's errors).
                .assertions(global().failedRequests().count().is(0L));
    }

    @Override
    public void before() {
        Figures.start(FANS);
    }

    @Override
    public void after() {
        Figures.print(FANS, RAMP_SECONDS + STEADY_SECONDS);
    }
}
