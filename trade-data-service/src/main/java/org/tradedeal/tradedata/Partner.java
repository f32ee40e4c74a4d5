package org.tradedeal.tradedata;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Version;

/** A trading partner, keyed by its ISO 3166-1 alpha-2 code. */
@Entity
public class Partner extends PanacheEntityBase {

    @Id
    @Column(name = "iso_code", length = 2)
    public String isoCode;

    @Column(nullable = false, length = 120)
    public String name;

    /** The US Census Bureau's country code, for matching Census-layout data. */
    @Column(name = "census_code", length = 4, unique = true)
    public String censusCode;

    @Version
    public long version;
}
