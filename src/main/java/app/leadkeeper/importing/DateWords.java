package app.leadkeeper.importing;

import app.leadkeeper.core.TextKeys;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Map;

/** Month names in English, German, French and Spanish, and time zone abbreviations with their standard offsets. */
final class DateWords {
    private static final Map<String, Integer> MONTHS = new HashMap<>();
    private static final Map<String, ZoneOffset> ZONES = new HashMap<>();

    static {
        months(1, "jan", "january", "januar", "janvier", "janv", "enero", "ene", "janner");
        months(2, "feb", "february", "februar", "fevrier", "fevr", "fev", "febrero");
        months(3, "mar", "march", "marz", "maerz", "mars", "marzo");
        months(4, "apr", "april", "avril", "avr", "abril", "abr");
        months(5, "may", "mai", "mayo");
        months(6, "jun", "june", "juni", "juin", "junio");
        months(7, "jul", "july", "juli", "juillet", "juil", "julio");
        months(8, "aug", "august", "aout", "agosto", "ago");
        months(9, "sep", "sept", "september", "septembre", "septiembre", "setiembre");
        months(10, "oct", "october", "okt", "oktober", "octobre", "octubre");
        months(11, "nov", "november", "novembre", "noviembre");
        months(12, "dec", "december", "dez", "dezember", "decembre", "diciembre", "dic");
        zone(0, "utc", "gmt", "z", "ut", "wet");
        zone(1, "cet", "bst", "west");
        zone(2, "cest", "eet", "sast");
        zone(3, "eest", "msk");
        zone(-4, "ast", "edt");
        zone(-3, "adt", "brt");
        zone(-5, "est", "cdt");
        zone(-6, "cst", "mdt");
        zone(-7, "mst", "pdt");
        zone(-8, "pst", "akdt");
        zone(-9, "akst", "hdt");
        zone(-10, "hst");
        zone(8, "awst", "sgt", "hkt");
        zone(9, "jst", "kst");
        zone(10, "aest");
        zone(11, "aedt");
        zone(12, "nzst");
        zone(13, "nzdt");
        ZONES.put("ist", ZoneOffset.ofHoursMinutes(5, 30));
        ZONES.put("acst", ZoneOffset.ofHoursMinutes(9, 30));
    }

    private static void months(int month, String... names) {
        for (String name : names) {
            MONTHS.put(name, month);
        }
    }

    private static void zone(int hours, String... names) {
        for (String name : names) {
            ZONES.put(name, ZoneOffset.ofHours(hours));
        }
    }

    private DateWords() {}

    /** The month (1 to 12) a word names, or null. */
    static Integer month(String word) {
        return MONTHS.get(TextKeys.fold(word));
    }

    /** The offset of a zone abbreviation (folded: "utc", "cest", "ast"), or null. */
    static ZoneOffset zone(String name) {
        return ZONES.get(name);
    }
}
