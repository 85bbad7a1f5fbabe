using System.Globalization;
using System.Text.Json.Nodes;

namespace Vkb.Pseudonymization.Tests;

/// <summary>Hand-written records in the EXTRACT.md format, with notes in every typed spelling.</summary>
internal static class SampleRecords
{
    public static JsonObject Record(int n = 0, bool flagged = true, string? jobCentre = null)
    {
        var customer = string.Create(CultureInfo.InvariantCulture, $"962D{123456 + n:000000}");
        return new JsonObject
        {
            ["customerNumber"] = customer,
            ["householdNumber"] = string.Create(CultureInfo.InvariantCulture, $"96201BG{12345 + n:0000000}"),
            ["legalDomain"] = "SGB2",
            ["regionalDirectorate"] = "NRW",
            ["jobCentre"] = new JsonObject { ["id"] = jobCentre ?? "96201", ["name"] = "Jobcenter Düsseldorf", ["consents16a"] = false },
            ["team"] = "96201-T03",
            ["teamLead"] = new JsonObject { ["id"] = "TL-4711", ["name"] = "Petra Schulz" },
            ["caseWorker"] = new JsonObject
            {
                ["id"] = "MA-0815", ["name"] = "Jonas Becker", ["phone"] = "0211 1234-567", ["email"] = "jonas.becker@jobcenter-example.de",
            },
            ["customer"] = new JsonObject
            {
                ["firstName"] = "Anna", ["lastName"] = "Müller", ["birthName"] = "Schmidt", ["birthDate"] = "1984-07-12", ["gender"] = "f",
                ["nationality"] = "DE",
                ["address"] = new JsonObject { ["street"] = "Lindenstraße 12", ["postcode"] = "40210", ["city"] = "Düsseldorf" },
                ["phone"] = "+49 211 5550101", ["email"] = "anna.mueller@example.org", ["iban"] = "DE89370400440532013000",
                ["taxId"] = "65929970489", ["pensionInsuranceNumber"] = "65170839J003",
            },
            ["customerProcess"] = "placement",
            ["customerGroup"] = "longTermUnemployed",
            ["municipalServices16a"] = false,
            ["review"] = new JsonObject { ["flagged"] = flagged, ["month"] = "2025-04", ["teamLeadVerdict"] = "goalOriented" },
            ["profileHistory"] = new JsonArray(new JsonObject { ["from"] = "2024-01-10", ["profile"] = "development" }),
            ["events"] = new JsonArray(
                new JsonObject
                {
                    ["date"] = "2024-02-01", ["type"] = "counselling", ["channel"] = "phone",
                    ["note"] = "Fr. Müller (Kd.-Nr. 962 d 123456) rief an, Tel. 0211/1234567, Mail anna.mueller(at)example.org. " +
                               "Vermieter Schneider droht mit Kündigung der Wohnung Lindenstraße 12, 40210 Düsseldorf. Termin am 12.03.2024.",
                },
                new JsonObject
                {
                    ["date"] = "2024-03-12", ["type"] = "counselling", ["channel"] = "inPerson",
                    ["note"] = "Gespräch mit A. Mueller und Hr. Becker; IBAN DE89 3704 0044 0532 0130 00 für Fahrtkosten.\nNächster Termin 2.4.24, geb. 12.07.1984.",
                }),
            ["measures"] = new JsonArray(new JsonObject { ["start"] = "2024-03-04", ["end"] = "2024-06-28", ["kind"] = "activation", ["outcome"] = "completed" }),
            ["caseManagement"] = new JsonObject { ["intake"] = "2024-01-10", ["exit"] = null, ["exitReason"] = null },
        };
    }

    public static string Line(int n = 0, bool flagged = true, string? jobCentre = null) => Record(n, flagged, jobCentre).ToJsonString();

    /// <summary>The personal data planted in <see cref="Record"/>.</summary>
    public static IEnumerable<string> Planted(int n = 0) =>
    [
        string.Create(CultureInfo.InvariantCulture, $"962D{123456 + n:000000}"), "96201BG", "Anna", "Müller", "Mueller", "Schmidt", "Petra", "Schulz",
        "Jonas", "Becker", "Schneider", "Lindenstraße", "40210", "1984", "5550101", "1234567", "1234-567", "example.org", "0532", "65929970489",
        "65170839", "TL-4711", "MA-0815",
    ];
}
