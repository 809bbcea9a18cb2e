package app.leadkeeper.demo;

import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.random.RandomGenerator;

/**
 * Companies of a region. A company is drawn by number from a fixed pool per region, so several leads share one
 * company (as in real data) and the same number always gives the same name, web domain and size.
 */
final class DemoCompanies {
    static final int POOL_SIZE = 20_000;

    private static final List<String> STEMS = List.of(
            "Northwind",
            "Bluebird",
            "Brightline",
            "Vertex",
            "Orbit",
            "Evergreen",
            "Pinecrest",
            "Silverline",
            "Quantum",
            "Nimbus",
            "Harbor",
            "Summit",
            "Cobalt",
            "Granite",
            "Lighthouse",
            "Redwood",
            "Skyline",
            "Ironbridge",
            "Sunflower",
            "Polaris",
            "Atlas",
            "Meridian",
            "Keystone",
            "Falcon",
            "Beacon",
            "Horizon",
            "Juniper",
            "Maple",
            "Copperleaf",
            "Starling",
            "Aurora",
            "Tidewater",
            "Foxglove",
            "Blackstone",
            "Kestrel");
    private static final List<String> TRADES = List.of(
            "Labs",
            "Solutions",
            "Systems",
            "Analytics",
            "Consulting",
            "Studio",
            "Logistics",
            "Foods",
            "Health",
            "Dental",
            "Media",
            "Digital",
            "Software",
            "Partners",
            "Energy",
            "Robotics",
            "Design",
            "Ventures",
            "Interiors",
            "Fitness",
            "Realty",
            "Travel",
            "Legal",
            "Marketing",
            "Plumbing",
            "Photography");
    private static final List<String> TECH = List.of("Labs", "Systems", "Analytics", "Software", "Digital", "Robotics");

    /** A company: the name as written, its web domain, and its number of employees. */
    record Company(String name, String domain, int size) {}

    private static final Weighted<int[]> SIZES = new Weighted<>(
            List.of(
                    new int[] {1, 1, 8},
                    new int[] {2, 10, 35},
                    new int[] {11, 50, 28},
                    new int[] {51, 200, 17},
                    new int[] {201, 1000, 8},
                    new int[] {1001, 10000, 4}),
            bucket -> bucket[2]);

    private DemoCompanies() {}

    static Company company(DemoCulture culture, DemoRegion region, int number) {
        RandomGenerator random = new SplittableRandom(((long) region.code().hashCode() << 32) ^ number);
        int size = size(random);
        if (!culture.companies().isEmpty() && random.nextInt(100) < 35) {
            DemoName local =
                    culture.companies().get(random.nextInt(culture.companies().size()));
            String ending = random.nextInt(100) < 75 ? region.domainEnding() : "com";
            return new Company(local.text(), local.ascii() + "." + ending, size);
        }
        String stem = STEMS.get(random.nextInt(STEMS.size()));
        String trade = TRADES.get(random.nextInt(TRADES.size()));
        String name = stem + " " + trade;
        if (random.nextInt(100) < 70) {
            name = name + " "
                    + region.legalForms().get(random.nextInt(region.legalForms().size()));
        }
        int endingRoll = random.nextInt(100);
        String ending =
                TECH.contains(trade) && endingRoll < 25 ? "io" : endingRoll < 60 ? region.domainEnding() : "com";
        String slug = random.nextBoolean() ? stem + trade : stem + "-" + trade;
        return new Company(name, slug.toLowerCase(Locale.ROOT) + "." + ending, size);
    }

    private static int size(RandomGenerator random) {
        int[] bucket = SIZES.pick(random);
        return bucket[0] + random.nextInt(bucket[1] - bucket[0] + 1);
    }
}
