package app.encore.base.ui;

import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.HasElement;
import com.vaadin.flow.component.dependency.Uses;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Header;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.NativeButton;
import com.vaadin.flow.component.html.Nav;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.router.AfterNavigationEvent;
import com.vaadin.flow.router.AfterNavigationObserver;
import com.vaadin.flow.router.Layout;
import com.vaadin.flow.router.RouterLayout;
import com.vaadin.flow.server.menu.MenuConfiguration;
import com.vaadin.flow.server.menu.MenuEntry;
import com.vaadin.flow.spring.security.AuthenticationContext;
import java.util.ArrayList;
import java.util.List;
import org.jsoup.nodes.Element;
import org.jsoup.select.Evaluator;
import org.jsoup.select.QueryParser;

/**
 * The frame around every page: a header with the brand, the main menu and the language switch, the
 * page content in a {@code <main>} landmark, and a footer. Views never name it: {@code @Layout}
 * applies it to every route.
 */
@Layout
// The error handler opens notifications from outside any view: keep the component in the bundle.
@Uses(Notification.class)
@AnonymousAllowed
public final class MainLayout extends Div implements RouterLayout, AfterNavigationObserver {

    /** Parsed once: a selector parsed for every page costs CPU a thousand fans arriving at once feel. */
    private static final Evaluator LINK = QueryParser.parse("a[href]");

    static final String CONTENT_ID = "main-content";
    private static final String FIRST_PAINT_CONTENT_ID = "first-paint-content";

    private final Main content = new Main();
    private final List<Anchor> menuLinks = new ArrayList<>();

    MainLayout(AuthenticationContext authentication, List<MenuBadge> badges) {
        addClassName("app");

        var skipLink = new Anchor("#" + CONTENT_ID, getTranslation("layout.skip-to-content"));
        skipLink.addClassName("skip-link");
        // With Vaadin's <base href>, "#main-content" would resolve to the home page and drop the
        // current address; move focus to the content in place instead.
        skipLink.getElement().setAttribute("router-ignore", true);
        skipLink.getElement().executeJs("this.addEventListener('click', e => {"
                + " e.preventDefault(); document.getElementById($0).focus(); })", CONTENT_ID);

        Texts texts = Texts.of(this);
        var brand = Markup.component(brand(texts));

        var nav = new Nav();
        nav.addClassName("main-menu");
        nav.getElement().setAttribute("aria-label", getTranslation("layout.menu"));
        for (MenuEntry entry : MenuConfiguration.getMenuEntries()) {
            String path = entry.path().startsWith("/") ? entry.path().substring(1) : entry.path();
            var link = new Anchor(path.isEmpty() ? "." : path, getTranslation(entry.title()));
            link.getElement().setProperty("__path", path);
            badges.stream().filter(badge -> badge.path().equals(path)).findFirst().ifPresent(badge -> {
                int count = badge.count();
                if (count > 0) {
                    var number = new Span(Integer.toString(count));
                    number.addClassName("menu-badge");
                    number.getElement().setAttribute("aria-label", getTranslation("layout.waiting", count));
                    link.add(number);
                }
            });
            menuLinks.add(link);
            nav.add(link);
        }

        var header = new Header(brand, nav, new LanguageSwitch());
        authentication.getPrincipalName().ifPresent(staffName -> {
            var signOut = new NativeButton(getTranslation("layout.sign-out", staffName), click -> authentication.logout());
            signOut.addClassNames("button", "button-tertiary");
            signOut.addClassName("sign-out");
            header.add(signOut);
        });
        header.addClassName("app-header");

        content.setId(CONTENT_ID);
        content.addClassName("app-content");
        content.getElement().setAttribute("tabindex", "-1");

        var footer = Markup.component(footer(texts));

        add(skipLink, header, content, footer);
    }

    @Override
    public void showRouterLayoutContent(HasElement view) {
        content.removeAll();
        content.getElement().appendChild(view.getElement());
    }

    @Override
    public void afterNavigation(AfterNavigationEvent event) {
        String path = event.getLocation().getPath();
        for (Anchor link : menuLinks) {
            boolean current = path.equals(link.getElement().getProperty("__path", ""));
            if (current) {
                link.getElement().setAttribute("aria-current", "page");
            } else {
                link.getElement().removeAttribute("aria-current");
            }
        }
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        // Screen readers pick their voice from the document language, so keep it in step with ours.
        // The live page now replaces the first response's copy of it.
        attachEvent.getUI().getPage().executeJs("document.documentElement.lang = $0;"
                + " document.querySelectorAll('.first-paint').forEach(e => e.remove())",
                attachEvent.getUI().getLocale().toLanguageTag());
    }

    /**
     * The page's first response: the same frame as this layout (brand, menu, footer) around the
     * content, as static HTML. The language switch and sign-out come with the live page.
     */
    static Element firstPaint(Element content, Texts texts, String path) {
        var frame = Markup.element("div", "app", "first-paint");
        // Links resolve against Vaadin's <base href> (the application's root), so the skip link names
        // its own page to stay on it.
        frame.appendChild(Markup.text("a", texts.get("layout.skip-to-content"), "skip-link")
                .attr("href", path + "#" + FIRST_PAINT_CONTENT_ID));
        var nav = Markup.element("nav", "main-menu").attr("aria-label", texts.get("layout.menu"));
        // The first response is the same for everyone: the menu of a visitor who is not signed in.
        for (MenuEntry entry : MenuConfiguration.getMenuEntries()) {
            if (entry.menuClass() != null && entry.menuClass().isAnnotationPresent(AnonymousAllowed.class)) {
                String target = entry.path().startsWith("/") ? entry.path().substring(1) : entry.path();
                var link = Markup.text("a", texts.get(entry.title())).attr("href", target.isEmpty() ? "." : target);
                if (target.equals(path)) {
                    link.attr("aria-current", "page");
                }
                nav.appendChild(link);
            }
        }
        frame.appendChild(Markup.element("header", "app-header").appendChild(brand(texts)).appendChild(nav));
        frame.appendChild(Markup.element("main", "app-content").attr("id", FIRST_PAINT_CONTENT_ID)
                .attr("tabindex", "-1").appendChild(content));
        frame.appendChild(footer(texts));
        // While Encore starts in the browser, its router would take a click on these links and lose
        // its way in the middle of starting: let the browser follow them as plain links instead.
        frame.select(LINK).attr("router-ignore", "");
        return frame;
    }

    /** Encore's name, linking home. The mark is decoration; the link is named by the visible name. */
    private static Element brand(Texts texts) {
        var brand = Markup.element("a", "brand").attr("href", ".");
        brand.appendChild(Markup.text("span", "E", "brand-mark").attr("aria-hidden", "true"));
        brand.appendChild(Markup.text("span", texts.get("app.name"), "brand-name"));
        return brand;
    }

    private static Element footer(Texts texts) {
        return Markup.element("footer", "app-footer").appendChild(Markup.text("p", texts.get("layout.footer")));
    }
}
