package dev.tagbench.user;

import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.communication.IndexHtmlResponse;
import java.security.SecureRandom;
import java.util.Base64;
import org.springframework.stereotype.Component;

/**
 * Vaadin's page (the one HTML page every view is served in) gets a fresh random nonce: every
 * script element Vaadin put into it carries it, and the page's Content Security Policy allows
 * inline script with that nonce only, so a script injected into the page does not run. See
 * {@link SecurityHeadersFilter} for why the page still allows eval.
 */
@Component
class VaadinPageNonce implements VaadinServiceInitListener {

    private final SecureRandom random = new SecureRandom();

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.addIndexHtmlRequestListener(this::addNonce);
    }

    void addNonce(IndexHtmlResponse page) {
        var bytes = new byte[18];
        random.nextBytes(bytes);
        var nonce = Base64.getEncoder().encodeToString(bytes);
        page.getDocument().getElementsByTag("script").attr("nonce", nonce);
        page.getVaadinResponse()
                .setHeader(
                        "Content-Security-Policy",
                        SecurityHeadersFilter.policy("'self' 'nonce-" + nonce + "' 'unsafe-eval'"));
    }
}
