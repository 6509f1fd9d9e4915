package com.partnershipgovernance.platform.query;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class FreeTextTest {

    @Test
    void likeWildcardsAndTheEscapeCharacterAreEscaped() {
        assertThat(FreeText.of("%").orElseThrow().pattern()).isEqualTo("%!%%");
        assertThat(FreeText.of("_").orElseThrow().pattern()).isEqualTo("%!_%");
        assertThat(FreeText.of("100%_a!b").orElseThrow().pattern()).isEqualTo("%100!%!_a!!b%");
    }

    @Test
    void theTypedTextIsStrippedAndLowerCased() {
        assertThat(FreeText.of("  Acme Biologics ").orElseThrow().pattern()).isEqualTo("%acme biologics%");
    }

    @Test
    void blankTextIsNoFilter() {
        assertThat(FreeText.of(null)).isEmpty();
        assertThat(FreeText.of("   ")).isEmpty();
    }

    @Test
    void theConditionNamesItsEscapeCharacter() {
        assertThat(FreeText.of("x").orElseThrow().condition("t.name", "text"))
                .isEqualTo("lower(t.name) like :text escape '!'");
    }
}
