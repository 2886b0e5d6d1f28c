package org.semillero.shared.i18n;

import io.quarkus.arc.Arc;
import io.quarkus.qute.EngineBuilder;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.qute.i18n.MessageBundles;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;
import org.semillero.shared.security.Viewer;

/**
 * Renders every template in the language chosen for the request (profile, switcher, browser),
 * not only the browser's: message bundles read the {@code locale} attribute this sets.
 */
@Singleton
public class RequestLocale implements TemplateInstance.Initializer {

    void register(@Observes EngineBuilder engine) {
        engine.addTemplateInstanceInitializer(this);
    }

    @Override
    public void accept(TemplateInstance instance) {
        if (instance.getAttribute(MessageBundles.ATTRIBUTE_LOCALE) == null
                && Arc.container().requestContext().isActive()) {
            instance.setAttribute(MessageBundles.ATTRIBUTE_LOCALE, Arc.container().instance(Viewer.class).get().locale());
        }
    }
}
