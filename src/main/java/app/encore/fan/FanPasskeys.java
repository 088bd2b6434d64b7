package app.encore.fan;

import app.encore.base.PlainText;
import app.encore.base.PublicUrl;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.jspecify.annotations.Nullable;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcOperations;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.web.webauthn.api.AuthenticatorAssertionResponse;
import org.springframework.security.web.webauthn.api.AuthenticatorAttestationResponse;
import org.springframework.security.web.webauthn.api.AuthenticatorSelectionCriteria;
import org.springframework.security.web.webauthn.api.Bytes;
import org.springframework.security.web.webauthn.api.CredentialRecord;
import org.springframework.security.web.webauthn.api.ImmutablePublicKeyCredentialUserEntity;
import org.springframework.security.web.webauthn.api.PublicKeyCredential;
import org.springframework.security.web.webauthn.api.PublicKeyCredentialCreationOptions;
import org.springframework.security.web.webauthn.api.PublicKeyCredentialRequestOptions;
import org.springframework.security.web.webauthn.api.PublicKeyCredentialRpEntity;
import org.springframework.security.web.webauthn.api.PublicKeyCredentialUserEntity;
import org.springframework.security.web.webauthn.api.ResidentKeyRequirement;
import org.springframework.security.web.webauthn.api.UserVerificationRequirement;
import org.springframework.security.web.webauthn.jackson.WebauthnJacksonModule;
import org.springframework.security.web.webauthn.management.ImmutablePublicKeyCredentialCreationOptionsRequest;
import org.springframework.security.web.webauthn.management.ImmutablePublicKeyCredentialRequestOptionsRequest;
import org.springframework.security.web.webauthn.management.ImmutableRelyingPartyRegistrationRequest;
import org.springframework.security.web.webauthn.management.JdbcPublicKeyCredentialUserEntityRepository;
import org.springframework.security.web.webauthn.management.JdbcUserCredentialRepository;
import org.springframework.security.web.webauthn.management.RelyingPartyAuthenticationRequest;
import org.springframework.security.web.webauthn.management.RelyingPartyPublicKey;
import org.springframework.security.web.webauthn.management.Webauthn4JRelyingPartyOperations;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * A fan's passkeys (WebAuthn), so their fan identity (forecasts, record, name) follows them to
 * another browser or past cleared cookies, with no password and no e-mail. Spring Security's
 * relying-party operations (webauthn4j underneath) make the options and check every answer:
 * challenge, origin, signature and counter. Credentials are kept by Spring Security's JDBC
 * repositories; a passkey's user entity is named by the fan's id.
 * <p>
 * Each ceremony has two halves: {@code start…} gives the options (JSON for the browser) and the
 * server-side state to keep until the browser answers, {@code finish…} checks the answer against it.
 * The relying party is Encore's own host ({@link PublicUrl}), so a passkey saved on one node signs in
 * on every other.
 */
@Service
public class FanPasskeys {

    /** Options for the browser and what the server keeps until it answers. */
    public record Ceremony<T>(String optionsJson, T options) {
    }

    /** A saved passkey, as the fan sees it. */
    public record Passkey(String id, String label, Instant created, @Nullable Instant lastUsed) {
    }

    public static final int MAX_LABEL = 60;

    private final JdbcPublicKeyCredentialUserEntityRepository users;
    private final JdbcUserCredentialRepository credentials;
    private final PublicUrl publicUrl;
    private final Fans fans;
    private final JsonMapper json = JsonMapper.builder().addModule(new WebauthnJacksonModule()).build();
    private final Map<String, Webauthn4JRelyingPartyOperations> relyingParties = new ConcurrentHashMap<>();

    FanPasskeys(JdbcOperations jdbc, PublicUrl publicUrl, Fans fans) {
        this.users = new JdbcPublicKeyCredentialUserEntityRepository(jdbc);
        this.credentials = new JdbcUserCredentialRepository(jdbc);
        this.publicUrl = publicUrl;
        this.fans = fans;
    }

    /**
     * Starts saving a passkey for the fan.
     *
     * @param origin the page's origin as Encore serves it ({@link PublicUrl#base})
     */
    @Transactional
    public Ceremony<PublicKeyCredentialCreationOptions> startRegistration(FanId fan, String origin) {
        String name = fan.value().toString();
        if (users.findByUsername(name) == null) {
            users.save(ImmutablePublicKeyCredentialUserEntity.builder().name(name).id(Bytes.random())
                    .displayName(fans.displayName(fan).map(shown -> "Encore: " + shown).orElse("Encore fan")).build());
        }
        PublicKeyCredentialCreationOptions options = relyingParty(origin).createPublicKeyCredentialCreationOptions(
                new ImmutablePublicKeyCredentialCreationOptionsRequest(
                        UsernamePasswordAuthenticationToken.authenticated(name, null, List.of())));
        return new Ceremony<>(json.writeValueAsString(options), options);
    }

    /** Whether a fan may name a passkey so: one line of plain text (see {@link PlainText}); blank is fine. */
    public static boolean isLabel(@Nullable String label) {
        return PlainText.isLine(label);
    }

    /**
     * Saves the passkey the browser made.
     *
     * @throws InvalidPasskeyException if the answer is not a valid credential for these options
     */
    @Transactional
    public Passkey finishRegistration(FanId fan, Ceremony<PublicKeyCredentialCreationOptions> ceremony,
            String credentialJson, String label, String origin) {
        if (!ceremony.options().getUser().getName().equals(fan.value().toString())) {
            throw new InvalidPasskeyException("These options were made for another fan");
        }
        if (!isLabel(label)) {
            throw new InvalidPasskeyException("A passkey's name is plain text");
        }
        String clean = label == null ? "" : label.strip();
        if (clean.isEmpty()) {
            clean = "Passkey";
        }
        if (clean.length() > MAX_LABEL) {
            clean = clean.substring(0, MAX_LABEL);
        }
        try {
            PublicKeyCredential<AuthenticatorAttestationResponse> credential = json.readValue(credentialJson,
                    new TypeReference<PublicKeyCredential<AuthenticatorAttestationResponse>>() {
                    });
            CredentialRecord saved = relyingParty(origin).registerCredential(new ImmutableRelyingPartyRegistrationRequest(
                    ceremony.options(), new RelyingPartyPublicKey(credential, clean)));
            return passkey(saved);
        } catch (RuntimeException invalid) {
            throw new InvalidPasskeyException("The passkey could not be checked: " + invalid.getMessage());
        }
    }

    /** Starts signing in with a passkey: any of the fan's, which the browser offers. */
    public Ceremony<PublicKeyCredentialRequestOptions> startSignIn(String origin) {
        PublicKeyCredentialRequestOptions options = relyingParty(origin).createCredentialRequestOptions(
                new ImmutablePublicKeyCredentialRequestOptionsRequest(null));
        return new Ceremony<>(json.writeValueAsString(options), options);
    }

    /**
     * The fan whose passkey answered, once its signature checks out.
     *
     * @throws InvalidPasskeyException if it does not, or the passkey is unknown (removed, or its fan deleted)
     */
    @Transactional
    public FanId finishSignIn(Ceremony<PublicKeyCredentialRequestOptions> ceremony, String credentialJson,
            String origin) {
        try {
            PublicKeyCredential<AuthenticatorAssertionResponse> credential = json.readValue(credentialJson,
                    new TypeReference<PublicKeyCredential<AuthenticatorAssertionResponse>>() {
                    });
            PublicKeyCredentialUserEntity user = relyingParty(origin).authenticate(
                    new RelyingPartyAuthenticationRequest(ceremony.options(), credential));
            FanId fan = new FanId(UUID.fromString(user.getName()));
            if (fans.isRetired(fan)) {
                throw new InvalidPasskeyException("This fan deleted themselves");
            }
            return fan;
        } catch (InvalidPasskeyException invalid) {
            throw invalid;
        } catch (RuntimeException invalid) {
            throw new InvalidPasskeyException("The passkey could not be checked: " + invalid.getMessage());
        }
    }

    /** The fan's passkeys, the newest first. */
    @Transactional(readOnly = true)
    public List<Passkey> of(FanId fan) {
        return userOf(fan).map(user -> credentials.findByUserId(user.getId()).stream()
                        .map(FanPasskeys::passkey)
                        .sorted(java.util.Comparator.comparing(Passkey::created).reversed())
                        .toList())
                .orElse(List.of());
    }

    /** Removes one of the fan's passkeys; someone else's is left alone. */
    @Transactional
    public boolean remove(FanId fan, String passkeyId) {
        Optional<PublicKeyCredentialUserEntity> user = userOf(fan);
        if (user.isEmpty()) {
            return false;
        }
        Bytes id;
        try {
            id = Bytes.fromBase64(passkeyId);
        } catch (IllegalArgumentException malformed) {
            return false;
        }
        CredentialRecord record = credentials.findByCredentialId(id);
        if (record == null || !record.getUserEntityUserId().equals(user.get().getId())) {
            return false;
        }
        credentials.delete(id);
        return true;
    }

    /** A deleted fan's passkeys go with them. */
    @EventListener
    void on(FanDeleted deleted) {
        userOf(deleted.fan()).ifPresent(user -> {
            credentials.findByUserId(user.getId()).forEach(record -> credentials.delete(record.getCredentialId()));
            users.delete(user.getId());
        });
    }

    private Optional<PublicKeyCredentialUserEntity> userOf(FanId fan) {
        return Optional.ofNullable(users.findByUsername(fan.value().toString()));
    }

    private static Passkey passkey(CredentialRecord record) {
        return new Passkey(record.getCredentialId().toBase64UrlString(), record.getLabel(), record.getCreated(),
                record.getLastUsed());
    }

    /** The relying party for a page served at {@code origin}: its host is the passkeys' scope. */
    private Webauthn4JRelyingPartyOperations relyingParty(String origin) {
        if (relyingParties.size() > 16 && !relyingParties.containsKey(origin)) {
            relyingParties.clear();
        }
        return relyingParties.computeIfAbsent(origin, key -> {
            var operations = new Webauthn4JRelyingPartyOperations(users, credentials,
                    PublicKeyCredentialRpEntity.builder().id(URI.create(key).getHost()).name("Encore").build(),
                    Set.of(key));
            operations.setCustomizeCreationOptions(options -> options.authenticatorSelection(
                    AuthenticatorSelectionCriteria.builder()
                            .residentKey(ResidentKeyRequirement.REQUIRED)
                            .userVerification(UserVerificationRequirement.PREFERRED)
                            .build()));
            return operations;
        });
    }

    /** The origin of the page a request came from: where Encore is served, per {@link PublicUrl}. */
    public String originOf(jakarta.servlet.http.@Nullable HttpServletRequest request) {
        URI base = URI.create(publicUrl.base(request));
        return base.getScheme() + "://" + base.getAuthority();
    }
}
