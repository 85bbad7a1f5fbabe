using BenchmarkDotNet.Attributes;
using Vkb.Catalog;
using Vkb.Testing;

namespace Vkb.Benchmarks.Catalog;

/// <summary>
/// Complementary small-cell suppression of a findings table (rows = RD × month, 4 answer columns,
/// k = 5). Subject: the package's bridge test on the graph of suppressed cells. Baseline: the naive
/// method an analyst would write — after each added cell, re-check every suppressed cell by Gaussian
/// elimination over the published totals (the same test the property test uses as an attacker).
/// Both produce tables where no suppressed cell is derivable.
/// </summary>
[MemoryDiagnoser]
public class SuppressionBenchmark
{
    private int[,] _counts = new int[0, 0];

    [Params(10, 40, 120)]
    public int Rows { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        var random = new Random(20250410);
        _counts = new int[Rows, 4];
        for (var r = 0; r < Rows; r++)
        {
            for (var c = 0; c < 4; c++)
            {
                _counts[r, c] = random.Next(4) == 0 ? random.Next(1, 5) : random.Next(0, 25);
            }
        }
    }

    [Benchmark(Baseline = true)]
    public int NaiveRankCheck() => NaiveSuppression.Apply(_counts, 5);

    [Benchmark]
    public int BridgeTest()
    {
        var result = CellSuppression.Apply(_counts, 5);
        var suppressed = 0;
        foreach (var status in result.Cells)
        {
            suppressed += status == CellStatus.Published ? 0 : 1;
        }

        return suppressed;
    }

    private static class NaiveSuppression
    {
        public static int Apply(int[,] counts, int k)
        {
            var rows = counts.GetLength(0);
            var cols = counts.GetLength(1);
            var suppressed = new bool[rows, cols];
            for (var r = 0; r < rows; r++)
            {
                for (var c = 0; c < cols; c++)
                {
                    suppressed[r, c] = counts[r, c] > 0 && counts[r, c] < k;
                }
            }

            while (true)
            {
                var derivable = FirstDerivable(suppressed, rows, cols);
                if (derivable is null)
                {
                    break;
                }

                var (row, col) = derivable.Value;
                var best = (Cost: int.MaxValue, R: -1, C: -1);
                for (var c = 0; c < cols; c++)
                {
                    if (!suppressed[row, c] && counts[row, c] < best.Cost)
                    {
                        best = (counts[row, c], row, c);
                    }
                }

                for (var r = 0; r < rows; r++)
                {
                    if (!suppressed[r, col] && counts[r, col] < best.Cost)
                    {
                        best = (counts[r, col], r, col);
                    }
                }

                if (best.R < 0)
                {
                    break;
                }

                suppressed[best.R, best.C] = true;
            }

            var n = 0;
            foreach (var s in suppressed)
            {
                n += s ? 1 : 0;
            }

            return n;
        }

        private static (int, int)? FirstDerivable(bool[,] suppressed, int rows, int cols)
        {
            var unknowns = new List<(int Row, int Column)>();
            for (var r = 0; r < rows; r++)
            {
                for (var c = 0; c < cols; c++)
                {
                    if (suppressed[r, c])
                    {
                        unknowns.Add((r, c));
                    }
                }
            }

            return new TableAttacker(unknowns, Enumerable.Range(0, rows), Enumerable.Range(0, cols), grandTotal: false).FirstDerivable();
        }
    }
}
