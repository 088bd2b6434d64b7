package app.encore.support;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.altcha.altcha.Altcha;

/** Solves an ALTCHA challenge the way the browser widget does, for tests that submit without a browser. */
public final class ProofOfWorkSolver {

    private ProofOfWorkSolver() {
    }

    /** The base64 payload the widget would hand over for this challenge JSON. */
    public static String solve(String challengeJson) {
        String algorithm = field(challengeJson, "algorithm");
        String challenge = field(challengeJson, "challenge");
        String salt = field(challengeJson, "salt");
        String signature = field(challengeJson, "signature");
        long max = Long.parseLong(number(challengeJson, "maxnumber"));
        try {
            Altcha.Solution solution = Altcha.solveChallenge(challenge, salt, Altcha.Algorithm.SHA256, max, 0);
            String payload = "{\"algorithm\":\"" + algorithm + "\",\"challenge\":\"" + challenge + "\",\"number\":"
                    + solution.number + ",\"salt\":\"" + salt + "\",\"signature\":\"" + signature + "\"}";
            return Base64.getEncoder().encodeToString(payload.getBytes(StandardCharsets.UTF_8));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static String field(String json, String name) {
        Matcher m = Pattern.compile("\"" + name + "\":\"([^\"]*)\"").matcher(json);
        if (!m.find()) {
            throw new IllegalArgumentException(name);
        }
        return m.group(1);
    }

    private static String number(String json, String name) {
        Matcher m = Pattern.compile("\"" + name + "\":(\\d+)").matcher(json);
        if (!m.find()) {
            throw new IllegalArgumentException(name);
        }
        return m.group(1);
    }
}
