package com.partnershipgovernance.deploy.demo;

import com.partnershipgovernance.platform.testing.LocalTokens;

/** The sponsor's people who build the demo portfolio, one per function, each with only their role. */
record DemoTeam(Persona quality, Persona regulatory, Persona legal, Persona finance, Persona supplyChain,
                Persona clinical, Persona rnd, Persona steeringCommittee) {

    static DemoTeam mint(LocalTokens tokens) {
        return new DemoTeam(
                Persona.of(tokens, "demo-quality", "Dr. Anna Keller (Head of Quality)", "quality"),
                Persona.of(tokens, "demo-regulatory", "Marco Rossi (Regulatory Affairs)", "regulatory"),
                Persona.of(tokens, "demo-legal", "Sarah O'Neill (Legal Counsel)", "legal"),
                Persona.of(tokens, "demo-finance", "Jonas Berg (Finance Controller)", "finance"),
                Persona.of(tokens, "demo-supply", "Priya Natarajan (External Supply)", "supply-chain"),
                Persona.of(tokens, "demo-clinical", "Dr. Luis Ortega (Clinical Operations)", "clinical"),
                Persona.of(tokens, "demo-rnd", "Dr. Mei Chen (CMC Development)", "rnd"),
                Persona.of(tokens, "demo-steering", "Helen Carter (Steering Committee)", "steering-committee"));
    }
}
