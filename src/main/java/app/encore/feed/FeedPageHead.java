package app.encore.feed;

import app.encore.base.ui.FirstPaint;
import app.encore.base.ui.Texts;
import app.encore.show.Show;
import app.encore.show.slot.ShowPageHead;
import java.util.List;
import org.jsoup.nodes.Element;
import org.springframework.stereotype.Component;

/** Feed discovery: {@code <link rel="alternate" type="application/atom+xml">} on the catalogue's pages. */
@Component
class FeedPageHead implements ShowPageHead {

    @Override
    public List<Element> showHead(Show show, Texts texts, FirstPaint.Address address) {
        return List.of(feed(address.absolute("/feeds/shows/" + show.slug() + ".atom"),
                        texts.get("feed.title-show", show.title())),
                feed(address.absolute("/feeds/all.atom"), texts.get("feed.title-all")));
    }

    @Override
    public List<Element> listHead(Texts texts, FirstPaint.Address address) {
        return List.of(feed(address.absolute("/feeds/all.atom"), texts.get("feed.title-all")));
    }

    private static Element feed(String href, String title) {
        return new Element("link").attr("rel", "alternate").attr("type", "application/atom+xml")
                .attr("href", href).attr("title", title);
    }
}
