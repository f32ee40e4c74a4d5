-- V9's counter moved AFTER each statement, that is after the statement had taken its row locks: two transactions
-- that each wrote one baseline table and then another could each hold a row the other wanted while one of them
-- waited for the counter, a deadlock PostgreSQL resolves by aborting one. Moving the counter BEFORE each statement
-- makes a transaction's first write to these tables take the counter's lock before any of their row locks, so
-- writers queue on the counter instead. Same tables, same function, same meaning: the generation still moves in
-- the writer's own transaction.
DO $$
DECLARE
    watched TEXT;
BEGIN
    FOREACH watched IN ARRAY ARRAY['partner', 'hs_product', 'import_batch', 'trade_flow', 'tariff_measure',
            'tariff_measure_status_change', 'non_tariff_barrier', 'barrier_affected_product', 'barrier_status_change']
    LOOP
        EXECUTE format('DROP TRIGGER data_generation_bump ON %I', watched);
        EXECUTE format('CREATE TRIGGER data_generation_bump BEFORE INSERT OR UPDATE OR DELETE OR TRUNCATE ON %I '
                       'FOR EACH STATEMENT EXECUTE FUNCTION data_generation_bump()', watched);
    END LOOP;
END;
$$;
