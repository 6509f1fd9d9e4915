package com.partnershipgovernance.partner.partner.domain;

/** The kinds of product a partner handles. */
public enum Modality {
    MAB, ADC, CELL_THERAPY, GENE_THERAPY, MRNA_LNP, SMALL_MOLECULE, PEPTIDE, OLIGONUCLEOTIDE, VACCINE, OTHER
}
