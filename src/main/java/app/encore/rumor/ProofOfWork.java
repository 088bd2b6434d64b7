package app.encore.rumor;

import app.encore.base.ServerSecrets;
import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.time.Clock;
import java.time.Duration;
import java.util.HexFormat;
import org.altcha.altcha.Altcha;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * ALTCHA proof-of-work challenges, made and checked here; no third-party service. A browser must
 * spend a moment of CPU on each submission or report, which costs a fan nothing and a script a lot.
 * Challenges are signed with a server secret, expire, and a solution is accepted only once.
 */
@Component
class ProofOfWork {

    static final Duration VALID_FOR = Duration.ofMinutes(10);

    private final String hmacKey;
    private final long maxNumber;
    private final Clock clock;
    private final Cache<String, Boolean> used = Caffeine.newBuilder()
            .expireAfterWrite(VALID_FOR.plusMinutes(1)).maximumSize(1_000_000).build();

    ProofOfWork(ServerSecrets secrets, Clock clock, @Value("${encore.altcha.max-number:50000}") long maxNumber) {
        this.hmacKey = HexFormat.of().formatHex(secrets.secret("altcha"));
        this.maxNumber = maxNumber;
        this.clock = clock;
    }

    /** A fresh challenge as the JSON the {@code <altcha-widget>} reads. */
    String challengeJson() {
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

    /** Whether the widget's payload solves one of our unexpired challenges not used before. */
    boolean accepts(@Nullable String payload) {
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
        return used.asMap().putIfAbsent(payload, Boolean.TRUE) == null;
    }
}
