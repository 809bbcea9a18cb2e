package app.leadkeeper.demo;

import app.leadkeeper.channels.Direction;
import app.leadkeeper.demo.DemoCompanies.Company;
import app.leadkeeper.demo.DemoRegion.City;
import app.leadkeeper.leads.Answer;
import app.leadkeeper.leads.Bant;
import app.leadkeeper.leads.BantItem;
import app.leadkeeper.leads.Consent;
import app.leadkeeper.leads.ConsentMethod;
import app.leadkeeper.leads.ConsentRecord;
import app.leadkeeper.leads.CreatedAt;
import app.leadkeeper.leads.LeadData;
import app.leadkeeper.leads.LeadStatus;
import app.leadkeeper.leads.Qualification;
import app.leadkeeper.leads.Utm;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.SplittableRandom;
import java.util.random.RandomGenerator;

/**
 * Makes realistic demo leads: people of several cultures and scripts with ASCII email addresses at their company's
 * domain or a free-mail provider, valid phone numbers of their country, companies, job titles, channels with
 * campaigns, offers and UTM parameters, consent, tags and a funnel of qualifications. Created dates spread over the
 * 18 months before the clock, slightly more of them recent. The same random generator state and clock give the same
 * leads. Pure domain code: channels are passed in as ids.
 */
public final class DemoLeadGenerator {
    /** How far back the demo leads' created dates go. */
    public static final int MONTHS = 18;

    private static final Weighted<DemoCulture> CULTURES = new Weighted<>(DemoCultures.ALL, DemoCulture::weight);
    private static final Weighted<DemoChannel> CHANNELS =
            new Weighted<>(Arrays.asList(DemoChannel.values()), DemoChannel::weight);
    private static final Map<DemoCulture, Weighted<DemoRegion>> REGIONS = regionsByCulture();
    /** Relative chance of each hour of the day: forms are filled in during the working day, a few at night. */
    private static final int[] HOUR_WEIGHTS = {
        1, 1, 1, 1, 1, 2, 4, 8, 14, 16, 16, 14, 12, 14, 15, 14, 12, 10, 8, 7, 6, 5, 3, 2
    };

    private static final Weighted<Integer> HOURS = hours();

    private final RandomGenerator random;
    private final Clock clock;
    private final Map<DemoChannel, Long> channelIds;
    private final DemoPhones phones = new DemoPhones();
    private final DemoDetails details;
    private final Instant start;
    private final Instant end;

    /**
     * @param random the source of all randomness: the same state gives the same leads
     * @param channelIds the id of every demo channel, as created by {@link DemoChannels}
     */
    public DemoLeadGenerator(RandomGenerator random, Clock clock, Map<DemoChannel, Long> channelIds) {
        this.random = Objects.requireNonNull(random);
        this.clock = Objects.requireNonNull(clock);
        this.channelIds = new EnumMap<>(channelIds);
        for (DemoChannel channel : DemoChannel.values()) {
            if (!this.channelIds.containsKey(channel)) {
                throw new IllegalArgumentException("no id for demo channel " + channel.label());
            }
        }
        this.details = new DemoDetails(random);
        ZonedDateTime now = ZonedDateTime.now(clock);
        this.end = now.toInstant();
        this.start = now.minusMonths(MONTHS).toInstant();
    }

    /** A generator with a well-defined algorithm for the seed, so a seed means the same leads on every JDK. */
    public static DemoLeadGenerator seeded(long seed, Clock clock, Map<DemoChannel, Long> channelIds) {
        return new DemoLeadGenerator(new SplittableRandom(seed), clock, channelIds);
    }

    /**
     * The next {@code count} leads. Phone numbers are drawn region by region after the rest (each from its own lead's
     * seed, so the order changes nothing): libphonenumber keeps only 100 compiled patterns, and checking numbers of
     * two dozen countries in turn would compile them again and again.
     */
    public List<LeadData> next(int count) {
        List<Draft> drafts = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            drafts.add(draft());
        }
        List<Draft> byRegion = new ArrayList<>(drafts);
        byRegion.sort(Comparator.comparing(Draft::phoneRegion, Comparator.nullsFirst(Comparator.naturalOrder())));
        for (Draft draft : byRegion) {
            if (draft.phoneRegion() != null) {
                draft.lead().phone(phones.e164(draft.phoneRegion(), new SplittableRandom(draft.phoneSeed())));
            }
        }
        List<LeadData> leads = new ArrayList<>(count);
        for (Draft draft : drafts) {
            leads.add(draft.lead().build());
        }
        return leads;
    }

    /** A lead before its phone number: the region to draw the number in (null for none) and the seed to draw it with. */
    private record Draft(LeadData.Builder lead, String phoneRegion, long phoneSeed) {}

    public LeadData next() {
        return next(1).getFirst();
    }

    private Draft draft() {
        DemoCulture culture = CULTURES.pick(random);
        DemoRegion region = REGIONS.get(culture).pick(random);
        City city = pick(region.cities());
        boolean female = random.nextBoolean();
        DemoName first = pick(female ? culture.femaleFirst() : culture.maleFirst());
        DemoName last = pick(female ? culture.femaleLast() : culture.maleLast());
        DemoChannel channel = CHANNELS.pick(random);
        CreatedAt created = created(city);
        Company company =
                chance(88) ? DemoCompanies.company(culture, region, random.nextInt(DemoCompanies.POOL_SIZE)) : null;
        String campaign = campaign(channel, created.at());
        String offer = channel.offers().isEmpty() || !chance(80) ? null : pick(channel.offers());
        Qualification qualification = details.qualification(channel);
        LeadStatus status = details.status(qualification);
        BigDecimal dealValue = details.dealValue(qualification);
        String jobTitle = chance(90) ? details.jobTitle(culture) : null;
        String budget = chance(30) ? details.budget(region) : null;
        boolean hasPhone = chance(channel == DemoChannel.COLD_LIST ? 85 : 70);
        long phoneSeed = random.nextLong();
        LeadData.Builder lead = LeadData.builder()
                .firstName(first.text())
                .lastName(last.text())
                .fullName(culture.order().fullName(first, last))
                .email(email(first, last, company, region))
                .company(company == null ? null : company.name())
                .jobTitle(jobTitle)
                .companySize(company == null || !chance(75) ? null : company.size())
                .budget(budget)
                .website(company == null || !chance(55) ? null : details.website(company.domain()))
                .city(chance(80) ? city.name() : null)
                .country(chance(85) ? region.country() : null)
                .message(chance(12) ? details.message(culture) : null)
                .channelId(channelIds.get(channel))
                .campaign(campaign)
                .offer(offer)
                .landingPage(
                        channel.landingPaths().isEmpty() || !chance(85)
                                ? null
                                : DemoChannel.SITE + pick(channel.landingPaths()))
                .utm(utm(channel, campaign))
                .created(created)
                .consent(consent(channel, created.at()))
                .outbound(channel.direction() == Direction.OUTBOUND)
                .dealValue(dealValue)
                .qualification(qualification)
                .bant(bant(qualification, budget, jobTitle))
                .status(status)
                .lostReason(status == LeadStatus.LOST ? details.lostReason() : null)
                .wonAt(status == LeadStatus.WON ? wonAt(created.at()) : null)
                .revenue(status == LeadStatus.WON ? dealValue : null)
                .tags(details.tags(channel, company, offer, created.at()))
                .customFields(details.customFields());
        return new Draft(lead, hasPhone ? region.code() : null, phoneSeed);
    }

    /**
     * A moment in the last 18 months, at a working-day hour in the lead's city. Three in ten leads come from a
     * distribution that leans to the present, so recent months have somewhat more leads (as a growing business has).
     * One in fifteen has no zone, like a form export that wrote local times: that time is read in the clock's zone.
     */
    private CreatedAt created(City city) {
        long span = Duration.between(start, end).getSeconds();
        double position = random.nextDouble();
        if (chance(30)) {
            position = Math.max(position, random.nextDouble());
        }
        ZonedDateTime local = start.plusSeconds((long) (position * span))
                .atZone(city.zone())
                .withHour(HOURS.pick(random))
                .withMinute(random.nextInt(60))
                .withSecond(random.nextInt(60))
                .withNano(0);
        boolean zoneKnown = !chance(7);
        OffsetDateTime at = zoneKnown
                ? local.toOffsetDateTime()
                : local.toLocalDateTime().atZone(clock.getZone()).toOffsetDateTime();
        if (at.toInstant().isAfter(end)) {
            at = at.minusDays(1);
        }
        if (at.toInstant().isBefore(start)) {
            at = at.plusDays(1);
        }
        return new CreatedAt(at, zoneKnown);
    }

    private String campaign(DemoChannel channel, OffsetDateTime created) {
        if (channel.campaigns().isEmpty() || !chance(90)) {
            return null;
        }
        String name = pick(channel.campaigns());
        return channel.yearly() ? name + " " + created.getYear() : name;
    }

    private String email(DemoName first, DemoName last, Company company, DemoRegion region) {
        String f = first.ascii();
        String l = last.ascii();
        if (chance(1)) {
            return f + "." + l + "@example." + (random.nextBoolean() ? "com" : "org");
        }
        if (company != null && chance(62)) {
            return companyAddress(f, l, company) + "@" + company.domain();
        }
        String domain = pick(region.freeMail());
        if (domain.equals("qq.com")) {
            return (10_000_000L + random.nextLong(990_000_000L)) + "@" + domain;
        }
        int style = random.nextInt(100);
        String local;
        if (style < 45) {
            local = f + "." + l;
        } else if (style < 65) {
            local = f + l;
        } else if (style < 80) {
            local = f + "_" + l;
        } else {
            local = f.charAt(0) + l;
        }
        if (chance(50)) {
            local += chance(50) ? random.nextInt(10, 100) : random.nextInt(1955, 2006);
        }
        return local + "@" + domain;
    }

    /** The local part of a work address, in the styles companies use. */
    private String companyAddress(String first, String last, Company company) {
        int style = random.nextInt(100);
        if (style < 55) {
            return first + "." + last;
        }
        if (style < 70) {
            return first.charAt(0) + last;
        }
        if (style < 80 && company.size() <= 50) {
            return first;
        }
        return style < 90 ? first + last : last + "." + first;
    }

    private Utm utm(DemoChannel channel, String campaign) {
        if (channel.utmSource() == null) {
            return Utm.NONE;
        }
        String term = channel == DemoChannel.GOOGLE_ADS && chance(70) ? details.searchTerm() : null;
        String content = channel.paid() && chance(60) ? details.adContent() : null;
        return new Utm(
                channel.utmSource(),
                channel.utmMedium(),
                campaign == null ? null : cachedSlug(campaign),
                term,
                content);
    }

    private ConsentRecord consent(DemoChannel channel, OffsetDateTime created) {
        int roll = random.nextInt(100);
        return switch (channel) {
            case COLD_LIST -> ConsentRecord.UNKNOWN;
            case TRADE_SHOW ->
                roll < 80
                        ? new ConsentRecord(Consent.YES, created, ConsentMethod.MANUAL, "Badge scan at the booth")
                        : ConsentRecord.UNKNOWN;
            case REFERRAL ->
                roll < 60
                        ? new ConsentRecord(Consent.YES, created, ConsentMethod.MANUAL, "Asked by phone")
                        : ConsentRecord.UNKNOWN;
            default ->
                roll < 88
                        ? new ConsentRecord(
                                Consent.YES, created.plusSeconds(random.nextInt(4)), ConsentMethod.FORM, null)
                        : roll < 98
                                ? ConsentRecord.UNKNOWN
                                : new ConsentRecord(
                                        Consent.NO, created, ConsentMethod.FORM, "Marketing box not ticked");
        };
    }

    private Bant bant(Qualification qualification, String budget, String jobTitle) {
        if (qualification != Qualification.SQL && qualification != Qualification.CUSTOMER) {
            return Bant.UNKNOWN;
        }
        boolean decides = jobTitle != null && DemoDetails.decisionMaker(jobTitle);
        return new Bant(
                budget == null ? BantItem.UNKNOWN : new BantItem(Answer.YES, budget),
                decides ? new BantItem(Answer.YES, null) : BantItem.UNKNOWN,
                new BantItem(Answer.YES, null),
                chance(50) ? new BantItem(Answer.YES, "This quarter") : BantItem.UNKNOWN);
    }

    private OffsetDateTime wonAt(OffsetDateTime created) {
        OffsetDateTime won = created.plusDays(random.nextInt(3, 121));
        return won.toInstant().isAfter(end) ? end.atOffset(created.getOffset()) : won;
    }

    private boolean chance(int percent) {
        return random.nextInt(100) < percent;
    }

    private <T> T pick(List<T> items) {
        return items.get(random.nextInt(items.size()));
    }

    private final Map<String, String> slugs = new HashMap<>();

    private String cachedSlug(String text) {
        return slugs.computeIfAbsent(text, DemoLeadGenerator::slug);
    }

    static String slug(String text) {
        return DemoName.toAscii(text.replaceAll("[^\\p{L}\\p{N}]+", "-"))
                .replaceAll("-+", "-")
                .replaceAll("^-|-$", "")
                .toLowerCase(Locale.ROOT);
    }

    private static Map<DemoCulture, Weighted<DemoRegion>> regionsByCulture() {
        Map<DemoCulture, Weighted<DemoRegion>> map = new IdentityHashMap<>();
        for (DemoCulture culture : DemoCultures.ALL) {
            map.put(culture, new Weighted<>(culture.regions(), DemoRegion::weight));
        }
        return map;
    }

    private static Weighted<Integer> hours() {
        List<Integer> hours = new ArrayList<>();
        for (int h = 0; h < 24; h++) {
            hours.add(h);
        }
        return new Weighted<>(hours, h -> HOUR_WEIGHTS[h]);
    }
}
