namespace Vkb.Testing;

/// <summary>
/// An attacker's view of a table with suppressed cells: every published row, column and grand
/// total is a linear equation over the suppressed cells. A suppressed cell can be derived by
/// adding and subtracting published numbers exactly when its unit vector lies in the span of
/// those equations (rank test by Gaussian elimination). Written from the definition, independent
/// of the suppression code it checks; used by the property tests and as the benchmarks' naive
/// baseline.
/// </summary>
public sealed class TableAttacker
{
    private const double Epsilon = 1e-9;
    private readonly IReadOnlyList<(int Row, int Column)> _unknowns;
    private readonly List<double[]> _equations = [];
    private int? _rank;

    /// <summary>Sets up the equations.</summary>
    /// <param name="unknowns">The suppressed cells.</param>
    /// <param name="rowsWithTotal">The rows whose total is published.</param>
    /// <param name="columnsWithTotal">The columns whose total is published.</param>
    /// <param name="grandTotal">Whether the grand total is published.</param>
    public TableAttacker(IReadOnlyList<(int Row, int Column)> unknowns, IEnumerable<int> rowsWithTotal, IEnumerable<int> columnsWithTotal, bool grandTotal)
    {
        ArgumentNullException.ThrowIfNull(unknowns);
        ArgumentNullException.ThrowIfNull(rowsWithTotal);
        ArgumentNullException.ThrowIfNull(columnsWithTotal);
        _unknowns = unknowns;
        foreach (var r in rowsWithTotal)
        {
            _equations.Add([.. unknowns.Select(u => u.Row == r ? 1.0 : 0.0)]);
        }

        foreach (var c in columnsWithTotal)
        {
            _equations.Add([.. unknowns.Select(u => u.Column == c ? 1.0 : 0.0)]);
        }

        if (grandTotal)
        {
            _equations.Add([.. unknowns.Select(_ => 1.0)]);
        }
    }

    /// <summary>Whether the suppressed <paramref name="cell"/> follows from the published totals.</summary>
    /// <param name="cell">One of the unknowns.</param>
    /// <returns><see langword="true"/> if its value can be computed.</returns>
    public bool CanDerive((int Row, int Column) cell)
    {
        _rank ??= Rank(_equations);
        var target = _unknowns.Select(u => u == cell ? 1.0 : 0.0).ToArray();
        return Rank([.. _equations, target]) == _rank;
    }

    /// <summary>The first unknown (in the given order) that can be derived, if any.</summary>
    /// <returns>The cell, or <see langword="null"/> when none can.</returns>
    public (int Row, int Column)? FirstDerivable()
    {
        foreach (var unknown in _unknowns)
        {
            if (CanDerive(unknown))
            {
                return unknown;
            }
        }

        return null;
    }

    /// <summary>The rank of <paramref name="matrix"/> (rows of equal length), by Gaussian elimination with a 1e-9 tolerance.</summary>
    /// <param name="matrix">The rows; not changed.</param>
    /// <returns>The rank.</returns>
    public static int Rank(IReadOnlyList<double[]> matrix)
    {
        ArgumentNullException.ThrowIfNull(matrix);
        var m = matrix.Select(r => (double[])r.Clone()).ToList();
        var rank = 0;
        var width = m.Count == 0 ? 0 : m[0].Length;
        for (var c = 0; c < width && rank < m.Count; c++)
        {
            var pivot = -1;
            for (var r = rank; r < m.Count; r++)
            {
                if (Math.Abs(m[r][c]) > Epsilon)
                {
                    pivot = r;
                    break;
                }
            }

            if (pivot < 0)
            {
                continue;
            }

            (m[rank], m[pivot]) = (m[pivot], m[rank]);
            for (var r = 0; r < m.Count; r++)
            {
                if (r != rank && Math.Abs(m[r][c]) > Epsilon)
                {
                    var f = m[r][c] / m[rank][c];
                    for (var x = 0; x < width; x++)
                    {
                        m[r][x] -= f * m[rank][x];
                    }
                }
            }

            rank++;
        }

        return rank;
    }
}
