package app.encore.fan.ui;

import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import org.springframework.stereotype.Component;

/** Recognises the fan from their cookie as soon as a browser session starts. */
@Component
class FanSessionSetup implements VaadinServiceInitListener {

    private final CurrentFan currentFan;

    FanSessionSetup(CurrentFan currentFan) {
        this.currentFan = currentFan;
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addSessionInitListener(init -> currentFan.recognise(init.getSession(), init.getRequest()));
    }
}
