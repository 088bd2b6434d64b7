package app.encore.rumor.ui;

import app.encore.base.ui.AltchaWidget;
import com.vaadin.flow.component.dependency.Uses;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import org.springframework.stereotype.Component;

/**
 * Names this module's show-page components for Vaadin's production build, which cannot follow the
 * Spring bean that adds them (see the same class in the forecast module). No run-time effect.
 */
@Component
@Uses(RumorsPanel.class)
@Uses(AltchaWidget.class)
class RumorFrontend implements VaadinServiceInitListener {

    @Override
    public void serviceInit(ServiceInitEvent event) {
        // Nothing at run time.
    }
}
