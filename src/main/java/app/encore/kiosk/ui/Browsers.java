package app.encore.kiosk.ui;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * A browser's description of itself (its User-Agent) in the few words staff need on the screens
 * desk: "Chrome 156 · Linux". Only what is recognised is named; for anything else it says nothing
 * (null). The words are the browser's own: never markup, never trusted.
 */
final class Browsers {

    private static final Pattern[] BROWSERS = {
        Pattern.compile("(Edg)/(\\d+)"), Pattern.compile("(OPR)/(\\d+)"), Pattern.compile("(SamsungBrowser)/(\\d+)"),
        Pattern.compile("(Firefox)/(\\d+)"), Pattern.compile("(Chrome)/(\\d+)"), Pattern.compile("Version/(\\d+)[^ ]* (?:Mobile/\\S+ )?(Safari)/"),
    };

    private Browsers() {
    }

    static @Nullable String describe(@Nullable String agent) {
        if (agent == null || agent.isBlank()) {
            return null;
        }
        String name = null;
        String version = null;
        for (Pattern browser : BROWSERS) {
            Matcher found = browser.matcher(agent);
            if (found.find()) {
                boolean safari = "Safari".equals(found.groupCount() >= 2 ? found.group(2) : null) && browser.pattern().startsWith("Version");
                name = safari ? "Safari" : switch (found.group(1)) {
                    case "Edg" -> "Edge";
                    case "OPR" -> "Opera";
                    case "SamsungBrowser" -> "Samsung Internet";
                    default -> found.group(1);
                };
                version = safari ? found.group(1) : found.group(2);
                break;
            }
        }
        if (name != null && agent.contains("Headless")) {
            name = name + " (headless)";
        }
        String system = agent.contains("Android") ? "Android" : agent.contains("iPhone") || agent.contains("iPad") ? "iOS"
                : agent.contains("Windows") ? "Windows" : agent.contains("CrOS") ? "ChromeOS"
                : agent.contains("Mac OS X") ? "macOS" : agent.contains("Linux") ? "Linux" : null;
        if (name == null) {
            return system;
        }
        return name + " " + version + (system == null ? "" : " · " + system);
    }
}
