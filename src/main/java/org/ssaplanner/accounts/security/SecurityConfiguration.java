package org.ssaplanner.accounts.security;

import java.util.List;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.web.server.context.WebServerInitializedEvent;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.ApplicationListener;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.authentication.AuthenticationEventPublisher;
import org.springframework.security.authentication.DefaultAuthenticationEventPublisher;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authorization.DefaultAuthorizationManagerFactory;
import org.springframework.security.config.ObjectPostProcessor;
import org.springframework.security.config.annotation.authorization.EnableMultiFactorAuthentication;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.ExceptionTranslationFilter;
import org.springframework.security.web.access.intercept.RequestAuthorizationContext;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.security.web.authentication.SimpleUrlAuthenticationFailureHandler;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.authentication.session.ChangeSessionIdAuthenticationStrategy;
import org.springframework.security.web.context.DelegatingSecurityContextRepository;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.RequestAttributeSecurityContextRepository;
import org.springframework.security.web.csrf.CsrfFilter;
import org.springframework.security.web.header.HeaderWriterFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.webauthn.authentication.WebAuthnAuthenticationFilter;

/**
 * Form login, CSRF, session-fixation protection, strict security headers. Pages need a signed-in
 * user; the real rules live on the services (method security), the URL rules here are a first fence.
 *
 * <p>Multi-factor sign-in uses Spring Security 7's support ({@link EnableMultiFactorAuthentication}: each
 * factor adds a {@code FactorGrantedAuthority} and later factors keep the earlier ones): the password, then a
 * passkey ({@code webAuthn()}) or a code of an authenticator app or a recovery code ({@link
 * SecondFactorCodeFilter}). Every URL rule carries the additional authorization {@link SignInRequirements}:
 * until the second factor is proven, a one-time password replaced and a required second factor enrolled,
 * the user is sent to the page that does it (Spring's missing-authority handling), and only there.
 */
@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity
@EnableMultiFactorAuthentication(authorities = {})
@EnableConfigurationProperties({LockoutProperties.class, PasswordPolicyProperties.class, MfaProperties.class,
        SessionProperties.class, WebAuthnProperties.class})
public class SecurityConfiguration {

    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
            + "img-src 'self' data:; font-src 'self' data:; connect-src 'self'; object-src 'none'; "
            + "base-uri 'self'; form-action 'self'; frame-ancestors 'none'";
    static final String PERMISSIONS_POLICY = "camera=(), microphone=(), geolocation=()";

    /** Pages to enrol a second factor (also used later to manage them). */
    static final String[] ENROLMENT_PAGES = {"/account/enrol", "/account/totp", "/account/totp/**",
            "/account/passkeys/added", "/account/recovery-codes", "/webauthn/register", "/webauthn/register/**"};

    @Bean
    SecurityFilterChain securityFilterChain(HttpSecurity http, SessionProperties session, WebAuthnProperties webAuthn,
            PasskeyOrigins passkeyOrigins, ObjectProvider<SecondFactorCodeAuthenticationProvider> codes,
            ObjectProvider<UserDetailsService> users, AuthenticationEventPublisher authenticationEvents,
            @Value("${ssa.security.allowed-hosts:}") List<String> allowedHosts) throws Exception {
        DefaultAuthorizationManagerFactory<RequestAuthorizationContext> signedIn = stage(SignInStage.COMPLETE);
        DefaultAuthorizationManagerFactory<RequestAuthorizationContext> secondFactorProven =
                stage(SignInStage.PASSWORD_CHANGE);
        DefaultAuthorizationManagerFactory<RequestAuthorizationContext> passwordChanged = stage(SignInStage.ENROLMENT);
        http
            .addFilterAfter(new AllowedHostsFilter(allowedHosts), HeaderWriterFilter.class)
            .authorizeHttpRequests(requests -> requests
                .requestMatchers("/login", "/error", "/error/**", "/css/**", "/js/**", "/images/**", "/webjars/**",
                        "/favicon.ico", "/actuator/health", "/actuator/health/**").permitAll()
                .requestMatchers(SecondFactorCodeFilter.URL, "/session/keepalive").authenticated()
                .requestMatchers("/account/password").access(secondFactorProven.authenticated())
                .requestMatchers(ENROLMENT_PAGES).access(passwordChanged.authenticated())
                .requestMatchers("/admin/security-log", "/admin/security-log/**").access(signedIn.hasAnyRole("ADMIN", "VIEWER"))
                .requestMatchers("/admin/**").access(signedIn.hasRole("ADMIN"))
                .anyRequest().access(signedIn.authenticated()))
            .formLogin(form -> form
                .loginPage("/login")
                .successHandler(new PasswordSignInSuccessHandler())
                .failureHandler(new SignInFailureHandler("/login?error")))
            .webAuthn(passkeys -> passkeys
                .rpId(webAuthn.rpId())
                .rpName(webAuthn.rpName())
                .allowedOrigins(passkeyOrigins.live())
                .disableDefaultRegistrationPage(true)
                .withObjectPostProcessor(new ObjectPostProcessor<WebAuthnAuthenticationFilter>() {
                    @Override
                    public <O extends WebAuthnAuthenticationFilter> O postProcess(O filter) {
                        filter.setAuthenticationSuccessHandler(new PasskeySecondFactorSuccessHandler(users.getObject()));
                        filter.setSessionAuthenticationStrategy(new ChangeSessionIdAuthenticationStrategy());
                        return filter;
                    }
                }))
            .exceptionHandling(exceptions -> exceptions
                .authenticationEntryPoint(EndedSessionHandling.entryPoint())
                .defaultDeniedHandlerForMissingAuthority(new LoginUrlAuthenticationEntryPoint(SecondFactorCodeFilter.URL),
                        SignInRequirements.MISSING_SECOND_FACTOR)
                .defaultDeniedHandlerForMissingAuthority(new LoginUrlAuthenticationEntryPoint("/account/password"),
                        SignInRequirements.MISSING_PASSWORD_CHANGE)
                .defaultDeniedHandlerForMissingAuthority(new LoginUrlAuthenticationEntryPoint("/account/enrol"),
                        SignInRequirements.MISSING_ENROLMENT))
            .logout(logout -> logout
                .logoutUrl("/logout")
                .logoutSuccessUrl("/login?logout")
                .deleteCookies("JSESSIONID"))
            .sessionManagement(sessions -> sessions
                .sessionFixation(fixation -> fixation.changeSessionId()))
            // after the header writer: reading the session may find the database down, and the 503 page keeps its headers
            .addFilterAfter(new AbsoluteSessionLifetimeFilter(session.absoluteTimeout()), HeaderWriterFilter.class)
            .addFilterBefore(new EnrolmentGuardFilter(), ExceptionTranslationFilter.class)
            .addFilterBefore(EndedSessionHandling.postIntoEndedSession(), CsrfFilter.class)
            .headers(headers -> headers
                .contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
                .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.SAME_ORIGIN))
                .frameOptions(frame -> frame.deny())
                .permissionsPolicyHeader(permissions -> permissions.policy(PERMISSIONS_POLICY)));
        SecondFactorCodeAuthenticationProvider codeProvider = codes.getIfAvailable();
        if (codeProvider != null) {
            http.addFilterAfter(secondFactorCodeFilter(codeProvider, authenticationEvents),
                    UsernamePasswordAuthenticationFilter.class);
        }
        return http.build();
    }

    private static DefaultAuthorizationManagerFactory<RequestAuthorizationContext> stage(SignInStage stage) {
        DefaultAuthorizationManagerFactory<RequestAuthorizationContext> factory = new DefaultAuthorizationManagerFactory<>();
        factory.setAdditionalAuthorization(new SignInRequirements(stage));
        return factory;
    }

    private static SecondFactorCodeFilter secondFactorCodeFilter(SecondFactorCodeAuthenticationProvider provider,
            AuthenticationEventPublisher events) {
        ProviderManager manager = new ProviderManager(SecondFactorCodeAuthenticationProvider.asProvider(provider));
        manager.setAuthenticationEventPublisher(events);
        SecondFactorCodeFilter filter = new SecondFactorCodeFilter();
        filter.setAuthenticationManager(manager);
        filter.setMfaEnabled(true);
        filter.setSecurityContextRepository(new DelegatingSecurityContextRepository(
                new RequestAttributeSecurityContextRepository(), new HttpSessionSecurityContextRepository()));
        filter.setSessionAuthenticationStrategy(new ChangeSessionIdAuthenticationStrategy());
        SavedRequestAwareAuthenticationSuccessHandler success = new SavedRequestAwareAuthenticationSuccessHandler();
        success.setDefaultTargetUrl("/");
        filter.setAuthenticationSuccessHandler(success);
        filter.setAuthenticationFailureHandler(new SimpleUrlAuthenticationFailureHandler(SecondFactorCodeFilter.URL + "?error"));
        return filter;
    }

    /** Passkey registration options kept in the session in a serializable form (Spring Session JDBC). */
    @Bean
    SessionCreationOptionsRepository passkeyCreationOptions() {
        return new SessionCreationOptionsRepository();
    }

    @Bean
    PasskeyOrigins passkeyOrigins(WebAuthnProperties properties) {
        return new PasskeyOrigins(properties);
    }

    @Bean
    ApplicationListener<WebServerInitializedEvent> localPasskeyOrigin(PasskeyOrigins origins) {
        return event -> origins.addLocal(event.getWebServer().getPort());
    }

    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    @Bean
    AuthenticationEventPublisher authenticationEventPublisher(ApplicationEventPublisher publisher) {
        return new DefaultAuthenticationEventPublisher(publisher);
    }
}
