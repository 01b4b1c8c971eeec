package vn.da06.web;

import java.util.Map;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.security.autoconfigure.actuate.web.servlet.EndpointRequest;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.access.hierarchicalroles.RoleHierarchy;
import org.springframework.security.access.hierarchicalroles.RoleHierarchyImpl;
import org.springframework.security.authentication.AccountExpiredException;
import org.springframework.security.authentication.CredentialsExpiredException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.ExceptionMappingAuthenticationFailureHandler;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;

/**
 * Who may open what. The portal: form sign-in with CSRF protection on every form, sessions that end after
 * {@code server.servlet.session.timeout}, a locked account after repeated failures (see {@link SignInEvents}).
 * Actuator, on its own port bound to 127.0.0.1: HTTP Basic, nothing for anonymous callers, the run history for
 * administrators only. Roles nest: an administrator is also staff, staff are also leaders; a unit account stands apart.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
class SecurityConfiguration {

    /** No script at all; styles, images and form targets from da06 itself only; never inside a frame. */
    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; img-src 'self' data:; style-src 'self'; "
            + "script-src 'none'; object-src 'none'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'";

    @Bean
    RoleHierarchy roleHierarchy() {
        return RoleHierarchyImpl.withDefaultRolePrefix().role("ADMIN").implies("STAFF").role("STAFF").implies("LEADER").build();
    }

    @Bean
    @Order(1)
    SecurityFilterChain actuatorSecurity(HttpSecurity http) throws Exception {
        http.securityMatcher(EndpointRequest.toAnyEndpoint())
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers(EndpointRequest.to("jobs")).hasRole("ADMIN")
                        .anyRequest().authenticated())
                .httpBasic(basic -> basic.realmName("da06"))
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(Customizer.withDefaults());
        return http.build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain portalSecurity(HttpSecurity http,
                                       @Value("${server.servlet.session.cookie.name:JSESSIONID}") String sessionCookie)
            throws Exception {
        http.authorizeHttpRequests(requests -> requests
                        .requestMatchers("/css/**", "/favicon.svg", "/login", "/error").permitAll()
                        .requestMatchers("/accounts/**").hasRole("ADMIN")
                        .requestMatchers(HttpMethod.POST, "/reports", "/months/**", "/held/**").hasRole("STAFF")
                        .requestMatchers("/reports/**").hasRole("LEADER")
                        .requestMatchers("/upload/**", "/submissions/**").hasAnyRole("STAFF", "UNIT")
                        .requestMatchers(HttpMethod.GET, "/").authenticated()
                        .anyRequest().denyAll())
                .formLogin(form -> form.loginPage("/login").permitAll().failureHandler(signInFailure()))
                // The cookie goes with the session: a request after signing out is not taken for an expired session.
                .logout(logout -> logout.logoutSuccessUrl("/login?logout").deleteCookies(sessionCookie))
                .sessionManagement(session -> session.invalidSessionUrl("/login?expired"))
                .headers(headers -> headers
                        .contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
                        .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.SAME_ORIGIN)));
        return http.build();
    }

    /** Back to the sign-in page, saying why in a word the page turns into a sentence. */
    private static ExceptionMappingAuthenticationFailureHandler signInFailure() {
        ExceptionMappingAuthenticationFailureHandler handler = new ExceptionMappingAuthenticationFailureHandler();
        handler.setDefaultFailureUrl("/login?error=sai");
        handler.setExceptionMappings(Map.of(
                LockedException.class.getName(), "/login?error=tam-khoa",
                DisabledException.class.getName(), "/login?error=vo-hieu",
                AccountExpiredException.class.getName(), "/login?error=vo-hieu",
                CredentialsExpiredException.class.getName(), "/login?error=vo-hieu"));
        return handler;
    }
}
