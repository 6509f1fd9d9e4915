package com.partnershipgovernance.agreement.msa.api;

import com.partnershipgovernance.agreement.shared.api.MoneyRequest;
import com.partnershipgovernance.agreement.msa.domain.MsaTerms;
import com.partnershipgovernance.agreement.msa.domain.PaymentTerms;
import com.partnershipgovernance.agreement.shared.domain.Currencies;
import com.partnershipgovernance.agreement.shared.domain.DocumentReference;
import com.partnershipgovernance.agreement.shared.domain.Money;
import com.partnershipgovernance.platform.problem.ValidationException;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import com.partnershipgovernance.agreement.lifecycle.AgreementRequest;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The terms of an MSA, to draft one ({@code POST /msas}) or to replace a draft's ({@code PUT /msas/{id}}).
 * The partner is named at drafting and cannot change afterwards.
 */
@Schema(name = "MsaRequest")
public record MsaRequest(
        @NotNull @Schema(description = "partner-service's id of the partner") java.util.UUID partnerId,
        @NotBlank @Size(max = 300) @Schema(example = "Master services agreement for biologics manufacturing")
        String title,
        @NotNull @Schema(example = "2027-01-01") LocalDate effectiveOn,
        @Schema(description = "after effectiveOn; null for an evergreen agreement", example = "2031-12-31")
        LocalDate expiresOn,
        @NotBlank @Size(max = 200) @Schema(example = "England and Wales") String governingLaw,
        @NotNull @Valid PaymentTermsRequest paymentTerms,
        @Valid @Schema(description = "null when liability is not capped") MoneyRequest liabilityCap,
        @NotNull @Schema(description = "when the agreement is next due for review", example = "2027-12-01")
        LocalDate reviewOn,
        // checked in toTerms(): the platform names a list element's field documents.sha256[0], not documents[0].sha256
        @Size(max = 50) List<DocumentRequest> documents) implements AgreementRequest<MsaTerms> {

    /** Net payment days and the invoicing currency. */
    @Schema(name = "PaymentTerms")
    public record PaymentTermsRequest(
            @NotNull @Min(0) @Max(365) @Schema(example = "45") Integer days,
            @NotNull @Pattern(regexp = "[A-Z]{3}", message = "must be an ISO 4217 currency code, e.g. EUR")
            @Schema(example = "EUR") String currency) {
    }


    /** A contract document in the document management system, pinned by its SHA-256 (64 hex characters). */
    @Schema(name = "DocumentReference")
    public record DocumentRequest(
            @Schema(example = "MSA signed copy", maxLength = 300) String title,
            @Schema(example = "https://dms.example.com/contracts/msa-acme-2027.pdf", maxLength = 2000) String uri,
            @Schema(pattern = "[0-9a-fA-F]{64}", example = "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08")
            String sha256) {
    }

    private static final java.util.regex.Pattern SHA_256 = java.util.regex.Pattern.compile("[0-9a-fA-F]{64}");

    /**
     * The terms, once the checks Bean Validation cannot express passed.
     *
     * @throws ValidationException (400) naming the field: dates out of order, unknown currency, relative URI
     */
    @Override
    public MsaTerms toTerms() {
        if (expiresOn != null && !expiresOn.isAfter(effectiveOn)) {
            throw new ValidationException("expiresOn", "must be after effectiveOn (" + effectiveOn + ")");
        }
        requireCurrency("paymentTerms.currency", paymentTerms.currency());
        Money cap = null;
        if (liabilityCap != null) {
            requireCurrency("liabilityCap.currency", liabilityCap.currency());
            cap = new Money(liabilityCap.amount(), liabilityCap.currency());
        }
        List<DocumentReference> references = new ArrayList<>();
        for (int i = 0; documents != null && i < documents.size(); i++) {
            references.add(document("documents[" + i + "]", documents.get(i)));
        }
        return new MsaTerms(title.strip(), effectiveOn, expiresOn, governingLaw.strip(),
                new PaymentTerms(paymentTerms.days(), paymentTerms.currency()), cap, reviewOn, references);
    }

    private static DocumentReference document(String field, DocumentRequest d) {
        if (d == null) {
            throw new ValidationException(field, "must not be null");
        }
        if (d.title() == null || d.title().isBlank() || d.title().length() > 300) {
            throw new ValidationException(field + ".title", "must not be blank, at most 300 characters");
        }
        if (d.uri() == null || d.uri().isBlank() || d.uri().length() > 2000) {
            throw new ValidationException(field + ".uri", "must not be blank, at most 2000 characters");
        }
        requireAbsoluteUri(field + ".uri", d.uri().strip());
        if (d.sha256() == null || !SHA_256.matcher(d.sha256()).matches()) {
            throw new ValidationException(field + ".sha256", "must be a SHA-256 of 64 hexadecimal characters");
        }
        return new DocumentReference(d.title().strip(), d.uri().strip(), d.sha256());
    }

    private static void requireCurrency(String field, String code) {
        if (!Currencies.isKnown(code)) {
            throw new ValidationException(field, "is not an ISO 4217 currency code");
        }
    }

    private static void requireAbsoluteUri(String field, String uri) {
        try {
            if (!new URI(uri).isAbsolute()) {
                throw new ValidationException(field, "must be an absolute URI, e.g. https://dms.example.com/...");
            }
        } catch (URISyntaxException e) {
            throw new ValidationException(field, "is not a valid URI");
        }
    }
}
