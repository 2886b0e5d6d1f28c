package org.semillero.shared.web;

import io.smallrye.openapi.api.OperationIdGenerator;
import org.jboss.jandex.ClassInfo;
import org.jboss.jandex.MethodInfo;

/**
 * Stable operation ids for the API document, read by client generators as method names: the
 * resource's name without "Resource", then the Java method, e.g. {@code IdeaResource.create}
 * becomes {@code ideaCreate} and {@code EventTeamResource.list} becomes {@code eventTeamList}.
 * Renaming a resource method renames its operation, so ApiContractTest pins a sample of them.
 */
public class ApiOperationIds implements OperationIdGenerator {

    @Override
    public String generateOperationId(ClassInfo resource, MethodInfo method) {
        String owner = resource.simpleName().replaceFirst("Resource$", "");
        String name = method.name();
        return Character.toLowerCase(owner.charAt(0)) + owner.substring(1)
                + Character.toUpperCase(name.charAt(0)) + name.substring(1);
    }
}
