namespace Vkb.Pseudonymization.Scrubbing;

/// <summary>
/// This project's own word lists beside the embedded vocabulary: German function words (which the
/// morphological lists leave out), and the terms and abbreviations of case notes at the BA. All lower-case.
/// </summary>
internal static class DomainWords
{
    /// <summary>Articles, pronouns, prepositions, conjunctions, adverbs, particles and number words.</summary>
    public static readonly string[] FunctionWords =
    [
        "der", "die", "das", "den", "dem", "des", "ein", "eine", "einen", "einem", "einer", "eines", "kein", "keine", "keinen", "keinem",
        "keiner", "keines", "ich", "du", "er", "sie", "es", "wir", "ihr", "mich", "dich", "sich", "uns", "euch", "mir", "dir", "ihm", "ihn",
        "ihnen", "mein", "meine", "meinen", "meinem", "meiner", "meines", "dein", "deine", "sein", "seine", "seinen", "seinem", "seiner",
        "seines", "ihre", "ihren", "ihrem", "ihrer", "ihres", "unser", "unsere", "unseren", "unserem", "unserer", "euer", "eure", "dies",
        "diese", "dieser", "dieses", "diesen", "diesem", "jene", "jener", "jenes", "welche", "welcher", "welches", "welchen", "welchem",
        "man", "jemand", "jemandem", "jemanden", "niemand", "etwas", "nichts", "alle", "allen", "aller", "alles", "allem", "beide", "beiden",
        "mehrere", "einige", "einigen", "viele", "vielen", "wenige", "manche", "jeder", "jede", "jedes", "jeden", "jedem", "selbst", "selber",
        "an", "am", "auf", "aus", "bei", "beim", "bis", "durch", "für", "fürs", "gegen", "hinter", "in", "im", "ins", "mit", "nach", "neben",
        "ohne", "seit", "über", "überm", "um", "unter", "von", "vom", "vor", "während", "wegen", "zu", "zum", "zur", "zwischen", "ab", "per",
        "pro", "samt", "statt", "anstatt", "trotz", "laut", "gemäß", "bezüglich", "innerhalb", "außerhalb", "oberhalb", "unterhalb",
        "zwecks", "mittels", "inklusive", "exklusive", "zuzüglich", "abzüglich", "entsprechend", "hinsichtlich", "aufgrund", "infolge",
        "und", "oder", "aber", "sondern", "denn", "doch", "sowie", "bzw", "als", "wie", "wenn", "falls", "ob", "dass", "daß", "weil", "da",
        "damit", "obwohl", "während", "bevor", "nachdem", "sobald", "solange", "sodass", "indem", "ohne", "sowohl", "weder", "noch",
        "entweder", "nicht", "nie", "niemals", "kaum", "nur", "auch", "schon", "bereits", "noch", "erst", "sehr", "ganz", "gar", "so", "zu",
        "ja", "nein", "doch", "mal", "eben", "halt", "wohl", "etwa", "ca", "fast", "rund", "mehr", "weniger", "meist", "meistens", "oft",
        "häufig", "selten", "immer", "manchmal", "wieder", "erneut", "nochmals", "heute", "gestern", "morgen", "vorgestern", "übermorgen",
        "jetzt", "nun", "dann", "danach", "davor", "vorher", "nachher", "später", "früher", "bald", "sofort", "gleich", "zunächst",
        "zuerst", "zuletzt", "schließlich", "endlich", "inzwischen", "mittlerweile", "derzeit", "zurzeit", "momentan", "aktuell",
        "bisher", "seitdem", "seither", "damals", "hier", "dort", "da", "daher", "dahin", "dorthin", "hin", "her", "hinein", "heraus",
        "herein", "hinaus", "zurück", "weiter", "vorbei", "fort", "weg", "los", "raus", "rüber", "runter", "rauf", "drauf", "dran", "drin",
        "drüber", "vorne", "hinten", "oben", "unten", "links", "rechts",
        "außerdem", "zudem", "ferner", "jedoch", "allerdings", "trotzdem", "dennoch", "deshalb", "deswegen", "darum", "also", "somit",
        "folglich", "sonst", "ebenfalls", "ebenso", "genauso", "gern", "gerne", "leider", "hoffentlich", "vielleicht", "wahrscheinlich",
        "sicher", "bestimmt", "eventuell", "evtl", "ggf", "gegebenenfalls", "jedenfalls", "ohnehin", "sowieso", "überhaupt", "eigentlich",
        "tatsächlich", "wirklich", "bitte", "danke", "dazu", "dafür", "dagegen", "darauf", "daraus", "darin", "darüber", "darunter",
        "davon", "dabei", "dadurch", "damit", "daneben", "hierzu", "hierfür", "hierbei", "hiermit", "worauf", "woraus", "wozu", "wofür",
        "womit", "wovon", "was", "wer", "wen", "wem", "wessen", "wo", "wann", "warum", "weshalb", "wieso", "woher", "wohin", "wieviel",
        "wie viel", "einmal", "zweimal", "dreimal", "mehrmals", "teilweise", "tlw", "insgesamt", "zusammen", "allein", "alleine",
        "persönlich", "telefonisch", "schriftlich", "mündlich", "per", "null", "eins", "zwei", "drei", "vier", "fünf", "sechs", "sieben",
        "acht", "neun", "zehn", "elf", "zwölf", "zwanzig", "dreißig", "vierzig", "fünfzig", "hundert", "tausend", "erste", "ersten",
        "erster", "zweite", "zweiten", "dritte", "dritten", "halb", "halbe", "viertel", "ist", "sind", "war", "waren", "bin", "bist", "seid",
        "hat", "hatte", "haben", "habe", "hast", "hätte", "wird", "werden", "wurde", "wurden", "würde", "würden", "kann", "könne", "konnte",
        "muss", "musste", "soll", "sollte", "will", "wollte", "darf", "durfte", "mag", "möchte", "lässt", "ließ", "gibt", "gab", "geht",
        "ging", "kommt", "kam", "zzt", "usw", "etc", "inkl", "zzgl", "bzgl", "lt", "vsl", "voraussichtlich", "wg", "ua", "zb", "dh", "sog",
        "ggü", "gem", "vgl", "mind", "max", "min", "ggfs", "abzgl", "nr", "tel", "str", "hr", "fr", "frau", "herr", "herrn", "dr", "prof",
        "januar", "jänner", "februar", "märz", "april", "mai", "juni", "juli", "august", "september", "oktober", "november", "dezember",
        "jan", "feb", "mär", "apr", "jun", "jul", "aug", "sep", "sept", "okt", "nov", "dez", "montag", "dienstag", "mittwoch", "donnerstag",
        "freitag", "samstag", "sonntag", "mo", "di", "mi", "do", "sa", "so", "uhr", "eur", "euro", "ok", "okay",
    ];

    /// <summary>
    /// The abbreviations of academic titles and degrees ("Dr. med.", "Dipl.-Psych."): terms, so that they stay and the
    /// name after them is what is replaced (NameBoundaryTests). Declared before <see cref="Terms"/>, which includes them.
    /// </summary>
    public static readonly string[] AcademicTitles = ["med", "dent", "vet", "rer", "nat", "phil", "jur", "dipl", "psych", "päd", "oec"];

    /// <summary>
    /// Session 14: English and French words of the messages notes quote ("Dear Sir or Madam, …", « je ne peux pas venir … »):
    /// function words, greetings and the words of a customer's mail about work, money and papers. None is a surname of the
    /// lists; the few the given-name list also holds ("the", "of", "dear", "merci") are words here. Not the name particles
    /// ("de", "la", "le", "du"), nor words that are names as often ("can", "will", "son", "day").
    /// </summary>
    public static readonly string[] ForeignWords =
    [
        "the", "of", "to", "on", "as", "or", "than", "are", "do", "you", "we", "him", "my", "any", "more", "dear", "sir", "said", "given",
        "a", "having", "i", "whom", "whose", "each", "thanks", "regards", "sincerely", "attached", "attachment", "enclosed", "employer",
        "employee", "employment", "worked", "salary", "payment", "payments", "invoice", "invoices", "offer", "offered", "signed", "dated",
        "translated", "documents", "permit", "expires", "expired", "valid", "appointment", "appointments", "months", "previous", "started",
        "ended", "says", "speaks", "speaking", "spoke", "understood", "understand", "explained", "explain", "confirm", "confirms",
        "confirmed", "attended", "attend", "receive", "received", "taken", "needs", "needed", "husband", "result", "results", "asap",
        "pls", "regarding", "subject", "reply", "forwarded", "available", "unavailable", "holidays",
        "je", "tu", "il", "elle", "elles", "ce", "les", "ou", "ai", "tes", "votre", "leurs", "cette", "donc", "quoi", "dont", "où",
        "jamais", "rien", "sommes", "êtes", "sont", "avons", "avez", "ont", "était", "été", "être", "avoir", "fait", "peux", "peut",
        "pouvons", "pouvez", "peuvent", "veux", "veut", "voulons", "voulez", "veulent", "dois", "doit", "vais", "allons", "allez", "vont",
        "venir", "viens", "vient", "bonsoir", "cordialement", "très", "beaucoup", "aussi", "déjà", "toujours", "soeur", "famille", "malade",
        "maladie", "médecin", "mois", "semaine", "jours", "année", "aujourd", "demain", "emploi", "salaire", "loyer", "reçu", "envoyé",
        "numéro", "rendez", "lettre", "courrier", "merci", "fils", "argent",
    ];

    /// <summary>
    /// Session 17: the punctuation that dictation writes out as words ("… Herr X Punkt Rückruf bis Freitag", "Frau Y Komma sie teilt
    /// mit"): terms, and never the surname after a name (<see cref="NameShapeDetector"/>).
    /// </summary>
    public static readonly string[] DictatedPunctuation =
    [
        "punkt", "komma", "doppelpunkt", "semikolon", "strichpunkt", "bindestrich", "schrägstrich", "fragezeichen", "ausrufezeichen",
        "gedankenstrich", "anführungszeichen", "absatz",
    ];

    private static readonly System.Collections.Frozen.FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> DictatedPunctuationLookup =
        System.Collections.Frozen.FrozenSet.ToFrozenSet(DictatedPunctuation, StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Whether the word (any case) is punctuation written out by dictation (<see cref="DictatedPunctuation"/>).</summary>
    public static bool IsDictatedPunctuation(ReadOnlySpan<char> word) => DictatedPunctuationLookup.Contains(word);

    /// <summary>Terms and abbreviations of BA case notes (not names).</summary>
    public static readonly string[] Terms =
    [
        "kd", "kdin", "kdn", "kundin", "kunden", "kunde", "sgb", "egv", "eingliederungsvereinbarung", "avgs", "mat", "bg", "jc", "aa", "ba",
        "zav", "psb", "äd", "bps", "egz", "alg", "au", "ag", "an", "ams", "fm", "pap", "vermbg", "bedarfsgemeinschaft", "jobcenter",
        "arbeitsagentur", "agentur", "arbeitgeberservice", "fallmanagement", "fallmanager", "fallmanagerin", "reha", "minijob", "midijob",
        "job", "jobs", "coaching", "team", "online", "mail", "email", "e-mail", "emails", "mails", "pkw", "lkw", "kfz", "kennz", "iban",
        "bic", "pdf", "sms", "whatsapp", "app", "portal", "kita", "vhs", "bamf", "drv", "aok", "tk", "dak", "ikk", "bkk", "ihk", "hwk",
        "ggf", "bzgl", "kdnr", "rvnr", "idnr", "steuer-id", "steuerid", "sv", "svnr", "vers", "versicherungsnr", "nr", "ausweis-nr",
        "kd-nr", "knr", "tl", "ma", "sb", "fk", "koll", "kollege", "kollegin", "kollegen", "vertretung", "bearb", "ansprechp", "anspr",
        "tel", "fax", "mobil", "handy", "gruß", "grüße", "vg", "mfg", "lg", "wv", "wiedervorlage", "vorlage", "akte", "zur", "bescheid",
        "ok", "hh", "og", "eg", "ug", "dg", "app", "whg", "c/o", "co", "gmbh", "mbh", "kg", "kgaa", "ohg", "gbr", "ek", "ev", "eg", "se",
        "ltd", "inh", "gebr", "fa", "firma", "sprachkurs", "integrationskurs", "berufssprachkurs", "deutschkurs", "bewerbungstraining",
        "massnahme", "maßnahme", "maßnahmen", "träger", "bildungsträger", "sanktion", "leistungsminderung", "widerspruch", "au-bescheinigung",
        "hausarzt", "hausärztin", "facharzt", "klinik", "krankenhaus", "schuldnerberatung", "suchtberatung", "bürgerbüro", "bürgeramt",
        "meldebehörde", "ausländerbehörde", "wohngeldstelle", "familienkasse", "finanzamt", "jugendamt", "sozialamt", "gericht",
        "arbeitsgericht", "sozialgericht", "betreuungsgericht", "widerspruchsstelle", "a1", "a2", "b1", "b2", "c1", "c2", "iso", "din", "geb", "verh", "gesch", "led", "verw", "id", "rv", "pa", "eat", "kdnr", "stidnr", "zw", "ra",
        "rä", "ärztin", "arzt", "passnummer", "ausweisnummer", "kontoinhaber", "kontoinhaberin",
        // Abbreviations and terms of case notes that the second and third independent splits used (session 6).
        "betreff", "profiling", "sperrzeit", "perso", "gez", "mon", "az", "ident", "handynr", "kundennr", "pünktl", "gesetzl", "wöchentl",
        "tägl", "vorl", "amtl", "fwd", "bedarfsgem", "vorspr", "rückspr", "uneinsichtig",
        // Session 7: abbreviations and terms of BA notes that the development splits used and the vocabulary lacks (each
        // a common abbreviation or term of the field, none a name), and the languages interpreters are booked for.
        "ansprechperson", "ansprechpersonen", "sprachmittlung", "sprachmittler", "sprachmittlerin", "schriftl", "ärztl", "rechtl", "mögl",
        "eakte", "e-akte", "kto", "fzg", "jugendmigrationsdienst", "jmd", "knd", "kolln", "tin", "stid", "vsnr", "ce", "c1e",
        "identifikationsnr", "bundeszentralamt", "psychol", "kiga", "ungeöffnet", "nebenjob", "fachkraft", "lagerlogistik",
        "tigrinya", "tigrinisch", "amharisch", "paschtu", "kurmandschi", "sorani", "farsi", "anbei",
        // Session 8: terms and abbreviations of BA notes that heldout5 (a development split since) used and the vocabulary lacks:
        // compounds of the field and common note abbreviations, none a name.
        "familiennachzug", "zuverdienst", "probearbeit", "personalabteilung", "zeitarbeitsfirma", "ummeldung", "anmietung",
        "erwerbsminderungsrente", "kostensenkungsaufforderung", "sperrvermerk", "eilverfahren", "vollschichtig", "mobilnr", "tn", "te",
        "vorgespr", "angebl", "vollst", "dienstl", "priv", "türk", "poln", "ema", "oaw", "verbis", "hu", "kartennr", "netto", "brutto",
        "via", "to-do", "gastro", "frauenhaus", "leistungsfähig", "meldeadresse", "postanschrift", "zulassungsstelle", "umgemeldet",
        // Session 9: terms of BA notes that heldout6 (a development split since) used and the vocabulary lacks: compounds of the
        // field, a header word of pasted English e-mails and common abbreviations, none a name.
        "fon", "unterhaltsvorschuss", "hausverwaltung", "zusteller", "zustellerin", "testung", "verdienstbescheinigung", "verdienstbescheinigungen",
        "anschriften", "personalagentur", "sommerjob", "ferienjob", "betreuungsverein", "hrn", "einschl", "geschäftsadresse",
        "bankverbindung", "angemessenheit", "hausbesuch", "subject",
        // Session 12: the words a note writes after an address before the number to call or the news ("…, House 7, Kabul,
        // Telefon 0093 …", "…, Kabul, Kontakt nur über …", "…, Herat, Vater krank"), so that the address tail does not take them
        // for a town.
        "telefon", "telefonnr", "telefonnummer", "handynummer", "rufnummer", "festnetz", "mobilnummer", "kontakt", "vater", "mutter",
        // Session 14: abbreviations of laws, BA procedures and programmes that notes cite (the data-protection regulation, the
        // police's diary number, the data match of employment periods, the electronic wage-tax data, assisted training, work
        // opportunities), and the languages interpreters are booked for that the session 7 list lacked.
        "dsgvo", "bdsg", "bgb", "stgb", "zpo", "aufenthg", "asylblg", "tgb", "daleb", "elstam", "asa", "agh", "uvg", "kdu",
        "tamil", "malayalam", "singhalesisch", "sinhala", "punjabi", "pandschabi", "thai", "lingala", "uigurisch", "dari", "malagasy",
        "bengali", "kirundi", "kinyarwanda", "kurmanci", "kurmancî", "wolof", "twi", "igbo", "haussa", "fula", "bambara", "mandinka",
        // Loan words of office work in notes ("Upload danach in der App", "Anruf über die Hotline").
        "upload", "uploads", "hotline", "autoreply", "homeoffice", "recruiter", "recruiterin", "servicecenter", "mailer",
        // Session 17: the punctuation that dictation writes out ("… Herr X Punkt Rückruf bis Freitag", "Frau Y Komma sie teilt mit"),
        // terms so that no name takes them as its surname.
        .. DictatedPunctuation,
        .. ForeignWords,
        .. AcademicTitles,
        // Session 11: the number words from "null" to "neunundneunzig" ("zwo", "dreissig"), which dictated notes write.
        .. SpokenNumberDetector.NumberWordList,
    ];

    /// <summary>
    /// Session 21: words of job-centre notes the vocabulary lacks, added as words only (not terms, so no detector reads them as
    /// cues): terms of the field (SGB II/III, recognition of papers, debts, rehabilitation), trades and jobs the notes' customers
    /// apply for, and the loan words of office work. Nouns with the forms notes use. None is a given name, surname or place, and
    /// none is a brand or firm.
    /// </summary>
    public static readonly string[] Vocabulary =
    [
        // Social work and casework.
        "genogramm", "genogramme", "genogrammen", "genogramms", "ecomap", "ecomaps", "messie", "messies", "absentismus",
        "schulabsentismus", "wohnungslos", "wohnungslose", "wohnungslosen", "wohnungsloser", "wohnungslosigkeit", "visite", "visiten",
        "visitenkarte", "visitenkarten", "zuschaltung", "wohnsitznahme", "leistungsbezieher", "leistungsbezieherin", "leistungsbeziehern",
        "regelbedarfe", "regelbedarfen", "mehrbedarfe", "mehrbedarfen", "bescheides", "eides", "zumutbar", "zumutbare", "zumutbaren",
        "zumutbarer", "zumutbarkeit", "anrechenbar", "anrechenbare", "anrechenbaren", "anrechenbares", "nahtlosigkeit",
        "nahtlosigkeitsregelung", "aufstocker", "aufstockerin", "aufstockern", "rehabilitand", "rehabilitandin", "rehabilitanden",
        "rehabilitandinnen", "minijobber", "minijobberin", "minijobbern", "midijobber", "midijobberin",
        // Papers, recognition and law.
        "apostille", "apostillen", "notariat", "notariats", "notariate", "notariaten", "beeidigt", "beeidigte", "beeidigten",
        "beeidigter", "knöllchen", "parkrempler", "dialyse", "hämodialyse",
        // Trades and jobs.
        "kommissionierer", "kommissioniererin", "kommissioniererinnen", "kommissionierern", "kommissionierers", "lagerist",
        "lageristin", "lageristen", "lageristinnen", "fachlagerist", "fachlageristin", "fachlageristen", "bestatter", "bestatterin",
        "bestattern", "bestatters", "lotsin", "lotsinnen", "schöffin", "schöffinnen", "mechatronik", "mechatroniker", "mechatronikerin", "mechatronikern", "elektroniker",
        "elektronikerin", "elektronikern", "physiotherapeut", "physiotherapeutin", "physiotherapeuten", "logopäde", "logopädin",
        "auslieferer", "ausliefererin", "auszubildender", "probetag", "probetage", "probetages", "probetagen", "trainee", "trainees",
        "roomboy", "roomboys", "orderpicker", "reachstacker", "expat", "expats", "quali",
        // Loan words of office work.
        "mentoring", "recruiting", "intake", "housekeeping", "prepaid", "krypto", "kryptowährung", "kryptowährungen", "footer",
        "vcard", "mailto", "kanban", "coding", "crewing", "gemailt", "gemailte", "gemailten", "zugemailt", "mailt", "geldwert",
        "geldwerte", "geldwerten", "geldwerter", "geldwertes",
        // Abbreviations of office words, written with or without their dot ("Fam. X", "Änd.-Mitt.", "GEBDAT=", "7 Bew. nachgew.").
        "fam", "verm", "änd", "bew", "mitt", "mtg", "vfg", "abr", "vllt", "gebdat", "gebdatum", "ersch", "unterl", "angef", "angem",
        "abgem", "antr", "arbeitg", "arbeitn", "arbeitsvertr", "ausg", "ausgef", "besch", "bescheinig", "bespr", "bestät", "bewerbg",
        "eing", "eingeg", "eingel", "einverst", "erh", "gespr", "vorstellungsgespr", "jährl", "monatl", "mtl", "kenntn", "lebensl",
        "mitgeb", "mitteil", "rückm", "stellungn", "teiln", "unterschr", "vereinb", "versich", "vorgel", "vorgem", "zahlg", "zeugn",
        "zugest", "zust", "überw", "nachgew",
        // Function words and the commonest words of the messages customers send in English, Spanish, Portuguese, French, Dutch,
        // Afrikaans and Haitian Creole (none a given name, surname or name particle of the gazetteer: "de", "da", "son", "pero" are not here).
        "kindly", "cannot", "busy", "moved", "joined", "searching", "respected", "needful", "revert", "prepone", "postpone",
        "enrollment", "exam", "yours", "already", "sry", "lol",
        "hola", "cuando", "donde", "dónde", "día", "días", "año", "semana", "estoy", "está", "estimada", "estimado", "disculpe",
        "puedo", "puede", "puedas", "tiene", "soy", "muy", "también", "todo", "todos", "trabajo", "fecha", "nacimiento", "lugar",
        "nombre", "apellido", "vemos", "hija", "hijo", "qué", "porque",
        "não", "você", "estou", "hoje", "amanhã", "doente", "muito", "obrigado", "obrigada", "posso", "meu", "trabalho",
        "serai", "rentre", "conforme", "certifié", "certifiée", "traduction", "envoyer", "présente", "naissance", "acte",
        "dankie", "daar", "môre", "lekker", "goeie", "asseblief", "niet", "uitkering", "verklaring", "vertaling", "rijbewijs",
        "ontslagbrief", "contactpersoon", "loonstrook",
        "mwen", "anpil", "mèsi", "bonjou", "pitit", "vini",
        // Dialect words notes quote (Bavarian, Swabian, Hessian, Palatine, Berlin and Low German).
        "scho", "awwer", "gsacht", "ghabt", "koan", "künnt", "nä", "ois", "moant", "mog", "wos", "kinner", "ebbes",
        "jekriegt", "jesacht", "jemacht", "jehabt", "moin", "digga", "gassi",
    ];

    private static readonly System.Collections.Frozen.FrozenSet<string> FunctionWordsAndTerms =
        System.Collections.Frozen.FrozenSet.ToFrozenSet(FunctionWords.Concat(Terms), StringComparer.OrdinalIgnoreCase);

    private static readonly System.Collections.Frozen.FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Lookup =
        FunctionWordsAndTerms.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Whether the word (any case) is a function word or a domain term.</summary>
    public static bool IsFunctionWordOrTerm(ReadOnlySpan<char> word) => Lookup.Contains(word);

    private static readonly System.Collections.Frozen.FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> FunctionWordLookup =
        System.Collections.Frozen.FrozenSet.ToFrozenSet(FunctionWords, StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Whether the word is a German function word (article, pronoun, preposition …), in any case.</summary>
    public static bool IsFunctionWord(ReadOnlySpan<char> word) => FunctionWordLookup.Contains(word);

    /// <summary>Forms in the vocabulary that are names far more often than words in notes (none yet).</summary>
    public static readonly string[] NotWords = [];
}
