package app.encore.base;

import app.encore.base.ServerSecrets;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.HexFormat;
import org.altcha.altcha.Altcha;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * ALTCHA proof-of-work challenges, made and checked here; no third-party service. A browser must
 * spend a moment of CPU on each submission or report, which costs a fan nothing and a script a lot.
 * Challenges are signed with a server secret, expire, and a solution is accepted only once, on
 * any node: accepted solutions are kept in the database (their SHA-256) until their challenge has
 * expired.
 */
@Component
public class ProofOfWork {

    static final Duration VALID_FOR = Duration.ofMinutes(10);

    private final String hmacKey;
    private final long maxNumber;
    private final Clock clock;
    private final JdbcClient jdbc;

    ProofOfWork(ServerSecrets secrets, Clock clock, @Value("${encore.altcha.max-number:50000}") long maxNumber,
            JdbcClient jdbc) {
        this.jdbc = jdbc;
        this.hmacKey = HexFormat.of().formatHex(secrets.secret("altcha"));
        this.maxNumber = maxNumber;
        this.clock = clock;
    }

    /** A fresh challenge as the JSON the {@code <altcha-widget>} reads. */
    public String challengeJson() {
        try {
            var options = new Altcha.ChallengeOptions()
                    .setMaxNumber(maxNumber)
                    .setHmacKey(hmacKey)
                    .setExpires(clock.instant().plus(VALID_FOR).getEpochSecond());
            Altcha.Challenge challenge = Altcha.createChallenge(options);
            return "{\"algorithm\":\"" + challenge.algorithm + "\",\"challenge\":\"" + challenge.challenge
                    + "\",\"maxnumber\":" + challenge.maxnumber + ",\"salt\":\"" + challenge.salt
                    + "\",\"signature\":\"" + challenge.signature + "\"}";
        } catch (Exception e) {
            throw new IllegalStateException("Could not create a proof-of-work challenge", e);
        }
    }

    /**
     * Whether the widget's payload solves one of our unexpired challenges not used before, on any
     * node. Marking it used commits on its own (a transaction of its own), so a refused replay leaves
     * the caller's transaction usable (PostgreSQL aborts a transaction on a failed statement), and a
     * used solution stays used even if what it was for is refused afterwards.
     */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public boolean accepts(@Nullable String payload) {
        if (payload == null || payload.isBlank() || payload.length() > 2000) {
            return false;
        }
        try {
            if (!Altcha.verifySolution(payload, hmacKey, true)) {
                return false;
            }
        } catch (Exception malformed) {
            return false;
        }
        return firstUse(payload);
    }

    private boolean firstUse(String payload) {
        try {
            jdbc.sql("INSERT INTO used_proof_of_work (digest, expires_at) VALUES (:digest, :expires)")
                    .param("digest", digest(payload))
                    .param("expires", clock.instant().plus(VALID_FOR.plusMinutes(1)).atOffset(ZoneOffset.UTC))
                    .update();
            return true;
        } catch (DuplicateKeyException usedBefore) {
            return false;
        }
    }

    private static String digest(String payload) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(payload.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException(impossible);
        }
    }

    /** Forgets solutions whose challenges have expired: they could not be accepted anyway. */
    @Scheduled(fixedDelayString = "PT10M", initialDelayString = "PT1M")
    void forgetExpired() {
        jdbc.sql("DELETE FROM used_proof_of_work WHERE expires_at < :now")
                .param("now", clock.instant().atOffset(ZoneOffset.UTC)).update();
    }
}
