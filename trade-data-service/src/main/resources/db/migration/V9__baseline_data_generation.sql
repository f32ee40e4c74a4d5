-- The generation of the data behind every baseline: one counter that any write to a table a baseline reads moves
-- forward, in the writer's own transaction (a statement trigger), so readers see the new generation exactly when
-- they can see the new data. BaselineService caches each computed baseline under the generation it was computed
-- at; a cached answer is served only while the generation stands. Triggers catch every writer alike: the JPA
-- services, the CSV import's JDBC batches, a fix made with psql, and every replica sees the same generation.
-- The cost: a write holds the counter's row lock until it commits, so writes to these tables take turns (an
-- import already holds its own lock for the whole file).
CREATE TABLE data_generation (
    id         SMALLINT PRIMARY KEY CHECK (id = 1),
    generation BIGINT   NOT NULL
);
INSERT INTO data_generation (id, generation) VALUES (1, 1);

CREATE FUNCTION data_generation_bump() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    UPDATE data_generation SET generation = generation + 1 WHERE id = 1;
    RETURN NULL;
END;
$$;

CREATE TRIGGER data_generation_bump AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON partner
    FOR EACH STATEMENT EXECUTE FUNCTION data_generation_bump();
CREATE TRIGGER data_generation_bump AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON hs_product
    FOR EACH STATEMENT EXECUTE FUNCTION data_generation_bump();
CREATE TRIGGER data_generation_bump AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON import_batch
    FOR EACH STATEMENT EXECUTE FUNCTION data_generation_bump();
CREATE TRIGGER data_generation_bump AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON trade_flow
    FOR EACH STATEMENT EXECUTE FUNCTION data_generation_bump();
CREATE TRIGGER data_generation_bump AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON tariff_measure
    FOR EACH STATEMENT EXECUTE FUNCTION data_generation_bump();
CREATE TRIGGER data_generation_bump AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON tariff_measure_status_change
    FOR EACH STATEMENT EXECUTE FUNCTION data_generation_bump();
CREATE TRIGGER data_generation_bump AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON non_tariff_barrier
    FOR EACH STATEMENT EXECUTE FUNCTION data_generation_bump();
CREATE TRIGGER data_generation_bump AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON barrier_affected_product
    FOR EACH STATEMENT EXECUTE FUNCTION data_generation_bump();
CREATE TRIGGER data_generation_bump AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON barrier_status_change
    FOR EACH STATEMENT EXECUTE FUNCTION data_generation_bump();
