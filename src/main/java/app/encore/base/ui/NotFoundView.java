package app.encore.base.ui;

import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.ParentLayout;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Any address Encore doesn't know: a friendly page with a way back, and HTTP 404.
 */
@ParentLayout(MainLayout.class)
@AnonymousAllowed
public class NotFoundView extends MessagePage implements HasErrorParameter<NotFoundException>, HasDynamicTitle {

    public NotFoundView() {
        setMessage(getTranslation("not-found.title"), getTranslation("not-found.text"));
    }

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<NotFoundException> parameter) {
        return HttpServletResponse.SC_NOT_FOUND;
    }

    @Override
    public String getPageTitle() {
        return heading() + " · " + getTranslation("app.name");
    }
}
