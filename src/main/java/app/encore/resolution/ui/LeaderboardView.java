package app.encore.resolution.ui;

import app.encore.base.ui.Markup;
import app.encore.base.ui.Texts;
import app.encore.fan.ui.CurrentFan;
import app.encore.resolution.Leaderboard;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;

/** Fans ranked by how much better than the crowd they forecast resolved questions. */
@Route("leaderboard")
@AnonymousAllowed
@Menu(order = 1, title = "nav.leaderboard")
class LeaderboardView extends Div implements HasDynamicTitle {

    LeaderboardView(Leaderboard leaderboard, CurrentFan currentFan) {
        addClassNames("page", "leaderboard-page");
        add(new H1(getTranslation("leaderboard.heading")),
                Markup.component(ResolutionMarkup.leaderboard(leaderboard.standings(), currentFan.get().orElse(null),
                        Texts.of(this))));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("leaderboard.heading") + " · " + getTranslation("app.name");
    }
}
