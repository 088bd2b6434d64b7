package app.encore.forecast;

import java.util.Collection;

/**
 * The crowds of these shows changed other than by a vote (a discount made or lifted, fans who left):
 * once the change has committed, their odds are loaded again and go out like any change.
 */
record CrowdsChanged(Collection<Long> showIds) {
}
