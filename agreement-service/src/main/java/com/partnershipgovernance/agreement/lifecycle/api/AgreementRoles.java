package com.partnershipgovernance.agreement.lifecycle.api;

import com.partnershipgovernance.agreement.lifecycle.domain.AgreementKind;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.container.ResourceInfo;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * Gives each write to an agreement to the roles of its kind ({@link AgreementKind#drafters()} or
 * {@link AgreementKind#owners()}), for the operations the kinds share ({@link AgreementResource},
 * {@link AgreementVersionResource}). Their {@code @RolesAllowed} admits every role that owns some kind; this
 * filter narrows it to the kind's before the body is read, so a refused caller gets 403 whatever they sent. A
 * write that names no duty is refused to everyone: deny by default.
 */
public class AgreementRoles {

    /** The operation extension naming the duty of a write: DRAFT or OWN ({@link AgreementKind.Duty}). */
    public static final String DUTY = "x-agreement-duty";

    static final String CREATED = "Created: the new record, its URL in Location and its version in ETag";
    static final String AS_IT_STANDS = "The record as it now stands; its version in ETag";

    @Inject
    SecurityIdentity identity;

    @ServerRequestFilter
    public void requireRoleOfKind(ResourceInfo resource) {
        Class<?> type = resource.getResourceClass();
        if (type == null || identity.isAnonymous() || resource.getResourceMethod().isAnnotationPresent(GET.class)
                || !(AgreementResource.class.isAssignableFrom(type)
                || AgreementVersionResource.class.isAssignableFrom(type))) {
            // reads are open to every reader; an anonymous caller is refused (401) by @RolesAllowed
            return;
        }
        AgreementKind kind = AgreementKind.servedAt(type.getAnnotation(Path.class).value());
        Extension duty = resource.getResourceMethod().getAnnotation(Extension.class);
        if (kind == null || duty == null || !DUTY.equals(duty.name())) {
            throw new ForbiddenException("This write names no owner");
        }
        if (kind.rolesOf(AgreementKind.Duty.valueOf(duty.value())).stream().noneMatch(identity::hasRole)) {
            throw new ForbiddenException("Only " + kind.rolesOf(AgreementKind.Duty.valueOf(duty.value()))
                    + " may do this to a " + kind.label());
        }
    }
}
