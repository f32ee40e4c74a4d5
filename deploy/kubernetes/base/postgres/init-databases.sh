#!/bin/bash
# Runs once, when the data volume is new: one role and one database per data-owning service, so each
# service reaches only its own data.
set -euo pipefail
psql -v ON_ERROR_STOP=1 --username "$POSTGRES_USER" --dbname postgres <<SQL
CREATE ROLE ${TRADE_DATA_DB_USER} LOGIN PASSWORD '${TRADE_DATA_DB_PASSWORD}';
CREATE DATABASE trade_data OWNER ${TRADE_DATA_DB_USER};
REVOKE ALL ON DATABASE trade_data FROM PUBLIC;
CREATE ROLE ${NEGOTIATION_DB_USER} LOGIN PASSWORD '${NEGOTIATION_DB_PASSWORD}';
CREATE DATABASE negotiation OWNER ${NEGOTIATION_DB_USER};
REVOKE ALL ON DATABASE negotiation FROM PUBLIC;
SQL
