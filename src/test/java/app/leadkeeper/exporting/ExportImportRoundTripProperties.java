package app.leadkeeper.exporting;

import static org.assertj.core.api.Assertions.assertThat;

import app.leadkeeper.AppContext;
import app.leadkeeper.core.Progress;
import app.leadkeeper.importing.ImportOptions;
import app.leadkeeper.importing.ImportReport;
import app.leadkeeper.leads.CreatedAt;
import app.leadkeeper.leads.Lead;
import app.leadkeeper.leads.LeadData;
import app.leadkeeper.leads.LeadFilter;
import app.leadkeeper.leads.LeadRow;
import app.leadkeeper.leads.LeadSort;
import app.leadkeeper.leads.PageRequest;
import app.leadkeeper.leads.Utm;
import app.leadkeeper.testing.TempApp;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Builders;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Export then import gives the same leads: leads with any text in their fields (quotes, delimiters, line breaks,
 * formula-like "=…", other scripts) are created in one data folder, exported to CSV with any delimiter, line end and
 * BOM, and imported into an empty folder; every field the CSV carries comes back as it was.
 */
class ExportImportRoundTripProperties {
    /** Pieces of text the CSV writer, the sniffer and the spreadsheet guard each have to get right. */
    private static final List<String> PIECES = List.of(
            "a",
            "Z",
            "7",
            " ",
            ",",
            ";",
            "|",
            "\t",
            "\"",
            "'",
            "\r\n",
            "\n",
            "\r",
            "=",
            "+",
            "-",
            "@",
            "=1+2",
            "=HYPERLINK(\"x\")",
            "sep=;",
            "日本",
            "ą",
            "ß",
            "é",
            "€",
            "😀",
            "𝄞",
            "\u00A0",
            "#");
    /** Local parts of valid emails; each lead's email is unique, or the import would rightly merge two leads. */
    private static final List<String> EMAIL_PARTS = List.of("x", "o'neil", "a+b", "ünï");
    /** Valid numbers, written as people write them (the lead keeps the text, the database its E.164 form). */
    private static final List<String> PHONES =
            List.of("+49 170 1234567", "0170/1234567", "(030) 123-456-78", "+1 201-555-0123", "+44 7400 123456");

    @Property(tries = 15)
    void leadsExportedToCsvAndImportedIntoAnEmptyFolderAreTheSameLeads(
            @ForAll("leads") List<LeadData.Builder> leads,
            @ForAll("channels") List<String> channels,
            @ForAll("options") CsvOptions options)
            throws IOException {
        Path root = Files.createTempDirectory("roundtrip");
        try {
            Path csv = root.resolve("leads.csv");
            Map<String, Carried> before;
            try (AppContext source = TempApp.open(root.resolve("source"))) {
                source.leads().setPhoneRegion("DE");
                for (int i = 0; i < leads.size(); i++) {
                    String channel = channels.get(i % channels.size());
                    Long channelId = channel.isEmpty()
                            ? null
                            : source.channels().ensure(channel).id();
                    source.leads()
                            .create(consistent(leads.get(i).channelId(channelId).build()));
                }
                before = carried(source);
                source.exports().exportLeads(csv, source.exports().allLeads(), LeadColumn.ALL, options, new Progress());
            }
            try (AppContext copy = TempApp.open(root.resolve("copy"))) {
                copy.leads().setPhoneRegion("DE");
                ImportReport report =
                        copy.imports().run(copy.imports().preview(csv), ImportOptions.NONE, new Progress());
                assertThat(report.errors()).isEmpty();
                assertThat(report.created()).isEqualTo(leads.size());
                Map<String, Carried> after = carried(copy);
                assertThat(after)
                        .as(() ->
                                "with control characters and spaces shown:\n" + visible(before) + "\n" + visible(after))
                        .isEqualTo(before);
            }
        } finally {
            try (Stream<Path> files = Files.walk(root)) {
                for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                    Files.deleteIfExists(p);
                }
            }
        }
    }

    private static String visible(Object value) {
        StringBuilder out = new StringBuilder();
        value.toString().codePoints().forEach(c -> {
            if (c < 0x20 || c > 0x7E) {
                out.append(String.format("\\u%04X", c));
            } else {
                out.appendCodePoint(c);
            }
        });
        return out.toString();
    }

    /**
     * An import takes a lead's channel from utm_source and its campaign from utm_campaign when the file names none
     * (as for any file): a lead without them has no such UTM value, or it would rightly come back with more.
     */
    private static LeadData consistent(LeadData lead) {
        Utm utm = lead.utm();
        return lead.toBuilder()
                .utm(new Utm(
                        lead.channelId() == null ? null : utm.source(),
                        utm.medium(),
                        lead.campaign() == null || lead.campaign().isBlank() ? null : utm.campaign(),
                        utm.term(),
                        utm.content()))
                .build();
    }

    /**
     * What the CSV carries of a lead, by email (unique here, so that no two leads merge on import). The name is the
     * one shown: an import fills a missing full name from first and last name, or splits a lone full name.
     */
    record Carried(
            String name,
            String phone,
            String phoneE164,
            String company,
            String jobTitle,
            String channel,
            String campaign,
            CreatedAt created,
            Integer companySize,
            String budget,
            String website,
            String city,
            String country,
            String offer,
            String landingPage,
            Utm utm,
            BigDecimal dealValue,
            List<String> tags,
            String message) {}

    private static Map<String, Carried> carried(AppContext app) {
        Map<Long, String> channels = new LinkedHashMap<>();
        app.channels().all().forEach(c -> channels.put(c.id(), c.name()));
        Map<String, Carried> leads = new LinkedHashMap<>();
        List<LeadRow> rows = app.leads()
                .page(LeadFilter.NONE, LeadSort.NEWEST_FIRST, PageRequest.first(1000))
                .rows();
        for (LeadRow row : rows) {
            Lead lead = app.leads().find(row.id()).orElseThrow();
            LeadData d = lead.data();
            leads.put(
                    d.email(),
                    new Carried(
                            d.displayName(),
                            d.phone(),
                            lead.phoneE164(),
                            d.company(),
                            d.jobTitle(),
                            d.channelId() == null ? null : channels.get(d.channelId()),
                            d.campaign(),
                            d.created(),
                            d.companySize(),
                            d.budget(),
                            d.website(),
                            d.city(),
                            d.country(),
                            d.offer(),
                            d.landingPage(),
                            d.utm(),
                            d.dealValue() == null ? null : d.dealValue().stripTrailingZeros(),
                            d.tags().stream().sorted().toList(),
                            d.message()));
        }
        return leads;
    }

    @Provide
    Arbitrary<List<LeadData.Builder>> leads() {
        return lead().list().ofMinSize(1).ofMaxSize(5).map(list -> {
            List<LeadData.Builder> unique = new ArrayList<>();
            for (int i = 0; i < list.size(); i++) {
                unique.add(
                        list.get(i).email("lead" + i + "." + EMAIL_PARTS.get(i % EMAIL_PARTS.size()) + "@example.com"));
            }
            return unique;
        });
    }

    private Arbitrary<LeadData.Builder> lead() {
        Arbitrary<String> text = text();
        return Builders.withBuilder(LeadData::builder)
                .use(text)
                .inSetter(LeadData.Builder::firstName)
                .use(text)
                .inSetter(LeadData.Builder::lastName)
                .use(text)
                .inSetter(LeadData.Builder::fullName)
                .use(Arbitraries.of(PHONES).injectNull(0.3))
                .inSetter(LeadData.Builder::phone)
                .use(text)
                .inSetter(LeadData.Builder::company)
                .use(text)
                .inSetter(LeadData.Builder::jobTitle)
                .use(text)
                .inSetter(LeadData.Builder::campaign)
                .use(Arbitraries.integers().between(0, 100_000).injectNull(0.5))
                .inSetter(LeadData.Builder::companySize)
                .use(text)
                .inSetter(LeadData.Builder::budget)
                .use(text)
                .inSetter(LeadData.Builder::city)
                .use(text)
                .inSetter(LeadData.Builder::country)
                .use(text)
                .inSetter(LeadData.Builder::offer)
                .use(text)
                .inSetter(LeadData.Builder::landingPage)
                .use(text.map(ExportImportRoundTripProperties::stripped))
                .inSetter(LeadData.Builder::message)
                .use(Arbitraries.bigDecimals()
                        .between(BigDecimal.ZERO, new BigDecimal("1000000"))
                        .ofScale(2)
                        .injectNull(0.5))
                .inSetter(LeadData.Builder::dealValue)
                .use(Arbitraries.strings()
                        .withChars("abcxyz0123 -日本é")
                        .ofMinLength(1)
                        .ofMaxLength(12)
                        .map(String::strip)
                        .filter(s -> !s.isEmpty())
                        .list()
                        .uniqueElements()
                        .ofMaxSize(3))
                .inSetter(LeadData.Builder::tags)
                .use(created())
                .inSetter(LeadData.Builder::created)
                .use(Combinators.combine(text, text, text, text, text).as(Utm::new))
                .inSetter(LeadData.Builder::utm)
                .build();
    }

    /**
     * A message keeps the spaces and line breaks around it when typed, but an import trims every cell (form tools pad
     * them), so those do not survive an export and import: see the data safety notes.
     */
    private static String stripped(String message) {
        return message == null || message.isBlank() ? null : message.strip();
    }

    /** Any text of up to eight pieces, or none. */
    private static Arbitrary<String> text() {
        return Arbitraries.of(PIECES)
                .list()
                .ofMaxSize(8)
                .map(pieces -> String.join("", pieces))
                .map(s -> s.isEmpty() ? null : s);
    }

    /**
     * When the lead was created: with its source's offset, or (zone unknown) a local time the import placed in this
     * computer's zone, which is how such a time is written out and read back.
     */
    private static Arbitrary<CreatedAt> created() {
        Arbitrary<Instant> instants = Arbitraries.longs()
                .between(
                        Instant.parse("2000-01-01T00:00:00Z").getEpochSecond(),
                        Instant.parse("2030-01-01T00:00:00Z").getEpochSecond())
                .map(Instant::ofEpochSecond);
        Arbitrary<ZoneOffset> offsets =
                Arbitraries.of(ZoneOffset.UTC, ZoneOffset.ofHours(2), ZoneOffset.ofHoursMinutes(-5, -30));
        Arbitrary<CreatedAt> known = Combinators.combine(instants, offsets)
                .as((instant, offset) -> new CreatedAt(instant.atOffset(offset), true));
        Arbitrary<CreatedAt> local = instants.map(
                instant -> new CreatedAt(instant.atZone(TempApp.ZONE).toOffsetDateTime(), false));
        return Arbitraries.oneOf(known, local);
    }

    @Provide
    Arbitrary<List<String>> channels() {
        return Arbitraries.of("", "Trade fair, Berlin", "Facebook", "Bücher \"am\" See", "=cmd|' /C calc'!A0")
                .list()
                .ofMinSize(1)
                .ofMaxSize(3);
    }

    @Provide
    Arbitrary<CsvOptions> options() {
        return Arbitraries.of(',', ';', '\t', '|')
                .flatMap(delimiter -> Arbitraries.of(true, false)
                        .flatMap(bom -> Arbitraries.of(CsvOptions.LineEnd.values())
                                .map(end -> new CsvOptions(delimiter, bom, end))));
    }
}
