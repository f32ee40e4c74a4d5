package org.tradedeal.tradedata;

import io.quarkus.hibernate.orm.panache.PanacheEntity;
import jakarta.persistence.Column;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.Version;
import org.tradedeal.tradedata.problem.IllegalStatusTransition;
import org.tradedeal.tradedata.problem.StatusDateOutOfOrder;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * One dated step in the life of something with a status (a barrier, a tariff measure), and the rules every
 * such life follows: a move the status allows, dated no earlier than the step before it. Each subclass adds
 * its owner and its typed statuses.
 */
@MappedSuperclass
public abstract class StatusChange extends PanacheEntity {

    /** When the step took effect; null only for the seed catalogue's initial listing of a barrier. */
    @Column(name = "effective_on")
    public LocalDate effectiveOn;

    @Column(length = 500)
    public String note;

    @Column(name = "recorded_at", nullable = false)
    public Instant recordedAt;

    @Version
    public long version;

    protected StatusChange() {
    }

    protected StatusChange(LocalDate effectiveOn, String note, Instant recordedAt) {
        this.effectiveOn = effectiveOn;
        this.note = note;
        this.recordedAt = recordedAt;
    }

    /**
     * Refuses a move to a status not among {@code allowed} (409 illegal-status-change) and a date before
     * the latest dated step of {@code history} (409 status-date-out-of-order).
     *
     * @param what the owner as the problem's detail names it, e.g. "Tariff measure 7"
     */
    static <S extends Enum<S>> void requireMove(String what, S from, S to, Set<S> allowed,
                                                List<? extends StatusChange> history, LocalDate effectiveOn) {
        if (!allowed.contains(to)) {
            throw new IllegalStatusTransition(what, from, to, allowed);
        }
        history.stream().map(change -> change.effectiveOn).filter(Objects::nonNull).max(Comparator.naturalOrder())
                .filter(effectiveOn::isBefore)
                .ifPresent(previous -> {
                    throw new StatusDateOutOfOrder(what, effectiveOn, previous);
                });
    }
}
