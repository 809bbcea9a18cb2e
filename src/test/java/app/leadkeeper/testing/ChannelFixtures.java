package app.leadkeeper.testing;

import app.leadkeeper.AppContext;
import app.leadkeeper.channels.Channel;
import app.leadkeeper.funnel.StageKind;
import app.leadkeeper.leads.Lead;
import app.leadkeeper.leads.LeadData;
import app.leadkeeper.leads.StageOutcome;
import java.math.BigDecimal;
import java.sql.PreparedStatement;
import java.time.LocalDate;
import java.time.OffsetDateTime;

/** What the channel metrics are computed from, made quickly: leads of a channel, won leads and spend entries. */
public final class ChannelFixtures {
    private ChannelFixtures() {}

    /** A lead of {@code channel} created at {@code created} (ISO with offset), its email made from its name. */
    public static Lead lead(AppContext app, String name, Channel channel, String created) {
        return app.leads()
                .create(LeadData.builder()
                        .fullName(name)
                        .email(name.toLowerCase().replace(' ', '.') + "@example.com")
                        .channelId(channel.id())
                        .createdAt(OffsetDateTime.parse(created))
                        .build());
    }

    /** Moves the lead to the won stage at {@code at}, with the revenue (or none). */
    public static void win(AppContext app, Lead lead, String at, String revenue) {
        long won = app.stages().stages().stream()
                .filter(s -> s.kind() == StageKind.WON)
                .findFirst()
                .orElseThrow()
                .id();
        app.leads()
                .moveToStage(
                        lead.id(),
                        won,
                        StageOutcome.won(OffsetDateTime.parse(at), revenue == null ? null : new BigDecimal(revenue)));
    }

    /** A spend entry as the ledger stores it: a day, or a whole month (dated the 1st). */
    public static void spend(AppContext app, Channel channel, String date, boolean wholeMonth, String amount) {
        app.database().dsl().connection(c -> {
            try (PreparedStatement s = c.prepareStatement(
                    "INSERT INTO spend (spend_date, whole_month, channel_id, amount, created_at) VALUES (?, ?, ?, ?, ?)")) {
                s.setObject(1, LocalDate.parse(date));
                s.setObject(2, wholeMonth);
                s.setObject(3, channel.id());
                s.setObject(4, new BigDecimal(amount));
                s.setObject(5, OffsetDateTime.now(app.clock()));
                s.executeUpdate();
            }
        });
    }
}
