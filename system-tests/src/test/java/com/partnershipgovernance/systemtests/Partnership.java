package com.partnershipgovernance.systemtests;

import com.partnershipgovernance.platform.testing.LocalTokens;

import java.time.Duration;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A partnership set up through the services' APIs as its teams would: the partner registered and qualified (signed)
 * in partner-service, known to agreement-service from its events, an executed MSA and an executed SOW under it. Each
 * scenario works on a partnership of its own, so its ledger reads only its own records.
 */
record Partnership(UUID partnerId, UUID sowId) {

    static Partnership create(FaultPlatform platform, Api api, String name) throws Exception {
        LocalTokens tokens = platform.tokens();
        String partnerService = platform.url(FaultPlatform.PARTNER);
        String agreementService = platform.url(FaultPlatform.AGREEMENT);

        Api.Answer partner = expect(201, api.post(partnerService + "/partners", admin(tokens),
                "{\"legalName\":\"" + name + "\",\"type\":\"CDMO\"}", Map.of()));
        String partnerId = partner.id();
        expect(200, api.post(partnerService + "/partners/" + partnerId + "/qualification", admin(tokens),
                "{\"to\":\"UNDER_EVALUATION\",\"reason\":\"RFP answered\"}", Map.of("If-Match", partner.etag())));
        String etag = expect(200, api.get(partnerService + "/partners/" + partnerId, admin(tokens))).etag();
        expect(200, api.post(partnerService + "/partners/" + partnerId + "/qualification", admin(tokens),
                "{\"to\":\"QUALIFIED\",\"reason\":\"Qualification audit passed\",\"signature\":{\"meaning\":"
                        + "\"APPROVAL\"}}", Map.of("If-Match", etag)));
        await().atMost(Duration.ofSeconds(60)).until(() -> {
            Api.Answer known = api.get(agreementService + "/partners/" + partnerId, admin(tokens));
            return known.status() == 200 && "QUALIFIED".equals(known.json().getString("qualificationStatus", null));
        });

        LocalDate today = LocalDate.now();
        String msa = expect(201, api.post(agreementService + "/msas", admin(tokens), """
                {"partnerId":"%s","title":"Master services agreement, fault suite","effectiveOn":"%s",
                 "expiresOn":"%s","governingLaw":"England and Wales","paymentTerms":{"days":45,"currency":"EUR"},
                 "liabilityCap":{"amount":"5000000.00","currency":"EUR"},"reviewOn":"%s",
                 "documents":[{"title":"MSA","uri":"https://dms.example.com/contracts/msa.pdf",
                 "sha256":"9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08"}]}
                """.formatted(partnerId, today, today.plusYears(5), today.plusYears(1)), Map.of())).id();
        execute(api, tokens, agreementService + "/msas/" + msa);
        String sow = expect(201, api.post(agreementService + "/sows", admin(tokens), """
                {"msaId":"%s","kind":"MANUFACTURING","title":"GMP manufacture of PPQ batches",
                 "deliverables":[{"name":"Master batch record","responsibility":"PARTNER"}],
                 "timeline":{"startOn":"%s","endOn":"%s"},"budget":{"amount":"250000.00","currency":"EUR"}}
                """.formatted(msa, today.minusMonths(1), today.plusYears(1)), Map.of())).id();
        // executed, so that its overdue milestones are announced missed
        execute(api, tokens, agreementService + "/sows/" + sow);
        return new Partnership(UUID.fromString(partnerId), UUID.fromString(sow));
    }

    /** Takes the MSA or SOW at {@code url} from DRAFT through review and signed approval to EXECUTED. */
    private static void execute(Api api, LocalTokens tokens, String url) throws Exception {
        for (String move : new String[] {"{\"to\":\"IN_REVIEW\",\"reason\":\"Ready for review\"}",
                "{\"to\":\"APPROVED\",\"reason\":\"Terms agreed\",\"signature\":{\"meaning\":\"APPROVAL\"}}",
                "{\"to\":\"EXECUTED\",\"reason\":\"Signed by both parties\",\"signature\":{\"meaning\":\"APPROVAL\"}}"}) {
            String etag = expect(200, api.get(url, admin(tokens))).etag();
            expect(200, api.post(url + "/status", admin(tokens), move, Map.of("If-Match", etag)));
        }
    }

    /** A fresh admin token: signatures need a recent {@code auth_time}. */
    static String admin(LocalTokens tokens) {
        return tokens.admin(Duration.ofHours(1));
    }

    private static Api.Answer expect(int status, Api.Answer answer) {
        assertThat(answer.status()).as("answer %s", answer.body()).isEqualTo(status);
        return answer;
    }
}
