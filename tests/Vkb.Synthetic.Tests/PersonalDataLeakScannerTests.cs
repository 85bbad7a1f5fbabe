using Vkb.Testing;

namespace Vkb.Synthetic.Tests;

[Trait("Rule", "P2")]
public class PersonalDataLeakScannerTests
{
    private static PlantedPersonalData Planted(params (PersonalDataCategory Category, string Value)[] values) =>
        new([.. values.Select(v => new PlantedValue(v.Category, v.Value))]);

    private static IReadOnlyList<Leak> Scan(string text, PersonalDataCategory category, string value) =>
        PersonalDataLeakScanner.Scan(text, Planted((category, value)));

    [Theory]
    [InlineData("Gespräch mit Fr. Müller geführt")]
    [InlineData("Gespräch mit FR. MUELLER geführt")]
    [InlineData("Müllers Unterlagen")]
    [InlineData("mueller's Unterlagen")]
    [InlineData("A. Müller,\\nTermin")]
    public void Scan_CustomerNameInAnySpelling_IsFound(string text) =>
        Scan(text, PersonalDataCategory.CustomerName, "Müller").ShouldHaveSingleItem().Category.ShouldBe(PersonalDataCategory.CustomerName);

    [Theory]
    [InlineData("Müllerei geschlossen")]
    [InlineData("[Kunde] erschienen")]
    [InlineData("Hahnenkamm")]
    public void Scan_NameOnlyInsideAnotherWord_IsNotALeak(string text)
    {
        Scan(text, PersonalDataCategory.CustomerName, "Müller").ShouldBeEmpty();
        Scan(text, PersonalDataCategory.ThirdPartyName, "Hahn").ShouldBeEmpty();
    }

    [Theory]
    [InlineData(PersonalDataCategory.CustomerNumber, "962D123456", "Kd.-Nr. 962 D 123456")]
    [InlineData(PersonalDataCategory.CustomerNumber, "962D123456", "kdnr 962d123456")]
    [InlineData(PersonalDataCategory.CustomerNumber, "962D123456", "Kd-Nr\\n962-D-123456")]
    [InlineData(PersonalDataCategory.HouseholdNumber, "96201BG0012345", "BG-Nr. 96201 BG 0012345")]
    [InlineData(PersonalDataCategory.Iban, "DE89370400440532013000", "IBAN DE89 3704 0044 0532 0130 00")]
    [InlineData(PersonalDataCategory.TaxId, "86095742719", "Steuer-ID 86 095 742 719")]
    [InlineData(PersonalDataCategory.PensionInsuranceNumber, "10010490A443", "rv-nr 10-010490-a-44-3")]
    [InlineData(PersonalDataCategory.Phone, "0211 1234567", "Tel. +49 (0)211 123 45 67")]
    [InlineData(PersonalDataCategory.Phone, "+49 211 1234567", "Rückruf 0211/1234567")]
    [InlineData(PersonalDataCategory.Phone, "0211 1234567", "0049 211 1234567")]
    [InlineData(PersonalDataCategory.Email, "anna.mueller@example.org", "an anna.mueller(at)example.org")]
    [InlineData(PersonalDataCategory.Email, "anna.mueller@example.org", "an anna.mueller [at] example [dot] org")]
    [InlineData(PersonalDataCategory.Email, "anna.mueller@example.org", "an ANNA.MUELLER@EXAMPLE.ORG")]
    [InlineData(PersonalDataCategory.StreetAddress, "Lindenstraße 12", "wohnt Lindenstr. 12 in")]
    [InlineData(PersonalDataCategory.StreetAddress, "Lindenstraße 12", "wohnt LINDENSTRASSE 12, 2. OG")]
    [InlineData(PersonalDataCategory.PostcodeCity, "40210 Düsseldorf", "in 40210 Duesseldorf")]
    [InlineData(PersonalDataCategory.PostcodeCity, "40210 Düsseldorf", "\"postcode\":\"40210\",\"city\":\"Düsseldorf\"")]
    [InlineData(PersonalDataCategory.BirthDate, "1984-07-12", "geb. 12.07.1984")]
    [InlineData(PersonalDataCategory.BirthDate, "1984-07-12", "geb. am 12.7.84")]
    [InlineData(PersonalDataCategory.BirthDate, "1984-07-12", "geb. 12. Juli 1984")]
    [InlineData(PersonalDataCategory.BirthDate, "1984-07-12", "\"birthDate\":\"1984-07-12\"")]
    [InlineData(PersonalDataCategory.StaffId, "MA-00815", "Vertretung MA 00815")]
    [InlineData(PersonalDataCategory.CustomerName, "Müller", "Fr. M\\u00fcller")]
    public void Scan_TypedSpelling_IsFound(PersonalDataCategory category, string planted, string text) =>
        Scan(text, category, planted).ShouldHaveSingleItem().Value.ShouldBe(planted);

    [Theory]
    [InlineData(PersonalDataCategory.PostcodeCity, "40210 Düsseldorf", "PLZ-Bereich 40, Jobcenter Düsseldorf")]
    [InlineData(PersonalDataCategory.PostcodeCity, "40210 Düsseldorf", "Postleitzahl 40210")]
    [InlineData(PersonalDataCategory.StreetAddress, "Lindenstraße 12", "Lindenstraße 123")]
    [InlineData(PersonalDataCategory.BirthDate, "1984-07-12", "geb. 1984-07-19")]
    [InlineData(PersonalDataCategory.BirthDate, "1984-07-12", "Termin 112.07.19845")]
    [InlineData(PersonalDataCategory.CustomerNumber, "962D123456", "C-4K7Q2M9X8Z")]
    [InlineData(PersonalDataCategory.Iban, "DE89370400440532013000", "IBAN [entfernt]")]
    [InlineData(PersonalDataCategory.Email, "a.mansour@example.net", "an rana.mansour@example.net")]
    [InlineData(PersonalDataCategory.Email, "a.mansour@example.net", "an a.mansour@example.network")]
    public void Scan_PseudonymShiftedDateOrPartOnly_IsNotALeak(PersonalDataCategory category, string planted, string text) =>
        Scan(text, category, planted).ShouldBeEmpty();

    [Fact]
    public void Scan_ManyRecords_FindsEachLeakOnce()
    {
        var first = Planted((PersonalDataCategory.CustomerName, "Yilmaz"), (PersonalDataCategory.TaxId, "86095742719"));
        var second = Planted((PersonalDataCategory.CustomerName, "Kowalski"), (PersonalDataCategory.CustomerName, "Yilmaz"));

        var leaks = PersonalDataLeakScanner.Scan("Fr. Yilmaz und Hr. YILMAZ, IdNr. 86095742719", [first, second]);

        leaks.Select(l => l.Value).ShouldBe(["Yilmaz", "86095742719"], ignoreOrder: true);
    }

    [Fact]
    public void Scan_GeneratedRecordsAgainstOtherRecordsText_FindsOnlySharedValues()
    {
        // A record's own JSON contains all its planted values; the first record's values that also
        // occur in the second are staff of the same team, the job centre's agency digits never match alone.
        var first = GeneratedExtract.Small[0];
        var other = GeneratedExtract.Small[2_999];
        var leaks = PersonalDataLeakScanner.Scan(other.Json, first.Planted);
        leaks.ShouldNotContain(l => l.Category == PersonalDataCategory.CustomerNumber && l.Value == first.CustomerNumber);
        leaks.ShouldNotContain(l => l.Category == PersonalDataCategory.Iban || l.Category == PersonalDataCategory.TaxId);
    }

    [Fact]
    public void Scan_EveryValuePlantedAnywhere_IsFoundInARecordOnlyIfPlantedThere()
    {
        // If a name or number planted in one record matched the non-personal text of another
        // (a template word, a job-centre name, a city), leak proofs would report false leaks.
        var all = PersonalDataLeakScanner.Compile(GeneratedExtract.Small.Select(r => r.Planted));
        foreach (var record in GeneratedExtract.Small.Where((_, i) => i % 5 == 0))
        {
            var own = record.Planted.ToHashSet();
            var foreign = all.Scan(record.Json)
                .Select(l => new PlantedValue(l.Category, l.Value))
                .Where(v => !own.Contains(v) && !own.Any(o => PersonalDataLeakScanner.Fold(o.Value) == PersonalDataLeakScanner.Fold(v.Value)))
                .ToList();
            foreign.ShouldBeEmpty(record.ToString());
        }
    }

    [Theory]
    [InlineData("+49 211 5550101", "2115550101")]
    [InlineData("0211 5550101", "2115550101")]
    [InlineData("0049 (0)211 555 01 01", "2115550101")]
    [InlineData("+49 (0)176 1234567", "1761234567")]
    public void NationalSignificantNumber_AnyNotation_IsDigitsWithoutPrefixes(string phone, string expected) =>
        PersonalDataLeakScanner.NationalSignificantNumber(phone).ShouldBe(expected);
}
