package app.leadkeeper.demo;

import app.leadkeeper.demo.DemoCompanies.Company;
import app.leadkeeper.leads.LeadStatus;
import app.leadkeeper.leads.Qualification;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.random.RandomGenerator;

/** The smaller facts of a demo lead: job title, budget, funnel position, tags, the odd custom field. */
final class DemoDetails {
    private static final List<String> JOB_TITLES = List.of(
            "Founder",
            "Co-Founder & CEO",
            "CEO",
            "Owner",
            "Owner",
            "Managing Director",
            "VP Sales",
            "VP of Marketing",
            "VP Engineering",
            "Head of Marketing",
            "Head of Sales",
            "Head of Growth",
            "Head of Operations",
            "Marketing Manager",
            "Marketing Manager",
            "Sales Manager",
            "Office Manager",
            "Office Manager",
            "Operations Manager",
            "Account Executive",
            "Business Development Manager",
            "Purchasing Manager",
            "Product Manager",
            "Software Engineer",
            "IT Administrator",
            "Project Manager",
            "Consultant",
            "Freelance Designer",
            "Practice Manager",
            "Assistant",
            "HR Manager",
            "CFO",
            "CTO",
            "Director of Finance",
            "Marketing Coordinator",
            "Customer Success Manager",
            "Teacher",
            "Photographer",
            "Student");
    private static final List<String> DECIDERS = List.of(
            "ceo",
            "founder",
            "owner",
            "director",
            "head of",
            "vp",
            "cfo",
            "cto",
            "inhaber",
            "geschäftsführ",
            "gérant",
            "pdg",
            "gerente",
            "prezes",
            "директор",
            "代表",
            "总经理",
            "المدير");
    private static final List<String> ENGLISH_MESSAGES =
            DemoCultures.ALL.getFirst().messages();
    private static final List<String> LOST_REASONS =
            List.of("Too expensive", "Chose a competitor", "No budget this year", "No response", "Bad timing");
    private static final List<String> SEARCH_TERMS = List.of(
            "lead tracking software",
            "crm for small business",
            "simple crm",
            "lead management tool",
            "sales pipeline app",
            "offline crm",
            "crm without subscription");
    private static final List<String> AD_CONTENTS = List.of("ad-a", "ad-b", "video-15s", "carousel", "testimonial");
    private static final List<String> CONTACT_TIMES = List.of("Morning", "Afternoon", "Evening");
    private static final List<String> HEARD_FROM =
            List.of("Podcast", "A friend", "Search engine", "YouTube", "Magazine");
    private static final Map<String, Integer> CURRENCY_SCALE = Map.ofEntries(
            Map.entry("JPY", 100),
            Map.entry("CNY", 5),
            Map.entry("TWD", 30),
            Map.entry("RUB", 100),
            Map.entry("UAH", 40),
            Map.entry("KZT", 500),
            Map.entry("MXN", 20),
            Map.entry("ARS", 1000),
            Map.entry("COP", 4000),
            Map.entry("PLN", 4),
            Map.entry("EGP", 50),
            Map.entry("SAR", 4),
            Map.entry("AED", 4),
            Map.entry("MAD", 10));

    private final RandomGenerator random;
    private final Map<String, List<String>> budgets = new HashMap<>();

    DemoDetails(RandomGenerator random) {
        this.random = random;
    }

    String jobTitle(DemoCulture culture) {
        if (!culture.jobTitles().isEmpty() && chance(25)) {
            return pick(culture.jobTitles());
        }
        return pick(JOB_TITLES);
    }

    static boolean decisionMaker(String jobTitle) {
        String title = jobTitle.toLowerCase(Locale.ROOT);
        return DECIDERS.stream().anyMatch(title::contains);
    }

    /** A budget range in the region's currency, scaled to roughly the same worth. */
    String budget(DemoRegion region) {
        List<String> ranges = budgets.computeIfAbsent(region.currency(), DemoDetails::budgetRanges);
        return ranges.get(random.nextInt(ranges.size()));
    }

    private static List<String> budgetRanges(String currency) {
        int scale = CURRENCY_SCALE.getOrDefault(currency, 1);
        return List.of(
                "under " + amount(1_000 * scale) + " " + currency,
                amount(1_000 * scale) + "–" + amount(5_000 * scale) + " " + currency,
                amount(5_000 * scale) + "–" + amount(20_000 * scale) + " " + currency,
                "over " + amount(20_000 * scale) + " " + currency);
    }

    String website(String domain) {
        int style = random.nextInt(100);
        return style < 70 ? "https://www." + domain : style < 90 ? "www." + domain : domain;
    }

    String message(DemoCulture culture) {
        return chance(60) ? pick(culture.messages()) : pick(ENGLISH_MESSAGES);
    }

    Qualification qualification(DemoChannel channel) {
        int roll = random.nextInt(100);
        if (channel == DemoChannel.COLD_LIST) {
            return roll < 90
                    ? Qualification.LEAD
                    : roll < 96 ? Qualification.MQL : roll < 99 ? Qualification.SQL : Qualification.CUSTOMER;
        }
        if (roll < 70) {
            return Qualification.LEAD;
        }
        if (roll < 85) {
            return Qualification.MQL;
        }
        if (roll < 92) {
            return Qualification.SQL;
        }
        return roll < 95 ? Qualification.PQL : Qualification.CUSTOMER;
    }

    LeadStatus status(Qualification qualification) {
        return switch (qualification) {
            case CUSTOMER -> LeadStatus.WON;
            case SQL -> chance(10) ? LeadStatus.LOST : LeadStatus.OPEN;
            case MQL -> chance(5) ? LeadStatus.LOST : LeadStatus.OPEN;
            default -> LeadStatus.OPEN;
        };
    }

    /** A deal value in steps of 50 for leads far enough down the funnel, else none. */
    BigDecimal dealValue(Qualification qualification) {
        boolean valued = qualification == Qualification.CUSTOMER || (qualification == Qualification.SQL && chance(70));
        return valued ? BigDecimal.valueOf(50L * random.nextInt(10, 1001)) : null;
    }

    String lostReason() {
        return pick(LOST_REASONS);
    }

    String searchTerm() {
        return pick(SEARCH_TERMS);
    }

    String adContent() {
        return pick(AD_CONTENTS);
    }

    List<String> tags(DemoChannel channel, Company company, String offer, OffsetDateTime created) {
        List<String> tags = new ArrayList<>(2);
        if (chance(company != null && company.size() > 1000 ? 20 : 2)) {
            tags.add("vip");
        }
        if (chance(channel == DemoChannel.NEWSLETTER ? 70 : 4)) {
            tags.add("newsletter");
        }
        if (channel.event() && chance(60)) {
            tags.add("event-" + created.getYear());
        }
        if ("Free trial".equals(offer) && chance(30)) {
            tags.add("trial");
        }
        if (chance(3)) {
            tags.add("follow-up");
        }
        return tags;
    }

    /** Rare extra fields, as a form with a question of its own would bring. */
    Map<String, String> customFields() {
        int roll = random.nextInt(1000);
        if (roll < 20) {
            return Map.of("Preferred contact time", pick(CONTACT_TIMES));
        }
        if (roll < 30) {
            return Map.of("How did you hear about us?", pick(HEARD_FROM));
        }
        return Map.of();
    }

    private static String amount(int value) {
        return String.format(Locale.ROOT, "%,d", value);
    }

    private boolean chance(int percent) {
        return random.nextInt(100) < percent;
    }

    private <T> T pick(List<T> items) {
        return items.get(random.nextInt(items.size()));
    }
}
