-- Privacy ("Data safety"): erasing a person on request, and keeping an erased person from coming back by import.

-- Erased people. The lead row stays behind as an anonymous placeholder: every personal column emptied; its tags,
-- custom fields, touches, tasks, cadences and import records removed; but its created time, channel, qualification,
-- status, won date, revenue, deal value, stage and stage history kept, so that the funnel and the channel figures of
-- past periods do not move. Every list of leads (table, board cards, exports, search) leaves placeholders out.
-- A narrow table of its own and not a column on lead: adding a column makes H2 copy the whole lead table.
CREATE TABLE lead_erased (
    lead_id   BIGINT PRIMARY KEY,
    erased_at TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT lead_erased_lead_fk FOREIGN KEY (lead_id) REFERENCES lead (id) ON DELETE CASCADE
);

-- The suppression list: the email address of each erased person (or, for one without an email, the phone number) as
-- SHA-256 of the data folder's own random salt (setting 'privacy.salt') and the normalised value, in hex. An import
-- skips a row that matches and counts it as suppressed; the address itself is never stored.
CREATE TABLE suppression (
    hash          VARCHAR(64) PRIMARY KEY,
    kind          VARCHAR(8) NOT NULL,
    suppressed_at TIMESTAMP WITH TIME ZONE NOT NULL
);
