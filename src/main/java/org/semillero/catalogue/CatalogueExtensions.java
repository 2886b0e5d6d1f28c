package org.semillero.catalogue;

import io.quarkus.qute.TemplateExtension;
import java.util.List;

/** For the catalogue pages: the channels and measures to choose from
 * ({@code {#for c in catalogue:channels}}). */
@TemplateExtension(namespace = "catalogue")
public final class CatalogueExtensions {

    private CatalogueExtensions() {
    }

    static List<Channel> channels() {
        return List.of(Channel.values());
    }

    static List<Measure> measures() {
        return List.of(Measure.values());
    }
}
