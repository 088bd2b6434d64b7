package app.encore.fan;

import java.util.Objects;
import java.util.UUID;

/** A fan's random, anonymous identity. */
public record FanId(UUID value) {

    public FanId {
        Objects.requireNonNull(value, "value");
    }

    public static FanId random() {
        return new FanId(UUID.randomUUID());
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
