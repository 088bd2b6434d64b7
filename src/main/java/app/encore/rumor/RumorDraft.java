package app.encore.rumor;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** What a fan (or a moderator editing) types: checked by {@link RumorRules}. */
public record RumorDraft(String headline, @Nullable String details, String sourceUrl, SourceKind sourceKind,
        LocalDate firstSeen) {
}
