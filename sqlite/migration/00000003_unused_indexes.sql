-- No query filters events by GeoNames id or by the country of their place
-- (the country filter reads event_countries, which has the place's
-- country), yet every event paid for both indexes on insert: two of the
-- eight index entries an event row costs.
DROP INDEX IF EXISTS events_place_id;
DROP INDEX IF EXISTS events_place_country;
