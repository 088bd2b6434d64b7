package app.encore.base.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.json.JsonFactory;

/**
 * Vaadin's own requests ({@code ?v-r=uidl}, {@code heartbeat}…) that no browser running Encore
 * sends are refused at the door with a 400 and one line in the log: a UI id that is not a number, a
 * UIDL message that is not JSON, or one larger than any page sends. Vaadin would otherwise answer
 * them deep inside, logging each as an error with its stack trace, so one client with a loop could
 * fill the log and hide real faults.
 */
final class VaadinRequestGuard extends HttpFilter {

    private static final Logger log = LoggerFactory.getLogger(VaadinRequestGuard.class);
    private static final Pattern UI_ID = Pattern.compile("[0-9]{1,9}");
    private static final JsonFactory JSON = new JsonFactory();

    /** Far above what a page sends (a catalogue form with every field full is about 20 KB). */
    static final int MAX_UIDL_BYTES = 1 << 20;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        // From the address only: asking for a parameter would read a form or multipart body here.
        String type = queryParameter(request, "v-r");
        if (type == null) {
            chain.doFilter(request, response);
            return;
        }
        String ui = queryParameter(request, "v-uiId");
        if (ui != null && !UI_ID.matcher(ui).matches()) {
            refuse(request, response, HttpServletResponse.SC_BAD_REQUEST, "its UI id is not a number");
            return;
        }
        if (!"uidl".equals(type) || !"POST".equals(request.getMethod())) {
            chain.doFilter(request, response);
            return;
        }
        if (request.getContentLengthLong() > MAX_UIDL_BYTES) {
            refuse(request, response, HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE, "it is too large");
            return;
        }
        byte[] body = request.getInputStream().readNBytes(MAX_UIDL_BYTES + 1);
        if (body.length > MAX_UIDL_BYTES) {
            refuse(request, response, HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE, "it is too large");
            return;
        }
        if (!isJson(body)) {
            refuse(request, response, HttpServletResponse.SC_BAD_REQUEST, "its message is not JSON");
            return;
        }
        chain.doFilter(new ReadAgain(request, body), response);
    }

    static String queryParameter(HttpServletRequest request, String name) {
        String query = request.getQueryString();
        if (query == null) {
            return null;
        }
        for (String pair : query.split("&")) {
            int equals = pair.indexOf('=');
            String key = equals < 0 ? pair : pair.substring(0, equals);
            if (key.equals(name)) {
                return java.net.URLDecoder.decode(equals < 0 ? "" : pair.substring(equals + 1), StandardCharsets.UTF_8);
            }
        }
        return null;
    }

    /** Whole, well-formed JSON: read token by token, without building anything. */
    static boolean isJson(byte[] body) {
        try (JsonParser parser = JSON.createParser(tools.jackson.core.ObjectReadContext.empty(), body)) {
            if (parser.nextToken() == null) {
                return false;
            }
            parser.skipChildren();
            return parser.nextToken() == null;
        } catch (JacksonException malformed) {
            return false;
        }
    }

    private static void refuse(HttpServletRequest request, HttpServletResponse response, int status, String why)
            throws IOException {
        log.info("Refused a Vaadin request ({}) from {}: {}", queryParameter(request, "v-r"), request.getRemoteAddr(), why);
        response.setStatus(status);
        response.setContentType("text/plain;charset=UTF-8");
        response.getWriter().write("Bad request\n");
    }

    /** The request with its body, already read here, to be read again by Vaadin. */
    private static final class ReadAgain extends HttpServletRequestWrapper {

        private final byte[] body;

        ReadAgain(HttpServletRequest request, byte[] body) {
            super(request);
            this.body = body;
        }

        @Override
        public ServletInputStream getInputStream() {
            var in = new ByteArrayInputStream(body);
            return new ServletInputStream() {
                @Override
                public int read() {
                    return in.read();
                }

                @Override
                public int read(byte[] buffer, int offset, int length) {
                    return in.read(buffer, offset, length);
                }

                @Override
                public boolean isFinished() {
                    return in.available() == 0;
                }

                @Override
                public boolean isReady() {
                    return true;
                }

                @Override
                public void setReadListener(ReadListener listener) {
                    throw new UnsupportedOperationException("A buffered body is read synchronously");
                }
            };
        }

        @Override
        public BufferedReader getReader() {
            String encoding = getCharacterEncoding();
            return new BufferedReader(new InputStreamReader(new ByteArrayInputStream(body),
                    encoding == null ? StandardCharsets.UTF_8 : java.nio.charset.Charset.forName(encoding)));
        }

        @Override
        public int getContentLength() {
            return body.length;
        }

        @Override
        public long getContentLengthLong() {
            return body.length;
        }
    }
}
