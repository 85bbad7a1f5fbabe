using Vkb.Pseudonymization.Scrubbing;

namespace Vkb.Pseudonymization.Tests;

/// <summary>The per-detector counts behind the run report's replacements.</summary>
public class NameCountsTests
{
    [Fact]
    public void Add_SameNameAsAnotherString_CountsOnce()
    {
        var counts = new NameCounts();
        counts.Add("phone", 2);
        counts.Add(new string("phone".AsSpan()), 3); // a host detector may hand out a new string every time
        for (var i = 0; i < 40; i++)
        {
            counts.Add(string.Create(System.Globalization.CultureInfo.InvariantCulture, $"d{i}"), 1); // past the first capacity
        }

        var report = new Dictionary<string, long>(StringComparer.Ordinal) { ["phone"] = 10 };
        counts.AddTo(report);
        report["phone"].ShouldBe(15);
        report["d39"].ShouldBe(1);
        report.Count.ShouldBe(41);

        var total = new NameCounts();
        counts.AddTo(total);
        counts.AddTo(total);
        total.Count.ShouldBe(41);
        var doubled = new Dictionary<string, long>(StringComparer.Ordinal);
        total.AddTo(doubled);
        doubled["phone"].ShouldBe(10);
        doubled["d0"].ShouldBe(2);
        Should.Throw<ArgumentNullException>(() => counts.Add(null!, 1));
        counts.Clear();
        counts.Count.ShouldBe(0);
    }
}
