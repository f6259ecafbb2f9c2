-- The dfschema demo: a small shop's click stream with nested columns.
--
-- Run at connect time through the driver's init property:
--   jdbc:dfschema:?init=<this script, with ${DEMO_DIR} replaced>
-- ${DEMO_DIR} stands for the absolute path of this folder; dfschema-shell (io.dfschema.examples.Demo)
-- substitutes it before passing the script, so the shell works from any directory.
-- Regenerate events.parquet with io.dfschema.examples.GenerateDemoData (see examples/README.md).

-- events.parquet: event_id, user_id, ts, kind,
--   device STRUCT<os, app_version>, tags LIST<VARCHAR>, props MAP<VARCHAR, VARCHAR>
CREATE EXTERNAL TABLE events
STORED AS PARQUET
LOCATION '${DEMO_DIR}/events.parquet';

-- users.csv: a plain CSV file with a header, its schema given here.
CREATE EXTERNAL TABLE users (
    user_id     BIGINT NOT NULL,
    name        VARCHAR NOT NULL,
    email       VARCHAR,
    country     VARCHAR,
    signup_date DATE
)
STORED AS CSV
LOCATION '${DEMO_DIR}/users.csv'
OPTIONS ('format.has_header' 'true');

-- products.ndjson: newline-delimited JSON. Nested objects are structs (dimensions) and arrays
-- lists (categories). DataFusion could infer the schema, but would order the fields by name.
CREATE EXTERNAL TABLE products (
    sku        VARCHAR NOT NULL,
    name       VARCHAR,
    price      DOUBLE,
    dimensions STRUCT<weight_g BIGINT, size VARCHAR>,
    categories VARCHAR[]
)
STORED AS JSON
LOCATION '${DEMO_DIR}/products.ndjson';

-- One row per event with the nested values pulled out: get_field(struct, 'name') and its
-- shorthand struct['name'], map['key'] for a map value, array_length for a list.
CREATE VIEW event_details AS
SELECT e.event_id,
       e.ts,
       u.name                         AS user_name,
       e.kind,
       get_field(e.device, 'os')      AS os,
       e.device['app_version']        AS app_version,
       e.props['sku']                 AS sku,
       e.tags,
       array_length(e.tags)           AS tag_count
FROM events e
JOIN users u ON u.user_id = e.user_id;

-- One row per (event, tag): unnest turns a list into rows.
CREATE VIEW event_tags AS
SELECT event_id, unnest(tags) AS tag
FROM events;

-- Purchases joined to the product catalog through a map value (props['sku']).
CREATE VIEW purchases AS
SELECT e.event_id,
       e.ts,
       u.name                                      AS user_name,
       p.name                                      AS product,
       CAST(e.props['qty'] AS INT)                 AS qty,
       p.price * CAST(e.props['qty'] AS INT)       AS amount,
       p.dimensions['weight_g']                    AS weight_g,
       p.categories
FROM events e
JOIN users u    ON u.user_id = e.user_id
JOIN products p ON p.sku = e.props['sku']
WHERE e.kind = 'purchase';
