package app.encore.me.ui;

import app.encore.base.ui.Formats;
import app.encore.base.ui.NativeTextField;
import app.encore.fan.FanId;
import app.encore.fan.Fans;
import app.encore.fan.ui.CurrentFan;
import app.encore.fan.ui.DisplayNameForm;
import app.encore.me.FanData;
import app.encore.me.FanData.Everything;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.NativeButton;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import java.io.ByteArrayInputStream;
import java.util.Optional;

/**
 * The fan's own page: their display name (to change), the shows they forecast with their odds and
 * links, the rumors they sent and where each stands, a link to their track record, and a download of
 * everything Encore holds about them. A visitor who has not voted is told what the page will hold.
 */
@Route("me")
@AnonymousAllowed
@Menu(order = 3, title = "nav.me")
class MeView extends Div implements HasDynamicTitle {

    final Paragraph intro = new Paragraph();
    NativeTextField displayName;
    NativeButton saveName;
    final UnorderedList forecasts = new UnorderedList();
    final UnorderedList rumors = new UnorderedList();
    Anchor download;

    MeView(CurrentFan currentFan, Fans fans, FanData data) {
        addClassNames("page", "me-page");
        add(new H1(getTranslation("me.heading")));
        Optional<FanId> fan = currentFan.get();
        if (fan.isEmpty()) {
            intro.setText(getTranslation("me.none"));
            add(intro);
            return;
        }
        intro.setText(getTranslation("me.intro"));
        Everything everything = data.of(fan.get());

        var nameForm = new DisplayNameForm(fans, Optional.ofNullable(everything.displayName()), fan::get);
        displayName = nameForm.field;
        saveName = nameForm.save;

        if (everything.forecasts().isEmpty()) {
            forecasts.add(new ListItem(getTranslation("me.no-forecasts")));
        }
        everything.forecasts().forEach(forecast -> {
            var item = new ListItem();
            if (forecast.show() != null) {
                item.add(new Anchor("shows/" + forecast.show(), forecast.title()));
            }
            item.add(new com.vaadin.flow.component.html.Span(" " + getTranslation("me.forecast",
                    forecast.probability(), Formats.date(forecast.at(), getLocale()))));
            forecasts.add(item);
        });
        if (everything.rumors().isEmpty()) {
            rumors.add(new ListItem(getTranslation("me.no-rumors")));
        }
        everything.rumors().forEach(rumor -> rumors.add(new ListItem(getTranslation("me.rumor", rumor.headline(),
                getTranslation("me.rumor-state." + rumor.state())))));

        download = new Anchor(DownloadHandler.fromInputStream(event -> {
            byte[] file = data.json(fan.get());
            return new DownloadResponse(new ByteArrayInputStream(file), "encore-my-data.json", "application/json",
                    file.length);
        }), getTranslation("me.download"));
        download.getElement().setAttribute("download", true);
        download.addClassName("button-link");

        add(intro, new H2(getTranslation("me.name")), nameForm,
                new H2(getTranslation("me.forecasts")), forecasts,
                new H2(getTranslation("me.rumors")), rumors,
                new Paragraph(new Anchor("track-record", getTranslation("me.track-record"))),
                new H2(getTranslation("me.data")), new Paragraph(getTranslation("me.data-help")), download);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("me.heading") + " · " + getTranslation("app.name");
    }
}
