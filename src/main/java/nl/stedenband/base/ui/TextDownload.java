package nl.stedenband.base.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.function.Supplier;

/**
 * A link that downloads a text file (a calendar, a CSV of figures) made when it is clicked, from
 * the data as it then stands, so that nothing is kept in the session while the page is open.
 */
public final class TextDownload {

    private TextDownload() {}

    public static Anchor of(String label, String fileName, String mimeType, Supplier<String> text) {
        return new Anchor(
                DownloadHandler.fromInputStream(event -> {
                    byte[] bytes = text.get().getBytes(StandardCharsets.UTF_8);
                    return new DownloadResponse(new ByteArrayInputStream(bytes), fileName, mimeType, bytes.length);
                }),
                label);
    }
}
