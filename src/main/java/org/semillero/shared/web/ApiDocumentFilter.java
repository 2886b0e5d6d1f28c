package org.semillero.shared.web;

import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Paths;

/**
 * The API document describes the JSON API only: the HTML pages are not part of the contract,
 * so their paths are left out.
 */
public class ApiDocumentFilter implements OASFilter {

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        Paths paths = openAPI.getPaths();
        if (paths == null || paths.getPathItems() == null) {
            return;
        }
        Paths kept = OASFactory.createPaths();
        paths.getPathItems().forEach((path, item) -> {
            if (path.startsWith("/api/")) {
                kept.addPathItem(path, item);
            }
        });
        openAPI.setPaths(kept);
    }
}
