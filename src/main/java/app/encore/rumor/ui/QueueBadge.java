package app.encore.rumor.ui;

import app.encore.base.ui.MenuBadge;
import app.encore.rumor.Moderation;
import app.encore.rumor.ModerationState;
import org.springframework.stereotype.Component;

/** How many rumors wait for a moderator, beside "Moderation" in the menu. */
@Component
class QueueBadge implements MenuBadge {

    private final Moderation moderation;

    QueueBadge(Moderation moderation) {
        this.moderation = moderation;
    }

    @Override
    public String path() {
        return "admin/moderation";
    }

    @Override
    public int count() {
        return moderation.count(ModerationState.PENDING);
    }
}
