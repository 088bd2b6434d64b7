package app.encore.show.ui;

import com.vaadin.flow.server.auth.AnonymousAllowed;
import app.encore.base.ui.MainLayout;
import app.encore.base.ui.MessagePage;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.ParentLayout;
import jakarta.servlet.http.HttpServletResponse;

/** A show address with a slug nobody knows: say so, offer the way back, answer 404. */
@ParentLayout(MainLayout.class)
@AnonymousAllowed
class ShowNotFoundView extends MessagePage implements HasErrorParameter<ShowNotFoundException>, HasDynamicTitle {

    ShowNotFoundView() {
        addClassName("show-not-found");
    }

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<ShowNotFoundException> parameter) {
        String slug = parameter.getException().slug();
        setMessage(getTranslation("show.not-found.title"), getTranslation("show.not-found.text", slug));
        return HttpServletResponse.SC_NOT_FOUND;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("show.not-found.title") + " · " + getTranslation("app.name");
    }
}
