-- Imports match rows without an email on the normalised phone: index phone_e164 for that lookup. The digits-only
-- column is matched by substring search (in memory or LIKE), which no B-tree index serves, so its index only slowed
-- every insert down.
DROP INDEX lead_phone_idx;
CREATE INDEX lead_phone_e164_idx ON lead (phone_e164);
