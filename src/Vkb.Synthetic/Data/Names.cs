namespace Vkb.Synthetic.Data;

/// <summary>An origin of names with its nationality code and weight among customers.</summary>
internal sealed record NameOrigin(string Nationality, double Weight, string[] Female, string[] Male, string[] Last);

/// <summary>
/// Name tables. Chosen so that no token is an ordinary German word that a scrubbed note would
/// still contain (no "Klein", "Lange", "Braun", "Wolf", "Winter", "Jung", "Sauer", no first name
/// that is a month such as "August"), and no token is one of the cities in <see cref="Places"/>;
/// otherwise a leak scanner would report leaks that are only words.
/// </summary>
internal static class Names
{
    public static readonly string[] GermanFemale =
    [
        "Anna", "Maria", "Sophie", "Laura", "Hannah", "Emma", "Lena", "Julia", "Sarah", "Katharina",
        "Sabine", "Petra", "Claudia", "Carola", "Stefanie", "Nicole", "Jessica", "Melanie", "Sandra",
        "Susanne", "Birgit", "Ursula", "Renate", "Monika", "Jasmin", "Bärbel", "Käthe", "Jördis",
        "Anna-Lena", "Marie-Luise", "Heike", "Kerstin", "Doris", "Gisela", "Annika", "Charlotte",
    ];

    public static readonly string[] GermanMale =
    [
        "Jonas", "Lukas", "Leon", "Felix", "Paul", "Thomas", "Michael", "Andreas", "Stefan", "Christian",
        "Markus", "Daniel", "Sebastian", "Tobias", "Florian", "Dirk", "Uwe", "Jürgen", "Günter", "Jörg",
        "Björn", "Sören", "Matthias", "Ralf", "Detlef", "Horst", "Wolfgang", "Klaus", "Dieter", "Hans-Peter",
        "Karl-Heinz", "Torsten", "Holger", "Maximilian", "Niklas", "Jannik",
    ];

    public static readonly string[] GermanLast =
    [
        "Müller", "Schmidt", "Schneider", "Fischer", "Meyer", "Wagner", "Becker", "Schulz", "Hoffmann",
        "Schäfer", "Schröder", "Neumann", "Zimmermann", "Krüger", "Hofmann", "Hartmann", "Schmitt",
        "Werner", "Schmitz", "Krause", "Meier", "Lehmann", "Schulze", "Maier", "Köhler", "Herrmann",
        "Walter", "Mayer", "Huber", "Fuchs", "Petersen", "Scholz", "Möller", "Hahn", "Schubert", "Keller",
        "Günther", "Berger", "Winkler", "Lorenz", "Baumann", "Franke", "Albrecht", "Schuster", "Ludwig",
        "Böhm", "Schumacher", "Krämer", "Vogt", "Jäger", "Seidel", "Heinrich", "Brandt", "Haas",
        "Schreiber", "Dietrich", "Ziegler", "Kuhn", "Kühn", "Pohl", "Busch", "Bergmann", "Voigt",
        "Arnold", "Wolff", "Pfeiffer", "Lüdenscheidt", "Gödeke", "Nüßlein", "Ruppert", "Thiele",
        "Kowalczyk", "Wendt", "Brückner", "Sänger", "Grünewald", "Döring", "Kröger", "Büttner", "Jürgensen",
    ];

    /// <summary>Surnames with a nobiliary or Dutch particle; the particle is never a planted token.</summary>
    public static readonly string[] WithParticle =
    [
        "von Bülow", "von Arnim", "von der Heydt", "van Dijk", "van den Bosch", "von Stetten",
        "van der Velde", "von Thaden", "zu Knyphausen", "von Oertzen",
    ];

    public static readonly NameOrigin[] Origins =
    [
        new("DE", 0.70, GermanFemale, GermanMale, GermanLast),
        new("TR", 0.08,
            ["Ayse", "Fatma", "Elif", "Zeynep", "Emine", "Merve", "Müjde", "Gülsüm"],
            ["Mehmet", "Mustafa", "Ahmet", "Emre", "Murat", "Hüseyin", "Yusuf", "Kemal"],
            ["Yilmaz", "Kaya", "Demir", "Sahin", "Celik", "Öztürk", "Aydin", "Arslan", "Dogan", "Kücük"]),
        new("PL", 0.05,
            ["Agnieszka", "Katarzyna", "Magdalena", "Malgorzata", "Joanna"],
            ["Piotr", "Krzysztof", "Tomasz", "Pawel", "Grzegorz"],
            ["Kowalski", "Kowalska", "Nowak", "Wisniewski", "Wojcik", "Lewandowski", "Zielinski", "Kaminski"]),
        new("SY", 0.06,
            ["Fatima", "Amina", "Layla", "Rana", "Nour", "Rasha"],
            ["Mohammed", "Ahmad", "Omar", "Khaled", "Tarek", "Samir"],
            ["Al-Hassan", "Haddad", "Khalil", "Mansour", "Nasser", "Saleh", "Ibrahim", "Al-Masri"]),
        new("UA", 0.05,
            ["Olena", "Iryna", "Oksana", "Tetiana", "Natalia"],
            ["Oleksandr", "Andrii", "Serhii", "Dmytro", "Bohdan"],
            ["Shevchenko", "Kovalenko", "Bondarenko", "Tkachenko", "Melnyk", "Kravchenko"]),
        new("RO", 0.03,
            ["Ioana", "Elena", "Andreea", "Mihaela"],
            ["Andrei", "Mihai", "Florin", "Constantin"],
            ["Popescu", "Ionescu", "Dumitru", "Constantinescu", "Munteanu"]),
        new("IT", 0.03,
            ["Giulia", "Francesca", "Chiara", "Giovanna"],
            ["Marco", "Giuseppe", "Luca", "Salvatore"],
            ["Rossi", "Russo", "Esposito", "Ricci", "Marino", "Greco"]),
    ];

    /// <summary>Particles and affixes that are not planted as name tokens (they are ordinary words).</summary>
    public static readonly HashSet<string> Particles = new(StringComparer.OrdinalIgnoreCase) { "von", "van", "der", "den", "zu", "de", "di", "al" };

    /// <summary>The tokens of a name that count as personal data: parts of at least three letters that are not particles.</summary>
    public static IEnumerable<string> Tokens(string name)
    {
        foreach (var part in name.Split([' ', '-'], StringSplitOptions.RemoveEmptyEntries))
        {
            if (part.Length >= 3 && !Particles.Contains(part))
            {
                yield return part;
            }
        }
    }

    private static readonly System.Buffers.SearchValues<char> Umlauts = System.Buffers.SearchValues.Create("äöüÄÖÜß");

    /// <summary>German transliteration: ä→ae, ö→oe, ü→ue, ß→ss (case kept).</summary>
    public static string Transliterate(string text)
    {
        if (!text.AsSpan().ContainsAny(Umlauts))
        {
            return text;
        }

        return text.Replace("ä", "ae", StringComparison.Ordinal).Replace("ö", "oe", StringComparison.Ordinal)
            .Replace("ü", "ue", StringComparison.Ordinal).Replace("Ä", "Ae", StringComparison.Ordinal)
            .Replace("Ö", "Oe", StringComparison.Ordinal).Replace("Ü", "Ue", StringComparison.Ordinal)
            .Replace("ß", "ss", StringComparison.Ordinal);
    }
}
