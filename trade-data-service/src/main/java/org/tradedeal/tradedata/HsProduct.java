package org.tradedeal.tradedata;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** The short name of an HS chapter, heading or subheading, so answers can say what a code is. */
@Entity
@Table(name = "hs_product")
public class HsProduct extends PanacheEntityBase {

    @Id
    @Column(name = "hs_code", length = 6)
    public String hsCode;

    @Column(nullable = false, length = 200)
    public String description;
}
