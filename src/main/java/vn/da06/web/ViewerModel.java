package vn.da06.web;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** Every page gets the signed-in person as {@code viewer} (null on the sign-in page), for the menu and the actions. */
@ControllerAdvice
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
class ViewerModel {

    @ModelAttribute("viewer")
    Viewer viewer(Authentication authentication) {
        return authentication == null || !authentication.isAuthenticated() || authentication.getPrincipal() instanceof String
                ? null : Viewer.of(authentication);
    }
}
