package app.encore.kiosk.ui;

import app.encore.base.ui.FirstPaint;
import app.encore.base.ui.Texts;
import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import java.util.Optional;
import org.jsoup.nodes.Element;
import org.springframework.stereotype.Component;

/**
 * The kiosk's first response: no static version (the kiosk is a live screen, nothing to read
 * without JavaScript), but a manifest of its own, so a screen's browser can install it to open
 * full screen at {@code /kiosk}.
 */
@Component
class KioskFirstPaint implements FirstPaint {

    @Override
    public Optional<Page> page(Address address, Texts texts) {
        if (!address.path().equals("kiosk")) {
            return Optional.empty();
        }
        return Optional.of(new Page(HttpServletResponse.SC_OK, texts.get("kiosk.title") + " · " + texts.get("app.name"),
                texts.get("kiosk.question"), null, List.of(
                        new Element("link").attr("rel", "manifest").attr("href", "/kiosk.webmanifest"),
                        new Element("meta").attr("name", "theme-color").attr("content", "#1f1147"))));
    }
}
