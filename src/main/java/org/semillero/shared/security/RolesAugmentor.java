package org.semillero.shared.security;

import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.SecurityIdentityAugmentor;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Every signed-in person is an officer; an admin can do what organizers and the innovation
 * office do. Providers only need to grant the specific roles. A signal feeder's service account
 * stays what it is: no officer role, no profile.
 */
@ApplicationScoped
public class RolesAugmentor implements SecurityIdentityAugmentor {

    @Override
    public Uni<SecurityIdentity> augment(SecurityIdentity identity, AuthenticationRequestContext context) {
        if (identity.isAnonymous() || Roles.serviceAccount(identity.getRoles())) {
            return Uni.createFrom().item(identity);
        }
        QuarkusSecurityIdentity.Builder builder = QuarkusSecurityIdentity.builder(identity).addRole(Roles.OFFICER);
        if (identity.hasRole(Roles.ADMIN)) {
            builder.addRole(Roles.ORGANIZER).addRole(Roles.INNOVATION_OFFICE);
        }
        return Uni.createFrom().item(builder.build());
    }
}
