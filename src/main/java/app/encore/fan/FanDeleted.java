package app.encore.fan;

import java.time.Instant;

/**
 * A fan deleted themselves, within the transaction that does it: each module deletes what it holds
 * of {@code fan}, or, where it backs scores already published, moves it to {@code anonymous}, a
 * fresh random id nothing links back to them. Listeners run in that transaction, so a failure
 * anywhere deletes nothing.
 */
public record FanDeleted(FanId fan, FanId anonymous, Instant at) {
}
