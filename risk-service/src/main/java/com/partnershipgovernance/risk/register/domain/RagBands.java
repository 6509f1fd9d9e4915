package com.partnershipgovernance.risk.register.domain;

/**
 * Where green ends and amber ends on the 1..25 score scale: scores up to {@code greenMax} are green,
 * up to {@code amberMax} amber, above red. The defaults (6 and 12) give green 1-6, amber 8-12, red 15-25.
 */
public record RagBands(int greenMax, int amberMax) {

    public static final RagBands DEFAULT = new RagBands(6, 12);

    public RagBands {
        if (greenMax < 1 || amberMax <= greenMax || amberMax >= 25) {
            throw new IllegalArgumentException("RAG bands need 1 <= greenMax < amberMax < 25, got green up to "
                    + greenMax + ", amber up to " + amberMax);
        }
    }

    public Rag rag(int score) {
        if (score <= greenMax) {
            return Rag.GREEN;
        }
        return score <= amberMax ? Rag.AMBER : Rag.RED;
    }
}
