namespace Vkb.Synthetic.Data;

/// <summary>A city with real postcodes of that city and its dialling code.</summary>
internal sealed record Place(string City, string AreaCode, string[] Postcodes);

/// <summary>A regional directorate with the cities of its district.</summary>
internal sealed record Directorate(string Code, string Name, string PensionArea, Place[] Places);

/// <summary>
/// Real German postcode/city pairs and dialling codes, grouped by the ten regional directorates
/// of the BA. Every postcode listed belongs to the city it is listed with.
/// </summary>
internal static class Places
{
    /// <summary>The ten RDs, in the order shapes take them (the first N for N directorates).</summary>
    public static readonly Directorate[] Directorates =
    [
        new("NRW", "Nordrhein-Westfalen", "12",
        [
            new("Düsseldorf", "0211", ["40210", "40211", "40233", "40477", "40591"]),
            new("Köln", "0221", ["50667", "50674", "50823", "51103", "50933"]),
            new("Dortmund", "0231", ["44135", "44137", "44139", "44145"]),
            new("Essen", "0201", ["45127", "45128", "45138", "45147"]),
            new("Duisburg", "0203", ["47051", "47053", "47057", "47166"]),
            new("Bochum", "0234", ["44787", "44789", "44793"]),
            new("Wuppertal", "0202", ["42103", "42105", "42275"]),
            new("Bielefeld", "0521", ["33602", "33604", "33615"]),
            new("Bonn", "0228", ["53111", "53113", "53115"]),
            new("Münster", "0251", ["48143", "48145", "48149"]),
            new("Gelsenkirchen", "0209", ["45879", "45881", "45889"]),
            new("Mönchengladbach", "02161", ["41061", "41063", "41065"]),
            new("Aachen", "0241", ["52062", "52064", "52066"]),
            new("Krefeld", "02151", ["47798", "47799", "47805"]),
            new("Oberhausen", "0208", ["46045", "46047", "46049"]),
            new("Paderborn", "05251", ["33098", "33100", "33102"]),
            new("Siegen", "0271", ["57072", "57074", "57076"]),
            new("Recklinghausen", "02361", ["45657", "45659", "45661"]),
        ]),
        new("BY", "Bayern", "13",
        [
            new("München", "089", ["80331", "80335", "80469", "80639", "81541", "81667"]),
            new("Nürnberg", "0911", ["90402", "90403", "90419", "90443"]),
            new("Augsburg", "0821", ["86150", "86152", "86153"]),
            new("Regensburg", "0941", ["93047", "93049", "93053"]),
            new("Ingolstadt", "0841", ["85049", "85051", "85055"]),
            new("Würzburg", "0931", ["97070", "97072", "97074"]),
            new("Fürth", "0911", ["90762", "90763", "90765"]),
            new("Erlangen", "09131", ["91052", "91054", "91058"]),
            new("Bamberg", "0951", ["96047", "96049", "96052"]),
            new("Bayreuth", "0921", ["95444", "95445", "95447"]),
            new("Landshut", "0871", ["84028", "84030", "84034"]),
            new("Rosenheim", "08031", ["83022", "83024", "83026"]),
            new("Passau", "0851", ["94032", "94034", "94036"]),
        ]),
        new("NSB", "Niedersachsen-Bremen", "09",
        [
            new("Hannover", "0511", ["30159", "30161", "30163", "30169", "30451"]),
            new("Bremen", "0421", ["28195", "28199", "28203", "28217"]),
            new("Braunschweig", "0531", ["38100", "38102", "38106"]),
            new("Oldenburg", "0441", ["26122", "26123", "26135"]),
            new("Osnabrück", "0541", ["49074", "49076", "49078"]),
            new("Göttingen", "0551", ["37073", "37075", "37081"]),
            new("Wolfsburg", "05361", ["38440", "38444", "38446"]),
            new("Hildesheim", "05121", ["31134", "31135", "31137"]),
            new("Bremerhaven", "0471", ["27570", "27568", "27576"]),
            new("Lüneburg", "04131", ["21335", "21337", "21339"]),
            new("Emden", "04921", ["26721", "26723", "26725"]),
        ]),
        new("BW", "Baden-Württemberg", "24",
        [
            new("Stuttgart", "0711", ["70173", "70174", "70176", "70372", "70469"]),
            new("Mannheim", "0621", ["68159", "68161", "68163", "68165"]),
            new("Karlsruhe", "0721", ["76133", "76135", "76137"]),
            new("Freiburg im Breisgau", "0761", ["79098", "79100", "79102"]),
            new("Heidelberg", "06221", ["69117", "69115", "69120"]),
            new("Ulm", "0731", ["89073", "89075", "89077"]),
            new("Heilbronn", "07131", ["74072", "74074", "74076"]),
            new("Pforzheim", "07231", ["75175", "75177", "75179"]),
            new("Reutlingen", "07121", ["72764", "72766", "72768"]),
            new("Konstanz", "07531", ["78462", "78464", "78467"]),
        ]),
        new("BB", "Berlin-Brandenburg", "04",
        [
            new("Berlin", "030", ["10115", "10247", "10961", "12043", "13347", "10585", "12555", "13583"]),
            new("Potsdam", "0331", ["14467", "14469", "14471", "14482"]),
            new("Cottbus", "0355", ["03046", "03048", "03050"]),
            new("Frankfurt (Oder)", "0335", ["15230", "15232", "15234"]),
            new("Brandenburg an der Havel", "03381", ["14770", "14772", "14776"]),
            new("Oranienburg", "03301", ["16515"]),
            new("Eberswalde", "03334", ["16225", "16227"]),
        ]),
        new("HES", "Hessen", "16",
        [
            new("Frankfurt am Main", "069", ["60311", "60313", "60487", "60594", "65929"]),
            new("Wiesbaden", "0611", ["65183", "65185", "65187"]),
            new("Kassel", "0561", ["34117", "34119", "34121"]),
            new("Darmstadt", "06151", ["64283", "64285", "64287"]),
            new("Offenbach am Main", "069", ["63065", "63067", "63069"]),
            new("Gießen", "0641", ["35390", "35392", "35394"]),
            new("Marburg", "06421", ["35037", "35039", "35041"]),
            new("Fulda", "0661", ["36037", "36039", "36041"]),
            new("Hanau", "06181", ["63450", "63452", "63454"]),
        ]),
        new("SAC", "Sachsen", "03",
        [
            new("Leipzig", "0341", ["04109", "04103", "04177", "04315", "04229"]),
            new("Dresden", "0351", ["01067", "01069", "01097", "01277"]),
            new("Chemnitz", "0371", ["09111", "09112", "09113", "09126"]),
            new("Zwickau", "0375", ["08056", "08058", "08060"]),
            new("Plauen", "03741", ["08523", "08525", "08527"]),
            new("Görlitz", "03581", ["02826", "02827", "02828"]),
            new("Bautzen", "03591", ["02625"]),
        ]),
        new("NRD", "Nord", "11",
        [
            new("Hamburg", "040", ["20095", "20099", "22083", "21073", "22525", "22111"]),
            new("Kiel", "0431", ["24103", "24105", "24114", "24143"]),
            new("Lübeck", "0451", ["23552", "23554", "23558"]),
            new("Flensburg", "0461", ["24937", "24939", "24941"]),
            new("Rostock", "0381", ["18055", "18057", "18069"]),
            new("Schwerin", "0385", ["19053", "19055", "19057"]),
            new("Neumünster", "04321", ["24534", "24536", "24537"]),
            new("Stralsund", "03831", ["18439", "18435", "18437"]),
            new("Greifswald", "03834", ["17489", "17491", "17493"]),
            new("Neubrandenburg", "0395", ["17033", "17034", "17036"]),
        ]),
        new("RPS", "Rheinland-Pfalz-Saarland", "21",
        [
            new("Mainz", "06131", ["55116", "55118", "55122"]),
            new("Ludwigshafen am Rhein", "0621", ["67059", "67061", "67063"]),
            new("Koblenz", "0261", ["56068", "56070", "56073"]),
            new("Trier", "0651", ["54290", "54292", "54294"]),
            new("Kaiserslautern", "0631", ["67655", "67657", "67659"]),
            new("Saarbrücken", "0681", ["66111", "66113", "66115", "66121"]),
            new("Neunkirchen", "06821", ["66538", "66539", "66540"]),
            new("Worms", "06241", ["67547", "67549", "67550"]),
            new("Pirmasens", "06331", ["66953", "66954", "66955"]),
        ]),
        new("SAT", "Sachsen-Anhalt-Thüringen", "08",
        [
            new("Magdeburg", "0391", ["39104", "39106", "39108", "39112"]),
            new("Halle (Saale)", "0345", ["06108", "06110", "06112", "06114"]),
            new("Dessau-Roßlau", "0340", ["06844", "06842", "06846"]),
            new("Erfurt", "0361", ["99084", "99085", "99086", "99089"]),
            new("Jena", "03641", ["07743", "07745", "07747"]),
            new("Gera", "0365", ["07545", "07546", "07548"]),
            new("Weimar", "03643", ["99423", "99425", "99427"]),
            new("Gotha", "03621", ["99867"]),
            new("Stendal", "03931", ["39576"]),
        ]),
    ];

    /// <summary>Street names; house numbers are added by the generator.</summary>
    public static readonly string[] Streets =
    [
        "Lindenstraße", "Bahnhofstraße", "Hauptstraße", "Schulstraße", "Gartenstraße", "Dorfstraße",
        "Bergstraße", "Birkenweg", "Kirchstraße", "Waldstraße", "Ringstraße", "Wiesenweg", "Mühlenweg",
        "Am Sportplatz", "Rosenstraße", "Eichendorffstraße", "Talstraße", "Poststraße", "Blumenstraße",
        "Ahornweg", "Finkenweg", "Amselweg", "Brückenstraße", "Feldstraße", "Sonnenstraße", "Uhlandstraße",
        "Heinestraße", "Mozartstraße", "Beethovenstraße", "Am Stadtpark", "Hafenstraße", "Kastanienallee",
        "Jahnstraße", "Parkstraße", "Lessingstraße", "Körnerstraße", "Fröbelstraße", "Kölner Straße",
        "Düsseldorfer Straße", "Industriestraße", "Tulpenweg", "Grüner Weg", "Auf dem Hügel", "Mittelstraße",
        "Weidenweg", "Schützenstraße", "Möwenweg", "Humboldtstraße", "Händelstraße", "Rathausplatz",
    ];

    /// <summary>Suffixes that keep job-centre names unique when a district has more job centres than cities.</summary>
    public static readonly string[] JobCentreSuffixes = ["Nord", "Süd", "Ost", "West", "Mitte", "Land", "Stadt", "Kreis"];
}
