package app.encore.show.ui;

import com.vaadin.flow.router.NotFoundException;

/** No show has the slug in the address. */
class ShowNotFoundException extends NotFoundException {

    private final String slug;

    ShowNotFoundException(String slug) {
        super("No show with slug " + slug);
        this.slug = slug;
    }

    String slug() {
        return slug;
    }
}
