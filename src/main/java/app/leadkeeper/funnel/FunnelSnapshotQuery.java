package app.leadkeeper.funnel;

import static app.leadkeeper.db.Tables.LEAD;
import static app.leadkeeper.db.Tables.STAGE_CHANGE;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.Collection;
import org.jooq.Cursor;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record3;
import org.jooq.Record7;
import org.jooq.impl.DSL;

/**
 * Reads what the funnel needs into a {@link FunnelSnapshot}: the narrow columns of every lead (served by the covering
 * index lead_funnel_idx, without touching the wide rows), every finished stay from the stage history, and the reason
 * of every lost lead. Rows stream through cursors, so memory holds the arrays only.
 */
public final class FunnelSnapshotQuery {
    private static final int FETCH = 5_000;

    FunnelSnapshot load(DSLContext dsl, Collection<Long> lostStages, long version) {
        FunnelSnapshot.Builder snapshot = new FunnelSnapshot.Builder(version);
        try (Cursor<Record7<Long, OffsetDateTime, Long, Long, Long, OffsetDateTime, BigDecimal>> leads = dsl.select(
                        LEAD.ID,
                        LEAD.CREATED_AT,
                        LEAD.CHANNEL_ID,
                        LEAD.STAGE_ID,
                        LEAD.FURTHEST_STAGE_ID,
                        LEAD.STAGE_SINCE,
                        LEAD.DEAL_VALUE)
                .from(LEAD)
                .fetchSize(FETCH)
                .fetchLazy()) {
            for (var r : leads) {
                snapshot.lead(
                        r.value1(),
                        r.value2().toEpochSecond(),
                        r.value3(),
                        r.value4(),
                        r.value5(),
                        r.value6().toEpochSecond(),
                        r.value7());
            }
        }
        snapshot.leadsDone();
        Field<Long> seconds =
                DSL.field("DATEDIFF('SECOND', {0}, {1})", Long.class, STAGE_CHANGE.ENTERED_AT, STAGE_CHANGE.CHANGED_AT);
        try (Cursor<Record3<Long, Long, Long>> stays = dsl.select(
                        STAGE_CHANGE.LEAD_ID, STAGE_CHANGE.FROM_STAGE_ID, seconds)
                .from(STAGE_CHANGE)
                .fetchSize(FETCH)
                .fetchLazy()) {
            for (var r : stays) {
                snapshot.stay(r.value1(), r.value2(), r.value3());
            }
        }
        if (!lostStages.isEmpty()) {
            try (var lost = dsl.select(LEAD.ID, LEAD.LOST_REASON)
                    .from(LEAD)
                    .where(LEAD.STAGE_ID.in(lostStages))
                    .fetchSize(FETCH)
                    .fetchLazy()) {
                for (var r : lost) {
                    snapshot.lostReason(r.value1(), r.value2());
                }
            }
        }
        return snapshot.build();
    }
}
