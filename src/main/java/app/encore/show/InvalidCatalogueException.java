package app.encore.show;

/** The file has problems (or the catalogue changed since the preview): nothing was imported. */
public class InvalidCatalogueException extends RuntimeException {

    private final transient CataloguePreview preview;

    public InvalidCatalogueException(CataloguePreview preview) {
        super("The catalogue file has " + preview.problems().size() + " problems; nothing was imported");
        this.preview = preview;
    }

    public CataloguePreview preview() {
        return preview;
    }
}
