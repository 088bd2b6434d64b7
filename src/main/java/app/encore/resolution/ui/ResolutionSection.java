package app.encore.resolution.ui;

import app.encore.base.ui.Markup;
import app.encore.base.ui.Texts;
import app.encore.fan.ui.CurrentFan;
import app.encore.resolution.BaseRates;
import app.encore.resolution.Resolution;
import app.encore.resolution.Resolutions;
import app.encore.show.OfficialStatusFeed;
import app.encore.show.Show;
import app.encore.show.slot.ShowPageSection;
import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.UIDetachedException;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.shared.Registration;
import java.util.Optional;
import org.jsoup.nodes.Element;

/**
 * Beside the crowd odds on every show page: while the question is open, how often comparable dramas
 * got a second season; once it has resolved, the outcome, the crowd's last odds before the
 * announcement and the fan's own score. Follows the official status live.
 */
@org.springframework.stereotype.Component
class ResolutionSection implements ShowPageSection {

    private final Resolutions resolutions;
    private final BaseRates baseRates;
    private final OfficialStatusFeed statusFeed;
    private final CurrentFan currentFan;

    ResolutionSection(Resolutions resolutions, BaseRates baseRates, OfficialStatusFeed statusFeed,
            CurrentFan currentFan) {
        this.resolutions = resolutions;
        this.baseRates = baseRates;
        this.statusFeed = statusFeed;
        this.currentFan = currentFan;
    }

    @Override
    public Column column() {
        return Column.MAIN;
    }

    @Override
    public int order() {
        return 1;
    }

    @Override
    public Optional<Component> create(Show show) {
        return Optional.of(new Panel(show));
    }

    @Override
    public Optional<Element> firstPaint(Show show, Texts texts) {
        return Optional.of(markup(show, resolutions.current(show.id()), texts, false));
    }

    /** The resolution if in force, else the base rates; with the fan's score only on the live page. */
    private Element markup(Show show, Optional<Resolution> resolution, Texts texts, boolean personal) {
        if (resolution.isEmpty()) {
            var rates = baseRates.forShow(show.network(), show.platforms().stream().map(p -> p.name()).toList());
            return ResolutionMarkup.baseRates(rates, baseRates.known().size(), texts);
        }
        var box = Markup.element("section", "card-section", "resolution").attr("aria-labelledby", "resolution-heading");
        box.appendChild(Markup.text("h2", texts.get("resolution.heading")).attr("id", "resolution-heading"));
        box.appendChild(ResolutionMarkup.outcome(resolution.get(), texts));
        if (personal) {
            box.appendChild(ResolutionMarkup.yourScore(currentFan.get()
                    .flatMap(fan -> resolutions.score(fan, show.id())).orElse(null), resolution.get().forecasters(), texts));
        }
        return box;
    }

    private final class Panel extends Div {

        private final Show show;
        private Registration statusUpdates;

        Panel(Show show) {
            this.show = show;
            addClassName("resolution-slot");
            render();
        }

        void render() {
            removeAll();
            add(Markup.component(markup(show, resolutions.current(show.id()), Texts.of(this), true)));
        }

        @Override
        protected void onAttach(AttachEvent attachEvent) {
            UI ui = attachEvent.getUI();
            statusUpdates = statusFeed.subscribe(show.id(), change -> {
                try {
                    ui.access(this::render);
                } catch (UIDetachedException gone) {
                    // Closed meanwhile; its detach removes this listener.
                }
            });
        }

        @Override
        protected void onDetach(DetachEvent detachEvent) {
            if (statusUpdates != null) {
                statusUpdates.remove();
                statusUpdates = null;
            }
        }
    }
}
