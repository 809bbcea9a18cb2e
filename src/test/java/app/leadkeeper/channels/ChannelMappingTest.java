package app.leadkeeper.channels;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.leadkeeper.AppContext;
import app.leadkeeper.core.UserException;
import app.leadkeeper.data.DataFolder;
import app.leadkeeper.testing.MutableClock;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The seeded channels, editing them, and the remembered mapping of imported source values. Real H2 database. */
class ChannelMappingTest {
    @TempDir
    Path dir;

    private AppContext app;

    @BeforeEach
    void open() {
        app = AppContext.open(
                new DataFolder(dir), new MutableClock(Instant.parse("2026-05-01T10:00:00Z"), ZoneOffset.UTC));
    }

    @AfterEach
    void close() {
        app.close();
    }

    @Test
    void sensibleChannelsAreSeeded() {
        assertThat(app.channels().find("Google Ads").orElseThrow().category()).isEqualTo(ChannelCategory.PAID_SEARCH);
        assertThat(app.channels().find("Cold email").orElseThrow().direction()).isEqualTo(Direction.OUTBOUND);
        assertThat(app.channels().find("Referral").orElseThrow().category()).isEqualTo(ChannelCategory.REFERRAL);
    }

    @Test
    void aNewValueIsRememberedUnderItsSuggestedChannelAndAChangedMappingWins() {
        long facebook = app.channels().find("Facebook").orElseThrow().id();
        assertThat(app.channels().peek("fb", "Facebook")).isEqualTo(facebook);
        assertThat(app.channels().mapping("fb")).isEmpty(); // a dry run remembers nothing
        assertThat(app.channels().resolve("fb", "Facebook")).isEqualTo(facebook);
        ChannelMapping fb = app.channels().mapping("FB").orElseThrow();
        assertThat(fb.channelId()).isEqualTo(facebook);
        assertThat(fb.channelName()).isEqualTo("Facebook");
        assertThat(fb.value()).isEqualTo("fb");

        long referral = app.channels().find("Referral").orElseThrow().id();
        app.channels().map(fb.valueKey(), referral);
        assertThat(app.channels().resolve("fb", "Facebook")).isEqualTo(referral);
        app.channels().map(fb.valueKey(), null);
        assertThat(app.channels().resolve("fb", "Facebook")).isNull();
        assertThat(app.channels().peek("fb", "Facebook")).isNull();

        app.database().dsl().transaction(cfg -> app.channels().recordSeen(cfg.dsl(), Map.of("fb", 7L, "Fb ", 2L)));
        assertThat(app.channels().mapping("fb").orElseThrow().seen()).isEqualTo(9);
        assertThatThrownBy(() -> app.channels().map("never seen", referral)).isInstanceOf(UserException.class);
    }

    @Test
    void channelsAreRenamedAndRecategorisedButNamesStayUnique() {
        Channel podcast = app.channels().add("Podcast", ChannelCategory.PROMOTION, Direction.INBOUND);
        Channel renamed =
                app.channels().update(podcast.id(), "Podcast ads", ChannelCategory.PAID_SOCIAL, Direction.OUTBOUND);
        assertThat(app.channels().find("podcast ads").orElseThrow()).isEqualTo(renamed);
        assertThatThrownBy(() -> app.channels().add("google ads", ChannelCategory.OTHER, Direction.INBOUND))
                .hasMessageContaining("already");
        assertThatThrownBy(
                        () -> app.channels().update(podcast.id(), "Referral", ChannelCategory.OTHER, Direction.INBOUND))
                .hasMessageContaining("already");
        assertThatThrownBy(() -> app.channels().add("  ", ChannelCategory.OTHER, Direction.INBOUND))
                .hasMessageContaining("needs a name");
    }
}
