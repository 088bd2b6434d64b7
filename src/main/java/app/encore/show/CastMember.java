package app.encore.show;

import org.jspecify.annotations.Nullable;
import org.springframework.data.relational.core.mapping.Table;

/** An actor and the role they play; the role may be unknown. */
@Table("show_cast_member")
public record CastMember(String actor, @Nullable String role) {
    public CastMember {
        actor = Text.required(actor, "actor");
        role = Text.optional(role);
    }
}
