package org.tradedeal.tradedata;

import io.quarkus.hibernate.orm.panache.PanacheEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;

/**
 * One upload of trade flows (or one seed file): a data source in one release. Re-importing the same source
 * and vintage replaces the batch's flows; the old batch stays as history, pointing at its replacement.
 */
@Entity
@Table(name = "import_batch")
public class ImportBatch extends PanacheEntity {

    @Column(nullable = false, length = 300)
    public String source;

    @Column(nullable = false, length = 100)
    public String vintage;

    @Column(name = "file_name", length = 255)
    public String fileName;

    @Column(name = "row_count", nullable = false)
    public int rowCount;

    @Column(name = "imported_at", nullable = false)
    public Instant importedAt;

    @Column(name = "replaced_by")
    public Long replacedBy;

    @Column(name = "replaced_at")
    public Instant replacedAt;

    @Version
    public long version;
}
