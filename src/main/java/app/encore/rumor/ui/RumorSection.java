package app.encore.rumor.ui;

import app.encore.base.ui.Texts;
import app.encore.fan.ui.CurrentFan;
import app.encore.rumor.Rumors;
import app.encore.show.Show;
import app.encore.show.slot.ShowPageSection;
import com.vaadin.flow.component.Component;
import java.time.Clock;
import java.util.Optional;
import org.jsoup.nodes.Element;

/** Puts the rumors below the crowd odds on every show page. */
@org.springframework.stereotype.Component
class RumorSection implements ShowPageSection {

    private final Rumors rumors;
    private final CurrentFan currentFan;
    private final Clock clock;

    RumorSection(Rumors rumors, CurrentFan currentFan, Clock clock) {
        this.rumors = rumors;
        this.currentFan = currentFan;
        this.clock = clock;
    }

    @Override
    public Column column() {
        return Column.MAIN;
    }

    @Override
    public int order() {
        return 10;
    }

    @Override
    public Optional<Component> create(Show show) {
        return Optional.of(new RumorsPanel(show, rumors, currentFan, clock));
    }

    @Override
    public Optional<Element> firstPaint(Show show, Texts texts) {
        return Optional.of(RumorsPanel.firstPaint(rumors.visibleTo(Optional.empty(), show.id()), texts));
    }
}
