package app.leadkeeper.demo;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Currency;
import java.util.List;
import java.util.Locale;

/**
 * A country demo leads come from: its cities with their time zones, the free-mail providers people there use, the
 * ending of company web domains and the legal forms of company names.
 */
record DemoRegion(
        String code,
        int weight,
        String country,
        String currency,
        String domainEnding,
        List<City> cities,
        List<String> freeMail,
        List<String> legalForms) {

    /** A city and the time zone its forms stamp their times in. */
    record City(String name, ZoneId zone) {}

    /**
     * Reads a region from compact text: cities as "Name@Zone, Name, …" (a city without a zone is in the one before
     * it), free-mail domains and legal forms separated by spaces and "|".
     */
    static DemoRegion of(String code, int weight, String domainEnding, String cities, String freeMail, String legal) {
        Locale locale = Locale.of("", code);
        return new DemoRegion(
                code,
                weight,
                locale.getDisplayCountry(Locale.ENGLISH),
                Currency.getInstance(locale).getCurrencyCode(),
                domainEnding,
                parseCities(cities),
                List.of(freeMail.split(" ")),
                Arrays.stream(legal.split("\\|")).map(String::strip).toList());
    }

    private static List<City> parseCities(String text) {
        ZoneId zone = null;
        List<City> cities = new ArrayList<>();
        for (String entry : text.split(",")) {
            String[] parts = entry.strip().split("@");
            if (parts.length == 2) {
                zone = ZoneId.of(parts[1]);
            } else if (zone == null) {
                throw new IllegalArgumentException("the first city needs a time zone: " + entry);
            }
            cities.add(new City(parts[0], zone));
        }
        return List.copyOf(cities);
    }
}
