package app.encore.show;

/**
 * Another node recorded an official status for this show (or this node's channel reconnected and
 * cannot tell what it missed): what this node keeps about the show's status, such as cached
 * resolutions, must be read again. Published on this node only; nothing resolves or scores on it,
 * the node where the admin acted already did.
 */
public record OfficialStatusRelayed(long showId) {
}
