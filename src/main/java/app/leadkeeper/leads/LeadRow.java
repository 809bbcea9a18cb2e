package app.leadkeeper.leads;

import java.time.OffsetDateTime;

/**
 * One line of the leads table: only what the table shows; {@code bant} carries the answers, not the notes, and
 * {@code touches} the number of touches logged on the lead (read in the same query as the page).
 */
public record LeadRow(
        long id,
        String name,
        String email,
        String phone,
        String company,
        String jobTitle,
        String channel,
        String campaign,
        OffsetDateTime createdAt,
        int score,
        Qualification qualification,
        LeadStatus status,
        String stage,
        Bant bant,
        int touches) {}
