package org.tradedeal.tradedata;

import io.quarkus.hibernate.orm.panache.PanacheEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import org.hibernate.annotations.SQLRestriction;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Version;

import java.math.BigDecimal;

/**
 * One figure of one ledger: the reporter's goods imports from (or exports to) the partner in one period, in
 * total or for one HS product, with where it comes from and how precise it is.
 */
@Entity
// A deleted flow keeps its row (deleted_at, deleted_by); every query leaves it out.
@SQLRestriction("deleted_at IS NULL")
@Table(name = "trade_flow")
public class TradeFlow extends PanacheEntity {

    /** Whose statistics these are (ISO code). */
    @Column(nullable = false, length = 2)
    public String reporter;

    /** The other side (ISO code). */
    @Column(nullable = false, length = 2)
    public String partner;

    /** The period as labelled by the source: "2024" or "FY2024-25". */
    @Column(nullable = false, length = 10)
    public String period;

    @Enumerated(EnumType.STRING)
    @Column(name = "period_basis", nullable = false, length = 13)
    public PeriodBasis basis;

    /** The calendar year, or the year in which the fiscal year ends. */
    @Column(nullable = false)
    public int year;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 6)
    public Direction direction;

    @Enumerated(EnumType.STRING)
    @Column(name = "product_level", nullable = false, length = 5)
    public ProductLevel productLevel;

    /** HS code of the product; null for the total. */
    @Column(name = "hs_code", length = 6)
    public String hsCode;

    /** Whole US dollars. */
    @Column(name = "value_usd", nullable = false, precision = 18)
    public BigDecimal valueUsd;

    /** Duties collected on the flow, where the source gives them (whole US dollars). */
    @Column(name = "calculated_duty_usd", precision = 18)
    public BigDecimal calculatedDutyUsd;

    @Column(nullable = false, length = 300)
    public String source;

    @Enumerated(EnumType.STRING)
    @Column(name = "value_precision", nullable = false, length = 9)
    public ValuePrecision precision;

    /** The source's own words on precision, e.g. "rounded to 0.1 bn". */
    @Column(name = "precision_note", length = 200)
    public String precisionNote;

    /** For rounded figures, the unit rounded to (100000000 for 0.1 bn). */
    @Column(name = "rounding_unit_usd", precision = 18)
    public BigDecimal roundingUnitUsd;

    /** The data release the figure belongs to. */
    @Column(nullable = false, length = 100)
    public String vintage;

    /** The import batch the row came with; null for flows entered one by one. */
    @Column(name = "import_batch_id")
    public Long importBatchId;

    /** The line of the imported file the row came from. */
    @Column(name = "source_line")
    public Integer sourceLine;

    @Version
    public long version;

    @Column(name = "deleted_at")
    public java.time.Instant deletedAt;

    @Column(name = "deleted_by", length = 200)
    public String deletedBy;
}
