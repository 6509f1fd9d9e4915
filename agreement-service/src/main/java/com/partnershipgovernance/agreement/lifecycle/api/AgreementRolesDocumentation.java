package com.partnershipgovernance.agreement.lifecycle.api;

import com.partnershipgovernance.agreement.lifecycle.domain.AgreementKind;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;

import java.util.List;

/**
 * Documents, for each kind, the roles {@link AgreementRoles} admits to a shared write (Quarkus documents the
 * roles of {@code @RolesAllowed} on a resource's own methods only): the operation's security requirement lists
 * the kind's drafters or owners, and its 401 and 403 answers are documented.
 */
public class AgreementRolesDocumentation implements OASFilter {

    private static final String SCHEME = "SecurityScheme";

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        if (openAPI.getPaths() == null) {
            return;
        }
        openAPI.getPaths().getPathItems().forEach((path, item) -> {
            AgreementKind kind = AgreementKind.servedAt(path);
            if (kind != null) {
                item.getOperations().values().forEach(operation -> document(kind, operation));
            }
        });
    }

    private static void document(AgreementKind kind, Operation operation) {
        Object duty = operation.getExtensions() == null ? null : operation.getExtensions().get(AgreementRoles.DUTY);
        if (duty == null) {
            return;
        }
        // SmallRye copies a method's extension to its answers too: the duty is the operation's
        operation.getResponses().getAPIResponses().values().forEach(answer -> answer.removeExtension(AgreementRoles.DUTY));
        List<String> roles = kind.rolesOf(AgreementKind.Duty.valueOf(duty.toString()));
        operation.setSecurity(List.of(OASFactory.createSecurityRequirement().addScheme(SCHEME, roles)));
        operation.getResponses()
                .addAPIResponse("401", OASFactory.createAPIResponse().description("Not Authorized"))
                .addAPIResponse("403", OASFactory.createAPIResponse().description("Not Allowed"));
    }
}
