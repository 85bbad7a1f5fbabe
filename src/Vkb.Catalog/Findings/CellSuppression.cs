namespace Vkb.Catalog;

/// <summary>Why a cell of a findings table is not published.</summary>
public enum CellStatus
{
    /// <summary>Published.</summary>
    Published,

    /// <summary>Suppressed because it counts between 1 and k − 1 cases.</summary>
    PrimarySuppressed,

    /// <summary>Suppressed so that no primary-suppressed cell can be recomputed from the published cells and totals.</summary>
    ComplementarySuppressed,
}

/// <summary>
/// Small-cell suppression of a two-way count table with row and column totals.
/// Primary: cells with 1 ≤ n &lt; k. Complementary: the suppressed cells are the edges of a bipartite
/// graph between rows and columns whose totals are published (unpublished totals merge into one free
/// node); a suppressed cell can be recomputed by adding and subtracting published numbers exactly when
/// its edge is a bridge. Cells are added, cheapest first, until no suppressed cell is a bridge.
/// </summary>
internal static class CellSuppression
{
    public sealed record Result(CellStatus[,] Cells, bool[] RowTotalPublished, bool[] ColumnTotalPublished, bool GrandTotalPublished);

    public static Result Apply(int[,] counts, int k)
    {
        var rows = counts.GetLength(0);
        var cols = counts.GetLength(1);
        var status = new CellStatus[rows, cols];
        for (var r = 0; r < rows; r++)
        {
            for (var c = 0; c < cols; c++)
            {
                status[r, c] = counts[r, c] > 0 && counts[r, c] < k ? CellStatus.PrimarySuppressed : CellStatus.Published;
            }
        }

        while (true)
        {
            var (rowPublished, colPublished) = Margins(status, rows, cols);
            var bridge = FirstBridge(status, rows, cols, rowPublished, colPublished);
            if (bridge is null)
            {
                var grand = rows > 1 || cols > 1 || status[0, 0] == CellStatus.Published;
                return new Result(status, rowPublished, colPublished, rows == 0 || cols == 0 || grand);
            }

            var suppressed = Suppressed(status);
            Protect(bridge.Value.Row, bridge.Value.Col, counts, status, rows, cols);
            if (Suppressed(status) == suppressed)
            {
                // Every round suppresses at least one more cell, so the loop ends after at most rows × cols rounds;
                // a round without progress would repeat forever, and a report must fail rather than hang.
                throw new InvalidOperationException("Cell suppression made no progress: a suppressed cell stayed derivable.");
            }
        }
    }

    private static int Suppressed(CellStatus[,] status) => status.Cast<CellStatus>().Count(s => s != CellStatus.Published);

    // In a one-column table a row total equals its cell (and likewise for one row), so it is published only with the cell.
    private static (bool[] Rows, bool[] Cols) Margins(CellStatus[,] status, int rows, int cols)
    {
        var rowPublished = new bool[rows];
        var colPublished = new bool[cols];
        for (var r = 0; r < rows; r++)
        {
            rowPublished[r] = cols != 1 || status[r, 0] == CellStatus.Published;
        }

        for (var c = 0; c < cols; c++)
        {
            colPublished[c] = rows != 1 || status[0, c] == CellStatus.Published;
        }

        return (rowPublished, colPublished);
    }

    private static (int Row, int Col)? FirstBridge(CellStatus[,] status, int rows, int cols, bool[] rowPublished, bool[] colPublished)
    {
        // Tarjan's bridge search over the multigraph (edge ids, so parallel cells form a cycle): O(V + E).
        var edges = SuppressedEdges(status, rows, cols, rowPublished, colPublished);
        var nodes = 1 + rows + cols;
        var adjacency = new List<(int To, int Edge)>[nodes];
        for (var n = 0; n < nodes; n++)
        {
            adjacency[n] = [];
        }

        for (var e = 0; e < edges.Count; e++)
        {
            var (_, _, a, b) = edges[e];
            if (a != b)
            {
                adjacency[a].Add((b, e));
                adjacency[b].Add((a, e));
            }
        }

        var order = new int[nodes];
        var low = new int[nodes];
        var counter = 0;
        var bridges = new List<int>();
        for (var start = 0; start < nodes; start++)
        {
            if (order[start] == 0)
            {
                Visit(start, -1);
            }
        }

        if (bridges.Count == 0)
        {
            return null;
        }

        var first = bridges.Min();
        return (edges[first].Row, edges[first].Col);

        void Visit(int node, int viaEdge)
        {
            order[node] = low[node] = ++counter;
            foreach (var (next, edge) in adjacency[node])
            {
                if (edge == viaEdge)
                {
                    continue;
                }

                if (order[next] == 0)
                {
                    Visit(next, edge);
                    low[node] = Math.Min(low[node], low[next]);
                    if (low[next] > order[node])
                    {
                        bridges.Add(edge);
                    }
                }
                else
                {
                    low[node] = Math.Min(low[node], order[next]);
                }
            }
        }
    }

    private static List<(int Row, int Col, int From, int To)> SuppressedEdges(CellStatus[,] status, int rows, int cols, bool[] rowPublished, bool[] colPublished)
    {
        // Node 0 is the free node; rows are 1..rows; columns rows+1..rows+cols.
        var edges = new List<(int, int, int, int)>();
        for (var r = 0; r < rows; r++)
        {
            for (var c = 0; c < cols; c++)
            {
                if (status[r, c] != CellStatus.Published)
                {
                    edges.Add((r, c, rowPublished[r] ? 1 + r : 0, colPublished[c] ? 1 + rows + c : 0));
                }
            }
        }

        return edges;
    }

    private static bool Connected(List<(int Row, int Col, int From, int To)> edges, int from, int to, (int Row, int Col) skip)
    {
        var adjacency = new Dictionary<int, List<int>>();
        foreach (var (row, col, a, b) in edges)
        {
            if (row == skip.Row && col == skip.Col)
            {
                continue;
            }

            Add(adjacency, a, b);
            Add(adjacency, b, a);
        }

        var seen = new HashSet<int> { from };
        var queue = new Queue<int>([from]);
        while (queue.Count > 0)
        {
            var node = queue.Dequeue();
            if (node == to)
            {
                return true;
            }

            foreach (var next in adjacency.GetValueOrDefault(node) ?? [])
            {
                if (seen.Add(next))
                {
                    queue.Enqueue(next);
                }
            }
        }

        return false;
    }

    private static void Add(Dictionary<int, List<int>> adjacency, int a, int b)
    {
        if (!adjacency.TryGetValue(a, out var list))
        {
            adjacency[a] = list = [];
        }

        list.Add(b);
    }

    private static void Protect(int row, int col, int[,] counts, CellStatus[,] status, int rows, int cols)
    {
        // First try one extra cell in the same row or column, cheapest first, that puts the cell on a cycle.
        var candidates = new List<(int Cost, int Row, int Col)>();
        for (var c = 0; c < cols; c++)
        {
            if (c != col && status[row, c] == CellStatus.Published)
            {
                candidates.Add((counts[row, c], row, c));
            }
        }

        for (var r = 0; r < rows; r++)
        {
            if (r != row && status[r, col] == CellStatus.Published)
            {
                candidates.Add((counts[r, col], r, col));
            }
        }

        foreach (var (_, r, c) in candidates.OrderBy(x => x.Cost).ThenBy(x => x.Row).ThenBy(x => x.Col))
        {
            status[r, c] = CellStatus.ComplementarySuppressed;
            var (rowPublished, colPublished) = Margins(status, rows, cols);
            var edges = SuppressedEdges(status, rows, cols, rowPublished, colPublished);
            var self = edges.First(e => e.Row == row && e.Col == col);
            if (self.From == self.To || Connected(edges, self.From, self.To, (row, col)))
            {
                return;
            }

            status[r, c] = CellStatus.Published;
        }

        // Otherwise close a rectangle row-col-r'-c' with the cheapest three cells. Only a table of at least 2 × 2
        // gets here: in a one-row (one-column) table every suppressed cell joins the same row (column) node to the
        // free node, so a bridge is the row's only suppressed cell and any other cell of the row closes a cycle above.
        // In a table of at least 2 × 2 all margins are published, so a rectangle of suppressed cells is a cycle: the
        // chosen rectangle always has a published corner and the round makes progress.
        var best = (Cost: long.MaxValue, Row: 0, Col: 0);
        for (var r = 0; r < rows; r++)
        {
            for (var c = 0; c < cols; c++)
            {
                if (r == row || c == col)
                {
                    continue;
                }

                long cost = Cost(counts, status, row, c) + Cost(counts, status, r, col) + Cost(counts, status, r, c);
                if (cost < best.Cost)
                {
                    best = (cost, r, c);
                }
            }
        }

        Suppress(status, row, best.Col);
        Suppress(status, best.Row, col);
        Suppress(status, best.Row, best.Col);
    }

    private static long Cost(int[,] counts, CellStatus[,] status, int r, int c) =>
        status[r, c] == CellStatus.Published ? counts[r, c] + 1L : 0L;

    private static void Suppress(CellStatus[,] status, int r, int c)
    {
        if (status[r, c] == CellStatus.Published)
        {
            status[r, c] = CellStatus.ComplementarySuppressed;
        }
    }
}
