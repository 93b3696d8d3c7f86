package org.ssaplanner.accounts.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.Serial;
import java.io.Serializable;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.springframework.security.web.webauthn.api.AttestationConveyancePreference;
import org.springframework.security.web.webauthn.api.AuthenticationExtensionsClientInputs;
import org.springframework.security.web.webauthn.api.AuthenticatorAttachment;
import org.springframework.security.web.webauthn.api.AuthenticatorSelectionCriteria;
import org.springframework.security.web.webauthn.api.Bytes;
import org.springframework.security.web.webauthn.api.PublicKeyCredentialCreationOptions;
import org.springframework.security.web.webauthn.api.PublicKeyCredentialDescriptor;
import org.springframework.security.web.webauthn.api.PublicKeyCredentialParameters;
import org.springframework.security.web.webauthn.api.PublicKeyCredentialRpEntity;
import org.springframework.security.web.webauthn.api.PublicKeyCredentialUserEntity;
import org.springframework.security.web.webauthn.api.ResidentKeyRequirement;
import org.springframework.security.web.webauthn.api.UserVerificationRequirement;
import org.springframework.security.web.webauthn.registration.PublicKeyCredentialCreationOptionsRepository;

/**
 * Keeps the options of a passkey registration in the session between its two requests, like Spring's
 * {@code HttpSessionPublicKeyCredentialCreationOptionsRepository}, but as a serializable copy: sessions live in
 * PostgreSQL (Spring Session JDBC serializes attributes) and Spring Security 7.0's
 * {@code PublicKeyCredentialCreationOptions} is not {@link Serializable}.
 */
final class SessionCreationOptionsRepository implements PublicKeyCredentialCreationOptionsRepository {

    static final String ATTRIBUTE = SessionCreationOptionsRepository.class.getName();

    private static final List<PublicKeyCredentialParameters> KNOWN_PARAMETERS = List.of(
            PublicKeyCredentialParameters.EdDSA, PublicKeyCredentialParameters.ES256,
            PublicKeyCredentialParameters.ES384, PublicKeyCredentialParameters.ES512,
            PublicKeyCredentialParameters.RS256, PublicKeyCredentialParameters.RS384,
            PublicKeyCredentialParameters.RS512, PublicKeyCredentialParameters.RS1);

    @Override
    public void save(HttpServletRequest request, HttpServletResponse response,
            PublicKeyCredentialCreationOptions options) {
        if (options == null) {
            HttpSession session = request.getSession(false);
            if (session != null) {
                session.removeAttribute(ATTRIBUTE);
            }
            return;
        }
        request.getSession().setAttribute(ATTRIBUTE, Stored.of(options));
    }

    @Override
    public PublicKeyCredentialCreationOptions load(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        Object stored = session == null ? null : session.getAttribute(ATTRIBUTE);
        return stored instanceof Stored s ? s.toOptions() : null;
    }

    private record Stored(String rpId, String rpName, PublicKeyCredentialUserEntity user, Bytes challenge,
            List<Long> algorithms, Duration timeout, ArrayList<PublicKeyCredentialDescriptor> excludeCredentials,
            String attachment, String residentKey, String userVerification, String attestation,
            AuthenticationExtensionsClientInputs extensions) implements Serializable {

        @Serial
        private static final long serialVersionUID = 1L;

        static Stored of(PublicKeyCredentialCreationOptions o) {
            AuthenticatorSelectionCriteria selection = o.getAuthenticatorSelection();
            return new Stored(o.getRp().getId(), o.getRp().getName(), o.getUser(), o.getChallenge(),
                    o.getPubKeyCredParams().stream().map(p -> p.getAlg().getValue()).toList(), o.getTimeout(),
                    new ArrayList<>(o.getExcludeCredentials()),
                    selection == null || selection.getAuthenticatorAttachment() == null ? null
                            : selection.getAuthenticatorAttachment().getValue(),
                    selection == null || selection.getResidentKey() == null ? null
                            : selection.getResidentKey().getValue(),
                    selection == null || selection.getUserVerification() == null ? null
                            : selection.getUserVerification().getValue(),
                    o.getAttestation() == null ? null : o.getAttestation().getValue(), o.getExtensions());
        }

        PublicKeyCredentialCreationOptions toOptions() {
            AuthenticatorSelectionCriteria.AuthenticatorSelectionCriteriaBuilder selection =
                    AuthenticatorSelectionCriteria.builder();
            if (attachment != null) {
                selection.authenticatorAttachment(AuthenticatorAttachment.valueOf(attachment));
            }
            if (residentKey != null) {
                selection.residentKey(ResidentKeyRequirement.valueOf(residentKey));
            }
            if (userVerification != null) {
                selection.userVerification(Stream.of(UserVerificationRequirement.REQUIRED,
                        UserVerificationRequirement.PREFERRED, UserVerificationRequirement.DISCOURAGED)
                        .filter(u -> u.getValue().equals(userVerification)).findFirst().orElseThrow());
            }
            PublicKeyCredentialCreationOptions.PublicKeyCredentialCreationOptionsBuilder builder =
                    PublicKeyCredentialCreationOptions.builder()
                            .rp(PublicKeyCredentialRpEntity.builder().id(rpId).name(rpName).build())
                            .user(user)
                            .challenge(challenge)
                            .pubKeyCredParams(algorithms.stream().map(alg -> KNOWN_PARAMETERS.stream()
                                    .filter(p -> p.getAlg().getValue() == alg).findFirst().orElseThrow()).toList())
                            .excludeCredentials(excludeCredentials)
                            .authenticatorSelection(selection.build());
            if (timeout != null) {
                builder.timeout(timeout);
            }
            if (attestation != null) {
                builder.attestation(AttestationConveyancePreference.valueOf(attestation));
            }
            if (extensions != null) {
                builder.extensions(extensions);
            }
            return builder.build();
        }
    }
}
