using NodaTime;

namespace Vkb.Catalog;

/// <summary>A row of a findings table: one RD in one month. There is no employee or team dimension (R1).</summary>
/// <param name="RegionalDirectorate">The RD code.</param>
/// <param name="Month">The month of the assessment dates.</param>
public sealed record FindingsRow(string RegionalDirectorate, YearMonth Month)
{
    /// <summary>Returns <c>RD yyyy-MM</c>.</summary>
    /// <returns>The label.</returns>
    public override string ToString() => $"{RegionalDirectorate} {Month:yyyy-MM}";
}

/// <summary>What a findings table counts.</summary>
public enum FindingsSubject
{
    /// <summary>Overall verdicts goal-oriented / not goal-oriented (counts, never rates: C6).</summary>
    Verdict,

    /// <summary>Answers to one verdict or choice question.</summary>
    Question,

    /// <summary>Themes of strengths (C5).</summary>
    StrengthThemes,

    /// <summary>Themes of improvement points.</summary>
    ImprovementThemes,
}

/// <summary>
/// A count table of one level and one subject: rows are (RD, month) in alphabetical and
/// chronological order — never ordered by value, so it is not a ranking — and columns are answer
/// categories or themes. Cells below k cases are suppressed, with complementary suppression so no
/// suppressed cell can be recomputed from published cells and totals. There are no rates.
/// </summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed class FindingsTable
{
    private readonly int[,] _counts;
    private readonly CellStatus[,] _status;
    private readonly bool[] _rowTotalPublished;
    private readonly bool[] _columnTotalPublished;
    private readonly bool _grandTotalPublished;

    internal FindingsTable(AssessmentLevel level, FindingsSubject subject, string? linkId, string title, IReadOnlyList<FindingsRow> rows, IReadOnlyList<string> columns, int[,] counts, int minimumCellSize)
    {
        Level = level;
        Subject = subject;
        LinkId = linkId;
        Title = title;
        Rows = rows;
        Columns = columns;
        MinimumCellSize = minimumCellSize;
        _counts = counts;
        var result = CellSuppression.Apply(counts, minimumCellSize);
        _status = result.Cells;
        _rowTotalPublished = result.RowTotalPublished;
        _columnTotalPublished = result.ColumnTotalPublished;
        _grandTotalPublished = result.GrandTotalPublished;
    }

    /// <summary>Gets the level whose assessments are counted.</summary>
    public AssessmentLevel Level { get; }

    /// <summary>Gets what is counted.</summary>
    public FindingsSubject Subject { get; }

    /// <summary>Gets the question's link id for <see cref="FindingsSubject.Question"/>, else null.</summary>
    public string? LinkId { get; }

    /// <summary>Gets the title (question text or subject name).</summary>
    public string Title { get; }

    /// <summary>Gets the rows.</summary>
    public IReadOnlyList<FindingsRow> Rows { get; }

    /// <summary>Gets the column codes (verdict codes, option codes or themes).</summary>
    public IReadOnlyList<string> Columns { get; }

    /// <summary>Gets k: cells counting 1 to k − 1 cases are suppressed.</summary>
    public int MinimumCellSize { get; }

    /// <summary>Gets the published count of a cell, or null when suppressed.</summary>
    /// <param name="row">The row index.</param>
    /// <param name="column">The column index.</param>
    /// <returns>The count or null.</returns>
    /// <exception cref="IndexOutOfRangeException">An index is out of range.</exception>
    public int? Cell(int row, int column) => _status[row, column] == CellStatus.Published ? _counts[row, column] : null;

    /// <summary>Gets whether and why a cell is suppressed.</summary>
    /// <param name="row">The row index.</param>
    /// <param name="column">The column index.</param>
    /// <returns>The status.</returns>
    public CellStatus Status(int row, int column) => _status[row, column];

    /// <summary>Gets a published row total, or null when it would reveal a suppressed cell.</summary>
    /// <param name="row">The row index.</param>
    /// <returns>The total or null.</returns>
    public int? RowTotal(int row) => _rowTotalPublished[row] ? Enumerable.Range(0, Columns.Count).Sum(c => _counts[row, c]) : null;

    /// <summary>Gets a published column total, or null when it would reveal a suppressed cell.</summary>
    /// <param name="column">The column index.</param>
    /// <returns>The total or null.</returns>
    public int? ColumnTotal(int column) => _columnTotalPublished[column] ? Enumerable.Range(0, Rows.Count).Sum(r => _counts[r, column]) : null;

    /// <summary>Gets the published grand total, or null.</summary>
    public int? GrandTotal => _grandTotalPublished ? Enumerable.Range(0, Rows.Count).Sum(r => Enumerable.Range(0, Columns.Count).Sum(c => _counts[r, c])) : null;

    /// <summary>Renders the table as aligned text; suppressed cells show as <c>*</c>.</summary>
    /// <returns>The text.</returns>
    public string ToText()
    {
        List<string> header = ["RD month", .. Columns, "total"];
        var lines = new List<List<string>> { header };
        for (var r = 0; r < Rows.Count; r++)
        {
            lines.Add([Rows[r].ToString(), .. Enumerable.Range(0, Columns.Count).Select(c => Format(Cell(r, c))), Format(RowTotal(r))]);
        }

        lines.Add(["total", .. Enumerable.Range(0, Columns.Count).Select(c => Format(ColumnTotal(c))), Format(GrandTotal)]);
        var widths = Enumerable.Range(0, header.Count).Select(i => lines.Max(l => l[i].Length)).ToList();
        var title = $"{Level} — {Title} (cells < {MinimumCellSize} suppressed: *)";
        return title + "\n" + string.Join("\n", lines.Select(l => string.Join("  ", l.Select((cell, i) => i == 0 ? cell.PadRight(widths[i]) : cell.PadLeft(widths[i]))))) + "\n";
    }

    private static string Format(int? value) => value?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "*";
}
