package org.tradedeal.tradedata.service;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import org.tradedeal.tradedata.api.Baseline;
import org.tradedeal.tradedata.PeriodBasis;
import org.tradedeal.tradedata.api.BaselineView;
import org.tradedeal.tradedata.api.TradeBalance;
import org.tradedeal.tradedata.config.BaselineCacheConfig;
import org.tradedeal.tradedata.formula.ReciprocalRate;
import org.tradedeal.tradedata.mapping.AnswerMapper;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * The one answer negotiation-service asks for per draft: flows, measures, barriers and the formula. Computing
 * one reads the ledger, the measures and the barriers and hashes the answer (its data vintage), so each answer is
 * kept, keyed by the data generation it was computed at (db migration V9: every write to the tables a baseline
 * reads moves the generation, in the writer's transaction); a write makes every kept answer unreachable at once.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class BaselineService {

    /** What a baseline answer depends on: the query, and the data as of a generation. */
    private record Key(String reporter, String partner, int year, PeriodBasis basis, BigDecimal epsilon,
                       BigDecimal phi, long generation) {
    }

    private final LedgerService ledger;
    private final FormulaService formula;
    private final TariffMeasureService measures;
    private final BarrierService barriers;
    private final AnswerMapper mapper;
    private final ObjectMapper json;
    private final AgroalDataSource database;
    private final Cache<Key, Answer> answers;

    public BaselineService(LedgerService ledger, FormulaService formula, TariffMeasureService measures,
                           BarrierService barriers, AnswerMapper mapper, ObjectMapper json, AgroalDataSource database,
                           BaselineCacheConfig cache) {
        this.ledger = ledger;
        this.formula = formula;
        this.measures = measures;
        this.barriers = barriers;
        this.mapper = mapper;
        this.json = json;
        this.database = database;
        this.answers = Caffeine.newBuilder().maximumSize(cache.maximumSize()).build();
    }

    /**
     * A baseline as the API answers it: its data vintage and its JSON (a 50 KB answer is written once, not at every
     * call, with the application's ObjectMapper, as the REST layer would write the view).
     */
    public record Answer(String dataVintage, byte[] json) {
    }

    /**
     * The baseline as the API answers it, computed once per data generation. The generation is read before the
     * data, so an answer is never kept under a generation newer than its data.
     *
     * @throws org.tradedeal.tradedata.problem.NoTradeData when the reporter's ledger holds no flows for the pair and year
     */
    public Answer answer(String reporter, String partner, int year, PeriodBasis basis, BigDecimal epsilon, BigDecimal phi) {
        Key key = new Key(reporter, partner, year, basis, epsilon, phi, generation());
        return answers.get(key, k -> written(mapper.toView(baseline(reporter, partner, year, basis, epsilon, phi))));
    }

    private Answer written(BaselineView view) {
        try {
            return new Answer(view.dataVintage(), json.writeValueAsBytes(view));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a baseline could not be written as JSON", e);
        }
    }

    /**
     * The current data generation (db migration V9), read with plain JDBC: it is read on every call, and a
     * Hibernate session and query for one number cost more than the answer they guard.
     */
    long generation() {
        try (Connection connection = database.getConnection();
             Statement statement = connection.createStatement();
             ResultSet row = statement.executeQuery("SELECT generation FROM data_generation WHERE id = 1")) {
            row.next();
            return row.getLong(1);
        } catch (SQLException e) {
            throw new PersistenceException("reading the data generation failed", e);
        }
    }

    /**
     * @throws org.tradedeal.tradedata.problem.NoTradeData when the reporter's ledger holds no flows for the pair and year
     */
    public Baseline baseline(String reporter, String partner, int year, PeriodBasis basis, BigDecimal epsilon, BigDecimal phi) {
        TradeBalance balance = ledger.balance(reporter, partner, year, basis);
        List<String> notes = new ArrayList<>(balance.notes());
        BigDecimal imports = balance.imports() == null ? null : balance.imports().valueUsd();
        BigDecimal exports = balance.exports() == null ? null : balance.exports().valueUsd();
        ReciprocalRate rate = null;
        if (imports != null && exports != null && imports.signum() > 0) {
            rate = formula.rate(imports, exports, formula.parameters(epsilon, phi));
        } else {
            notes.add("reciprocalRate is null: the formula needs positive imports and exports from the ledger of " + reporter + ".");
        }
        return new Baseline(reporter, partner, year, balance.basis(), balance.period(), imports, exports, balance.imports(),
                balance.exports(), balance.importsByProduct(), balance.exportsByProduct(), measures.between(reporter, partner),
                barriers.concerns(partner, reporter), rate, List.copyOf(notes));
    }
}
