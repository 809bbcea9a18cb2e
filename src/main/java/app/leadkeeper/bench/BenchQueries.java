package app.leadkeeper.bench;

import java.util.ArrayList;
import java.util.List;

/**
 * What people type into the search box, in the mix the benchmark measures: name prefixes typed letter by letter,
 * fragments inside names, emails and companies, two words, phone digits, and rare or hopeless strings. The names come
 * from the demo data, so most queries find something.
 */
final class BenchQueries {
    private BenchQueries() {}

    /** Exactly {@code count} queries, the groups interleaved as a person's searches would be. */
    static List<String> mix(int count) {
        List<List<String>> groups = List.of(
                List.of(
                        "k", "ko", "kow", "kowa", "kowal", "kowals", "kowalsk", "s", "sc", "sch", "schm", "schmi",
                        "schmid", "schmidt", "m", "ma", "mar", "mart", "marti", "martin"),
                List.of(
                        "ji", "ol", "sm", "wil", "pap", "jos", "anna", "fern", "mül", "ива", "алекс", "山", "佐藤", "王",
                        "محمد", "γιω", "łuk", "gonz", "lef", "ngu"),
                List.of(
                        "arcia",
                        "example",
                        "gmail",
                        "orange",
                        "web.de",
                        "tech",
                        "solutions",
                        "gmbh",
                        "consult",
                        "dental",
                        "bakery",
                        "llc",
                        "söhne",
                        "ndez",
                        "owsk",
                        "ovich",
                        "studio",
                        "qq.com",
                        "yandex",
                        "ltd"),
                List.of(
                        "anna schmidt",
                        "maria garcia",
                        "john smith",
                        "jean martin",
                        "wang wei",
                        "mohammed al",
                        "sato taro",
                        "piotr nowak",
                        "elena ivanova",
                        "northwind labs"),
                List.of("4930", "555 12", "+49 151", "0151", "44 7700", "9055", "+7 912", "13800", "+971 50", "612 34"),
                List.of(
                        "zzqx",
                        "qqqqq",
                        "xylophone",
                        "kowalskiego",
                        "smith@nowhere.example",
                        "9999999999",
                        "ñandú",
                        "ωmega",
                        "@@@",
                        "zz top"));
        List<String> queries = new ArrayList<>(count);
        int[] next = new int[groups.size()];
        int group = 0;
        while (queries.size() < count) {
            List<String> members = groups.get(group);
            queries.add(members.get(next[group] % members.size()));
            next[group]++;
            group = (group + 1) % groups.size();
        }
        return queries;
    }
}
