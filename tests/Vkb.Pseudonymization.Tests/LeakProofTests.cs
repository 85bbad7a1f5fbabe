using System.Text;
using Vkb.Pseudonymization.Pipeline;
using Vkb.Pseudonymization.Policies;
using Vkb.Synthetic;
using Vkb.Testing;

namespace Vkb.Pseudonymization.Tests;

/// <summary>P2 against the synthetic generator's ground truth: every planted value, every spelling it knows.</summary>
public class LeakProofTests
{
    private const int Records = 10_000;

    [Fact]
    [Trait("Rule", "P2")]
    [Trait("Rule", "P3")]
    public void Pipeline_TenThousandGeneratedRecords_LeakNoPlantedValue()
    {
        var shape = ExtractShape.Small.WithRecords(Records + 60);
        var generator = new ExtractGenerator(shape, seed: 20250401);
        var records = generator.Generate().ToList();
        records.Count.ShouldBeGreaterThanOrEqualTo(Records);
        using var key = TestKeys.Key();
        var pipeline = new PseudonymizationPipeline(key, RecordPolicy.VkbDefault, new PseudonymizationOptions { Phase = shape.PhaseId, ReferenceMonth = shape.ReviewMonth, OnlyFlagged = false, KAnonymity = { Enforce = false } });
        var output = pipeline.PseudonymizeLines(records.Select(r => r.Json)).Lines;
        output.Count.ShouldBe(records.Count);

        var leaks = new StringBuilder();
        var leakCount = 0;
        for (var i = 0; i < records.Count; i++)
        {
            foreach (var leak in PersonalDataLeakScanner.Scan(output[i], records[i].Planted))
            {
                if (leakCount++ < 20)
                {
                    leaks.AppendLine($"record {i}: {leak}");
                }
            }
        }

        leakCount.ShouldBe(0, leaks.ToString());
    }
}
