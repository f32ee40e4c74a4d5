-- Trading partners. iso_code is the ISO 3166-1 alpha-2 code; census_code the US Census Bureau's
-- country code (e.g. 5350 for Pakistan), so data from Census layouts can be matched.
CREATE TABLE partner (
    iso_code    VARCHAR(2)   PRIMARY KEY,
    name        VARCHAR(120) NOT NULL,
    census_code VARCHAR(4)   UNIQUE,
    version     BIGINT       NOT NULL DEFAULT 0
);

INSERT INTO partner (iso_code, name, census_code) VALUES
    ('US', 'United States', NULL),
    ('PK', 'Pakistan', '5350');
