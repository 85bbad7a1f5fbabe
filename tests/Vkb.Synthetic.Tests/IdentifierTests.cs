using FsCheck.Xunit;
using NodaTime;
using Vkb.Testing;

namespace Vkb.Synthetic.Tests;

/// <summary>The generator's identifiers against independent validators written from the published rules.</summary>
public class IdentifierTests
{
    [Theory]
    [InlineData("DE89370400440532013000", true)] // ECBS / Bundesbank example
    [InlineData("DE89 3704 0044 0532 0130 00", true)]
    [InlineData("GB82WEST12345698765432", true)] // ISO 13616 example
    [InlineData("DE89370400440532013001", false)]
    [InlineData("DE88370400440532013000", false)]
    [InlineData("DE8937040044053201300", false)]
    public void IsValidIban_PublishedExamples_AreJudgedCorrectly(string iban, bool valid) =>
        ChecksumRules.IsValidIban(iban).ShouldBe(valid);

    [Theory]
    [InlineData("86095742719", true)] // the BZSt's published sample id
    [InlineData("86095742718", false)] // wrong check digit
    [InlineData("06095742719", false)] // leading zero
    [InlineData("12345678901", false)] // ten distinct digits: no digit repeated
    [InlineData("11134567892", false)] // a digit three times in a row
    [InlineData("8609574271", false)]
    public void IsValidTaxId_PublishedExamples_AreJudgedCorrectly(string taxId, bool valid) =>
        ChecksumRules.IsValidTaxId(taxId).ShouldBe(valid);

    [Theory]
    [InlineData("10010490A443", true)] // worked example of the DRV check-digit rule
    [InlineData("10010490A444", false)]
    [InlineData("10010490B443", false)]
    [InlineData("10013490A443", false)] // month 34
    [InlineData("1001049A443", false)]
    public void IsValidPensionInsuranceNumber_PublishedExamples_AreJudgedCorrectly(string number, bool valid) =>
        ChecksumRules.IsValidPensionInsuranceNumber(number).ShouldBe(valid);

    [Property(MaxTest = 300)]
    [Trait("Rule", "P2")]
    public bool Iban_AnySeed_IsValidMod97(ulong seed)
    {
        var rng = new Prng(seed);
        var iban = Identifiers.Iban(ref rng);
        return iban.Length == 22 && iban.StartsWith("DE", StringComparison.Ordinal) && ChecksumRules.IsValidIban(iban);
    }

    [Property(MaxTest = 300)]
    [Trait("Rule", "P2")]
    public bool TaxId_AnySeed_IsValidUnderMod11TenAndDigitRule(ulong seed)
    {
        var rng = new Prng(seed);
        return ChecksumRules.IsValidTaxId(Identifiers.TaxId(ref rng));
    }

    [Property(MaxTest = 300)]
    [Trait("Rule", "P2")]
    public bool PensionInsuranceNumber_AnySeedAndBirthDate_IsValidAndEncodesBirthDate(ulong seed, ushort days, bool female)
    {
        var rng = new Prng(seed);
        var birth = new LocalDate(1950, 1, 1).PlusDays(days % 20_000);
        var number = Identifiers.PensionInsuranceNumber(ref rng, "12", birth, 'M', female);
        var serial = int.Parse(number[9..11], System.Globalization.CultureInfo.InvariantCulture);
        return ChecksumRules.IsValidPensionInsuranceNumber(number)
            && number[2..8] == birth.ToString("ddMMyy", System.Globalization.CultureInfo.InvariantCulture)
            && number[8] == 'M'
            && (female ? serial >= 50 : serial < 50);
    }

    [Fact]
    [Trait("Rule", "P2")]
    public void Identifiers_InSmallExtract_AreAllValid()
    {
        foreach (var record in GeneratedExtract.Small)
        {
            ChecksumRules.IsValidIban(record.Planted[PersonalDataCategory.Iban][0]).ShouldBeTrue(record.ToString());
            ChecksumRules.IsValidTaxId(record.Planted[PersonalDataCategory.TaxId][0]).ShouldBeTrue(record.ToString());
            ChecksumRules.IsValidPensionInsuranceNumber(record.Planted[PersonalDataCategory.PensionInsuranceNumber][0]).ShouldBeTrue(record.ToString());
        }
    }
}
