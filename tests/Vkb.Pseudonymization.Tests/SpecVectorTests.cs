using NodaTime;
using Vkb.Pseudonymization;

namespace Vkb.Pseudonymization.Tests;

/// <summary>Pins the test vectors of docs/pseudonym-spec.md: the code and the document must agree.</summary>
public class SpecVectorTests
{
    // Key: the 32 bytes 00 01 02 … 1f.
    public static TheoryData<string, string, string, string> Vectors => new()
    {
        { "customer", "2025-P1", "962D123456", "KD-37FAM8WV3BHFCRG4VBJ6B" },
        { "customer", "2025-P1", "962 d 123456", "KD-37FAM8WV3BHFCRG4VBJ6B" },
        { "customer", "2025-P1", "９６２Ｄ１２３４５６", "KD-37FAM8WV3BHFCRG4VBJ6B" },
        { "customer", "2025-P2", "962D123456", "KD-A2HYJP0JWMY65AGXPQT2R" },
        { "household", "2025-P1", "96201BG0012345", "BG-VPNTY78DSAZWYTXQPE317" },
        { "staff", "2025-P1", "TL-4711", "MA-E7CJ11AFFT3R69MM7G07K" },
        { "team", "2025-P1", "96201-T03", "TM-JD168WXBT9PAN4X8F9EK0" },
    };

    [Theory]
    [Trait("Rule", "P4")]
    [MemberData(nameof(Vectors))]
    public void Pseudonymize_SpecVector_MatchesTheDocument(string domain, string scope, string input, string expected)
    {
        using var key = TestKeys.Key();
        PseudonymDomain.TryGetWellKnown(domain, out var d).ShouldBeTrue();
        var actual = new Pseudonymizer(key).Pseudonymize(d, scope, input).Value;
        actual.ShouldBe(expected);
        SpecText().ShouldContain($"| `{domain}` | `{scope}` | `{input}` | `{expected}` |");
    }

    [Fact]
    public void KeyFingerprint_SpecVector_MatchesTheDocument()
    {
        using var key = TestKeys.Key();
        key.Fingerprint.Value.ShouldBe("d8540bf9b2268220");
        SpecText().ShouldContain($"fingerprint `{key.Fingerprint.Value}`");
    }

    [Fact]
    [Trait("Rule", "P7")]
    public void DateShifter_SpecVector_MatchesTheDocument()
    {
        using var key = TestKeys.Key();
        var subject = new Pseudonymizer(key).Pseudonymize(PseudonymDomain.Customer, "2025-P1", "962D123456");
        var offset = new DateShifter(key).OffsetDays(subject);
        offset.ShouldBe(-21);
        SpecText().ShouldContain($"offset `{offset}` days");
    }

    private static string SpecText()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Vkb.Core.sln")))
        {
            dir = dir.Parent;
        }

        return File.ReadAllText(Path.Combine(dir!.FullName, "docs", "pseudonym-spec.md"));
    }
}
