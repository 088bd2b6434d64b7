package app.encore.forecast;

/**
 * Which venues may still bring their fans: a venue token names its venue, and the module that
 * registers venues (the kiosk's screens) says whether that venue is still registered. A revoked
 * screen's tokens are refused from that moment, however fresh.
 */
public interface ActiveVenues {

    boolean active(String venue);

    /** The name staff gave the venue (a screen's name and event), if it has one. */
    default java.util.Optional<String> name(String venue) {
        return java.util.Optional.empty();
    }

    /**
     * How many new fans an hour staff allow this venue, if they set a number for it; otherwise the
     * site's default ({@code encore.forecast.new-fans-per-venue-per-hour}).
     */
    default java.util.OptionalInt allowance(String venue) {
        return java.util.OptionalInt.empty();
    }
}
