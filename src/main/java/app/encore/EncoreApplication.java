package app.encore;

import app.encore.base.ui.MainLayout;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.component.page.Meta;
import com.vaadin.flow.component.page.Push;
import com.vaadin.flow.server.AppShellSettings;
import com.vaadin.flow.server.LoadDependenciesOnStartup;
import com.vaadin.flow.shared.ui.Transport;
import com.vaadin.flow.theme.lumo.Lumo;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * Encore: will it get a season 2? Fans' crowd odds, checked rumors, and a record of who was right.
 */
@SpringBootApplication
@StyleSheet(Lumo.STYLESHEET)
// Encore's own styles as a plain stylesheet in the page's head, not in the JavaScript bundle: the
// page's first response is styled before any script has loaded.
@StyleSheet("styles/encore.css")
@Meta(name = "theme-color", content = "#6d28d9")
// Live updates go out over a WebSocket; requests come in over XHR, so a vote can still set the
// fan's HttpOnly cookie on its HTTP response.
@Push(transport = Transport.WEBSOCKET_XHR)
// The bundle every page runs holds what the frame around every page needs, and no view's own
// components: those load with the first page that shows them. Fans' pages use the browser's own
// controls, so they load nearly nothing more; the sign-in form (which Vaadin would otherwise put in
// every page's bundle) and the staff screens' grids load when they are opened. MainLayout is not a
// route: naming it leaves no route eager.
@LoadDependenciesOnStartup(MainLayout.class)
public class EncoreApplication implements AppShellConfigurator {

    public static void main(String[] args) {
        SpringApplication.run(EncoreApplication.class, args);
    }

    @Override
    public void configurePage(AppShellSettings settings) {
        settings.addMetaTag("description",
                "Will it get a season 2? Crowd odds, checked rumors and the official word on K-drama sequels.");
    }
}
