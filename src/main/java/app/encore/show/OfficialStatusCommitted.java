package app.encore.show;

/**
 * A show's official status changed and the change has committed, on this node or on another. Published
 * on this node by the {@link OfficialStatusFeed} just before the open screens hear of it, so whatever
 * the node keeps about the show's status (cached resolutions, base rates, rankings) is forgotten
 * first and the screens read the new state. Nothing resolves or scores on it: the node where the
 * admin acted did that, on {@link OfficialStatusChanged}.
 */
public record OfficialStatusCommitted(long showId) {
}
