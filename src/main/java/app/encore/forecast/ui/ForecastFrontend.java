package app.encore.forecast.ui;

import com.vaadin.flow.component.dependency.Uses;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import org.springframework.stereotype.Component;

/**
 * Tells Vaadin's production build about this module's components. The build bundles only what it
 * can reach from its entry points (routes, layouts, service-init listeners…), and the crowd-odds
 * panel reaches the show page through a Spring bean, which the build cannot follow. As a service
 * init listener this class is such an entry point; at run time it does nothing.
 */
@Component
@Uses(CrowdOddsPanel.class)
@Uses(app.encore.base.ui.AltchaWidget.class)
class ForecastFrontend implements VaadinServiceInitListener {

    @Override
    public void serviceInit(ServiceInitEvent event) {
        // Nothing to do at run time: the annotations are for the frontend build.
    }
}
