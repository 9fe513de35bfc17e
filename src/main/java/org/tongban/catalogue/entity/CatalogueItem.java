package org.tongban.catalogue.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** The stable identity of a national item: its code, category and policy area never change. */
@Entity
@Table(name = "catalogue_item")
public class CatalogueItem {

    @Id
    @Column(name = "code")
    private String code;

    @Enumerated(EnumType.STRING)
    @Column(name = "category")
    private ItemCategory category;

    @Enumerated(EnumType.STRING)
    @Column(name = "policy_area")
    private PolicyArea policyArea;

    protected CatalogueItem() {
    }

    public CatalogueItem(String code, PolicyArea policyArea) {
        this.code = code;
        this.category = ItemCategory.valueOf(code.substring(0, 2));
        this.policyArea = policyArea;
    }

    public String code() {
        return code;
    }

    public ItemCategory category() {
        return category;
    }

    public PolicyArea policyArea() {
        return policyArea;
    }
}
