package app.encore.show.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.streams.UploadEvent;
import com.vaadin.flow.server.streams.UploadHandler;
import java.io.IOException;
import java.io.InputStream;
import java.util.function.BiConsumer;
import java.util.function.Consumer;

/**
 * A file upload that the server bounds, whatever the browser was told: Vaadin refuses a request
 * that says it is larger than the limit before reading any of it ({@link #getRequestSizeMax()}), and
 * a body that does not say its size is read only up to the limit and then refused. The browser's
 * own limit ({@code Upload.setMaxFileSize}) is a courtesy to the person uploading; this is the one
 * that holds against a client that ignores it. What arrives is handed to the page in its UI's lock.
 */
final class BoundedUpload implements UploadHandler {

    /** What a multipart request adds around its file: its boundaries and part headers. */
    private static final long MULTIPART_OVERHEAD = 64 * 1024;

    private final int maxBytes;
    private final BiConsumer<String, byte[]> received;
    private final Consumer<String> tooLarge;

    BoundedUpload(int maxBytes, BiConsumer<String, byte[]> received, Consumer<String> tooLarge) {
        this.maxBytes = maxBytes;
        this.received = received;
        this.tooLarge = tooLarge;
    }

    @Override
    public void handleUploadRequest(UploadEvent event) throws IOException {
        UI ui = event.getUI();
        String name = event.getFileName();
        if (event.getFileSize() > maxBytes) {
            refuse(event, ui, name);
            return;
        }
        byte[] bytes;
        try (InputStream in = event.getInputStream()) {
            bytes = in.readNBytes(maxBytes + 1);
        }
        if (bytes.length > maxBytes) {
            refuse(event, ui, name);
            return;
        }
        ui.access(() -> received.accept(name, bytes));
    }

    private void refuse(UploadEvent event, UI ui, String name) {
        event.reject("Larger than " + maxBytes + " bytes");
        ui.access(() -> tooLarge.accept(name));
    }

    @Override
    public long getRequestSizeMax() {
        return maxBytes + MULTIPART_OVERHEAD;
    }

    @Override
    public long getFileSizeMax() {
        return maxBytes;
    }
}
