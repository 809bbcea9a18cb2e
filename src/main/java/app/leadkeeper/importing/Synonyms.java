package app.leadkeeper.importing;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Header synonyms in English, German, French and Spanish, as matching keys ({@link HeaderNames#key}): lower case,
 * no accents, no punctuation or spaces, filler words ("your", "Ihre", "votre", "de") dropped.
 */
final class Synonyms {
    /** Headers that mean "name" but whose meaning depends on the other columns: "Nom" + "Prénom" is a last name. */
    static final Set<String> AMBIGUOUS_NAMES = Set.of("name", "nom", "nombre");

    private static final Map<String, Target> EXACT = new HashMap<>();

    static {
        put(
                Target.FIRST_NAME,
                "firstname",
                "first",
                "givenname",
                "forename",
                "fname",
                "namefirst",
                "vorname",
                "rufname",
                "prenom",
                "nombrepila",
                "primernombre");
        put(
                Target.LAST_NAME,
                "lastname",
                "last",
                "surname",
                "familyname",
                "lname",
                "namelast",
                "nachname",
                "familienname",
                "nomfamille",
                "nomnaissance",
                "apellido",
                "apellidos",
                "primerapellido");
        put(
                Target.FULL_NAME,
                "fullname",
                "completename",
                "contactname",
                "vollername",
                "vollstandigername",
                "kontaktname",
                "nomcomplet",
                "nomprenom",
                "prenomnom",
                "nombrecompleto",
                "nombreyapellidos",
                "nombreapellidos");
        put(
                Target.EMAIL,
                "email",
                "emailaddress",
                "mail",
                "mailaddress",
                "emailadresse",
                "mailadresse",
                "businessemail",
                "workemail",
                "emailid",
                "courriel",
                "adressecourriel",
                "adresseemail",
                "adressemail",
                "adresseelectronique",
                "adressemel",
                "mel",
                "correo",
                "correoelectronico",
                "direccioncorreo",
                "direccioncorreoelectronico",
                "email1",
                "eaddress");
        put(
                Target.PHONE,
                "phone",
                "phonenumber",
                "telephone",
                "telephonenumber",
                "tel",
                "telno",
                "mobile",
                "mobilephone",
                "mobilenumber",
                "mobilephonenumber",
                "cell",
                "cellphone",
                "cellnumber",
                "phone1",
                "telefon",
                "telefonnummer",
                "handy",
                "handynummer",
                "mobil",
                "mobilnummer",
                "rufnummer",
                "numerotelephone",
                "portable",
                "telephoneportable",
                "numeroportable",
                "telefono",
                "numerotelefono",
                "movil",
                "telefonomovil",
                "celular",
                "whatsapp",
                "whatsappnumber");
        put(
                Target.COMPANY,
                "company",
                "companyname",
                "organization",
                "organisation",
                "organizationname",
                "business",
                "businessname",
                "employer",
                "firma",
                "firmenname",
                "unternehmen",
                "unternehmensname",
                "societe",
                "entreprise",
                "nomentreprise",
                "nomsociete",
                "raisonsociale",
                "organisme",
                "empresa",
                "nombreempresa",
                "compania",
                "organizacion");
        put(
                Target.JOB_TITLE,
                "jobtitle",
                "title",
                "position",
                "role",
                "jobrole",
                "jobposition",
                "jobfunction",
                "berufsbezeichnung",
                "funktion",
                "beruf",
                "jobtitel",
                "poste",
                "fonction",
                "titre",
                "intituleposte",
                "cargo",
                "puesto",
                "puestotrabajo");
        put(
                Target.COMPANY_SIZE,
                "companysize",
                "numberofemployees",
                "employees",
                "employeecount",
                "noofemployees",
                "teamsize",
                "mitarbeiter",
                "mitarbeiteranzahl",
                "anzahlmitarbeiter",
                "unternehmensgrosse",
                "firmengrosse",
                "tailleentreprise",
                "effectif",
                "nombreemployes",
                "nombresalaries",
                "tamanoempresa",
                "numeroempleados",
                "empleados");
        put(Target.BUDGET, "budget", "budgetrange", "monthlybudget", "presupuesto", "budgetmensuel");
        put(
                Target.WEBSITE,
                "website",
                "websiteurl",
                "companywebsite",
                "homepage",
                "web",
                "webseite",
                "internetseite",
                "siteweb",
                "siteinternet",
                "sitioweb",
                "paginaweb");
        put(
                Target.CITY,
                "city",
                "town",
                "addresscity",
                "stadt",
                "ort",
                "wohnort",
                "ville",
                "ciudad",
                "localidad",
                "municipio",
                "poblacion");
        put(Target.COUNTRY, "country", "countryregion", "addresscountry", "land", "pays", "pais", "nation");
        put(
                Target.MESSAGE,
                "message",
                "yourmessage",
                "comments",
                "comment",
                "inquiry",
                "enquiry",
                "question",
                "questions",
                "details",
                "commentormessage",
                "howcanwehelp",
                "howcanwehelpyou",
                "nachricht",
                "mitteilung",
                "anmerkungen",
                "kommentar",
                "bemerkung",
                "bemerkungen",
                "anliegen",
                "anfrage",
                "commentaire",
                "commentaires",
                "demande",
                "mensaje",
                "comentario",
                "comentarios",
                "consulta");
        put(
                Target.CHANNEL,
                "source",
                "leadsource",
                "channel",
                "originalsource",
                "howdidyouhearaboutus",
                "howdidyoufindus",
                "wheredidyouhearaboutus",
                "howdidyouhearofus",
                "referralsource",
                "quelle",
                "kanal",
                "wiehabensievonunserfahren",
                "wiesindsieaufunsaufmerksamgeworden",
                "commentnousavezvousconnu",
                "commentavezvousentenduparlernous",
                "commentnousavezvoustrouve",
                "comonosconociste",
                "comonosconocio",
                "comosupodenosotros",
                "comonosencontraste",
                "fuente",
                "origen",
                "canal");
        put(Target.CAMPAIGN, "campaign", "campaignname", "kampagne", "campagne", "campana");
        put(Target.OFFER, "offer", "leadmagnet", "angebot", "offre", "oferta");
        put(
                Target.LANDING_PAGE,
                "landingpage",
                "landingpageurl",
                "pageurl",
                "sourceurl",
                "url",
                "formurl",
                "pageuri",
                "referrer",
                "referer",
                "seite",
                "pagedestination",
                "paginadestino");
        put(Target.UTM_SOURCE, "utmsource");
        put(Target.UTM_MEDIUM, "utmmedium");
        put(Target.UTM_CAMPAIGN, "utmcampaign");
        put(Target.UTM_TERM, "utmterm");
        put(Target.UTM_CONTENT, "utmcontent");
        put(
                Target.CREATED_AT,
                "createdat",
                "created",
                "createdtime",
                "createdon",
                "createdate",
                "creationdate",
                "timestamp",
                "date",
                "datetime",
                "submitted",
                "submittedat",
                "submittedon",
                "datesubmitted",
                "submissiondate",
                "submitdate",
                "submissiontime",
                "entrydate",
                "formdate",
                "signupdate",
                "datum",
                "zeitstempel",
                "eingangsdatum",
                "erstelltam",
                "erstellungsdatum",
                "horodatage",
                "horodateur",
                "datecreation",
                "dateenvoi",
                "fecha",
                "marcatemporal",
                "fechacreacion",
                "fechaenvio",
                "fechahora");
        put(
                Target.CONSENT,
                "consent",
                "gdpr",
                "gdprconsent",
                "dsgvo",
                "einwilligung",
                "datenschutz",
                "datenschutzerklarung",
                "privacy",
                "privacypolicy",
                "optin",
                "marketingconsent",
                "emailoptin",
                "newsletteroptin",
                "acceptance",
                "terms",
                "consentement",
                "rgpd",
                "acceptation",
                "consentimiento",
                "privacidad",
                "politicaprivacidad",
                "aceptacion");
        put(Target.CONSENT_TIME, "optintime", "confirmtime", "consenttime", "consentdate", "optindate");
        put(Target.CONSENT_IP, "optinip", "confirmip", "consentip");
        put(Target.UNSUBSCRIBED_AT, "unsubtime", "unsubscribedat", "optouttime", "optoutdate");
        put(Target.TAGS, "tags", "tag", "labels", "schlagworte", "stichworte", "etiquettes", "etiquetas");
        put(Target.DEAL_VALUE, "dealvalue", "dealamount", "amount", "betrag", "montant", "importe");
        put(Target.STAGE, "stage", "leadstage", "pipelinestage", "funnelstage", "phase", "etape", "etapa");
    }

    private static final List<String> CONSENT_WORDS = List.of(
            "consent",
            "gdpr",
            "dsgvo",
            "rgpd",
            "einwilligung",
            "datenschutz",
            "privacy",
            "optin",
            "consentement",
            "consentimiento",
            "privacidad",
            "newsletter",
            "agree");
    private static final Set<String> EMAIL_WORDS = Set.of("email", "mail", "courriel", "correo");
    private static final Set<String> PHONE_WORDS =
            Set.of("phone", "telephone", "telefon", "telefono", "mobile", "handy", "movil", "celular", "portable");
    /** Words that make "Email domain" or "Phone type" something else than the address or number itself. */
    private static final Set<String> NOT_THE_VALUE = Set.of(
            "domain",
            "format",
            "type",
            "status",
            "verified",
            "valid",
            "bounce",
            "bounced",
            "sent",
            "opened",
            "clicked",
            "count",
            "date",
            "time",
            "owner",
            "campaign",
            "permission",
            "preference",
            "country",
            "code");

    private Synonyms() {}

    private static void put(Target target, String... keys) {
        for (String key : keys) {
            Target previous = EXACT.put(key, target);
            if (previous != null) {
                throw new IllegalStateException("synonym " + key + " for both " + previous + " and " + target);
            }
        }
    }

    /** The target a header means, or null when it is not recognised (the column then stays a custom field). */
    static Target target(String header) {
        List<String> words = HeaderNames.words(header);
        String key = String.join("", words);
        Target exact = EXACT.get(key);
        if (exact != null) {
            return exact;
        }
        // Form questions are sentences: recognise the few words that cannot mean anything else.
        if (words.size() > 6) {
            return containsAny(key, CONSENT_WORDS) ? Target.CONSENT : null;
        }
        if (containsAny(key, CONSENT_WORDS)) {
            return Target.CONSENT;
        }
        for (String word : words) {
            if (NOT_THE_VALUE.contains(word)) {
                return null;
            }
        }
        for (String word : words) {
            if (EMAIL_WORDS.contains(word)) {
                return Target.EMAIL;
            }
        }
        if (key.contains("email")) {
            return Target.EMAIL;
        }
        for (String word : words) {
            if (PHONE_WORDS.contains(word)) {
                return Target.PHONE;
            }
        }
        return null;
    }

    private static boolean containsAny(String key, List<String> parts) {
        for (String part : parts) {
            if (key.contains(part)) {
                return true;
            }
        }
        return false;
    }
}
