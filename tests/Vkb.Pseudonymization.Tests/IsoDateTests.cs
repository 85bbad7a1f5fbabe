using Vkb.Pseudonymization.Engine;
using System.Text;
using System.Text.Json;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using NodaTime;
using NodaTime.Text;
using Vkb.Pseudonymization.Pipeline;

namespace Vkb.Pseudonymization.Tests;

/// <summary>The string-free date path of the pipeline agrees with NodaTime's ISO pattern wherever it answers.</summary>
public class IsoDateTests
{
    [Property(MaxTest = 2000)]
    [Trait("Rule", "P7")]
    public Property TryRead_AnyTenCharacterText_AgreesWithNodaTimeWhenItAccepts()
    {
        var chars = Gen.Elements("0123456789-/ x\u0663".ToCharArray());
        var texts = Gen.OneOf(
            chars.ArrayOf(10).Select(c => new string(c)),
            Gen.Choose(0, 9999).SelectMany(y => Gen.Choose(0, 13).SelectMany(m => Gen.Choose(0, 32).Select(d =>
                string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{y:D4}-{m:D2}-{d:D2}")))));
        return Prop.ForAll(texts.ToArbitrary(), text =>
        {
            using var document = JsonDocument.Parse(JsonSerializer.Serialize(text));
            var nodaTime = LocalDatePattern.Iso.Parse(text);
            if (IsoDate.TryRead(document.RootElement, out var date))
            {
                return nodaTime.Success && nodaTime.Value == date;
            }

            // Declining is always allowed (NodaTime decides then), but a plain valid date must not be declined.
            return !(nodaTime.Success && nodaTime.Value.Year >= 1 && text.Length == 10 && text.All(c => c == '-' || char.IsAsciiDigit(c)));
        });
    }

    [Property(MaxTest = 2000)]
    [Trait("Rule", "P7")]
    public Property TryReadMonth_AnySevenCharacterText_AgreesWithNodaTimeWhenItAccepts()
    {
        var chars = Gen.Elements("0123456789-/ x\u0663".ToCharArray());
        var texts = Gen.OneOf(
            chars.ArrayOf(7).Select(c => new string(c)),
            Gen.Choose(0, 9999).SelectMany(y => Gen.Choose(0, 13).Select(m =>
                string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{y:D4}-{m:D2}"))));
        return Prop.ForAll(texts.ToArbitrary(), text =>
        {
            using var document = JsonDocument.Parse(JsonSerializer.Serialize(text));
            var nodaTime = YearMonthPattern.Iso.Parse(text);
            if (IsoDate.TryReadMonth(document.RootElement, out var month))
            {
                return nodaTime.Success && nodaTime.Value == month;
            }

            // Declining is always allowed (NodaTime decides then), but a plain valid month must not be declined.
            return !(nodaTime.Success && nodaTime.Value.Year >= 1 && text.Length == 7 && text.All(c => c == '-' || char.IsAsciiDigit(c)));
        });
    }

    [Theory]
    [Trait("Rule", "P7")]
    [InlineData("\"2025-04\"", true)]
    [InlineData("\"2025-4\"", false)]
    [InlineData("\"2025-13\"", false)]
    [InlineData("\"2025-00\"", false)]
    [InlineData("\"0000-04\"", false)]
    [InlineData("\"2025\\u002D04\"", false)]
    [InlineData("\"2025-04-01\"", false)]
    [InlineData("202504", false)]
    public void TryReadMonth_OnlyThePlainForm_IsReadWithoutNodaTime(string json, bool read)
    {
        using var document = JsonDocument.Parse(json);
        IsoDate.TryReadMonth(document.RootElement, out var month).ShouldBe(read);
        if (read)
        {
            month.ShouldBe(new YearMonth(2025, 4));
        }
    }

    [Property(MaxTest = 2000)]
    [Trait("Rule", "P7")]
    public Property TryWrite_AnyDate_WritesWhatNodaTimeFormats()
    {
        var days = Gen.Choose(-1_000_000, 3_000_000);
        return Prop.ForAll(days.ToArbitrary(), day =>
        {
            var date = new LocalDate(1, 1, 1).PlusDays(day);
            Span<byte> buffer = stackalloc byte[IsoDate.Length];
            return IsoDate.TryWrite(date, buffer)
                ? Encoding.ASCII.GetString(buffer) == LocalDatePattern.Iso.Format(date)
                : date.Year is < 1 or > 9999;
        });
    }
}
