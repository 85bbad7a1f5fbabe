using System.Runtime.InteropServices;
using System.Text.RegularExpressions;

namespace Vkb.Pseudonymization.Scrubbing;

/// <summary>
/// The working memory of scrubbing one note at a time, passed explicitly to every detector: the text as the
/// detectors see it, the digit runs of that text (kept in step with every replacement, so the prefilters are
/// pure functions of text and runs), scratch lists, the workspace's own copies of the built-in regexes, and a
/// slot per host detector for its own scratch state. Reused for every note; one per thread of work.
/// </summary>
/// <remarks>
/// Thread safety: not thread-safe; use one workspace per thread (the pipeline keeps one per record transformer).
/// A detector must not keep the workspace, or a span of its text, beyond its call.
/// </remarks>
public sealed class ScrubWorkspace
{
    private char[] _working = new char[256];
    private char[] _spare = new char[256];
    private char[] _output = new char[256];
    private int _length;
    private List<(int Start, int Length)> _runs = [];
    private List<(int Start, int Length)> _spareRuns = [];
    private bool _runsValid;
    private Regex?[] _regexes = [];
    private Dictionary<object, object>? _hostState;

    /// <summary>Creates an empty workspace.</summary>
    public ScrubWorkspace()
    {
    }

    /// <summary>
    /// A host detector's own scratch state in this workspace (created once per workspace by <paramref name="create"/>):
    /// the place for buffers a detector would otherwise keep per thread.
    /// </summary>
    /// <typeparam name="T">The state's type.</typeparam>
    /// <param name="owner">The detector (or another object) that owns the state.</param>
    /// <param name="create">Makes the state the first time.</param>
    /// <returns>The state.</returns>
    public T State<T>(object owner, Func<T> create)
        where T : class
    {
        Preconditions.CheckNotNull(owner);
        Preconditions.CheckNotNull(create);
        _hostState ??= new Dictionary<object, object>(ReferenceEqualityComparer.Instance);
        if (!_hostState.TryGetValue(owner, out var state))
        {
            state = create();
            _hostState.Add(owner, state);
        }

        return (T)state;
    }

    /// <summary>The text as it stands.</summary>
    internal ReadOnlySpan<char> Text => _working.AsSpan(0, _length);

    /// <summary>Whether the note went through as it came (nothing replaced, nothing neutralised).</summary>
    internal bool Unchanged => Replacements.Count == 0 && !Neutralised && !Decoded;

    internal List<TextMatch> Matches { get; } = [];

    internal List<string> Replacements { get; } = [];

    /// <summary>The spans the last step replaced, in order.</summary>
    internal List<(int Start, int Length)> Applied { get; } = [];

    /// <summary>The words of <see cref="Text"/>, found once per note and carried over each replacement (see <see cref="Scrubbing.WordTable"/>).</summary>
    internal WordTable WordTable { get; } = new();

    /// <summary>Whether a word (lower case) that is not in the lexicon is a compound of words, for the words met so far (see <see cref="NameShapeDetector.IsCompound(ReadOnlySpan{char}, Dictionary{string, bool})"/>).</summary>
    internal Dictionary<string, bool> CompoundWords { get; } = new(StringComparer.Ordinal);

    /// <summary>Whether a word (lower case) that is neither in the lexicon nor a compound is formed by rule from its words (<see cref="WordFormation"/>), for the words met so far.</summary>
    internal Dictionary<string, bool> FormedWords { get; } = new(StringComparer.Ordinal);

    /// <summary>The most words <see cref="CompoundWords"/> keeps (the first met; about 1 MB).</summary>
    internal const int MaxCompoundWords = 8192;

    /// <summary>Scratch list of windows (the street detector's).</summary>
    internal List<(int From, int End)> Windows { get; } = [];

    /// <summary>Scratch list of windows with the last index a match can start at (see <see cref="StartWindowSource"/>).</summary>
    internal List<(int From, int Last, int End)> StartWindows { get; } = [];

    private bool Neutralised { get; set; }

    /// <summary>Whether <see cref="Decode"/> changed the note.</summary>
    private bool Decoded { get; set; }

    /// <summary>
    /// For evaluation only (null otherwise): for each character of <see cref="Text"/>, the span of the original note it
    /// stands for, and whether it is a replacement. Set by <see cref="TrackOrigins"/>.
    /// </summary>
    internal (int Start, int End, bool Replaced)[]? Origins { get; private set; }

    private (int Start, int End, bool Replaced)[]? _spareOrigins;

    /// <summary>Starts tracking, for the note loaded next, which original spans were replaced (see <see cref="ReplacedSpans"/>).</summary>
    internal void TrackOrigins()
    {
        Origins = [];
        _spareOrigins = [];
    }

    /// <summary>The original spans that were replaced, merged and in order (tracking only).</summary>
    internal List<(int Start, int End)> ReplacedSpans()
    {
        var spans = new List<(int Start, int End)>();
        foreach (var (start, end, replaced) in Origins.AsSpan(0, _length))
        {
            if (!replaced)
            {
                continue;
            }

            if (spans.Count > 0 && spans[^1].End >= start)
            {
                spans[^1] = (spans[^1].Start, Math.Max(spans[^1].End, end));
            }
            else
            {
                spans.Add((start, end));
            }
        }

        return spans;
    }

    /// <summary>Tracking only: the next text's origins, written as <see cref="TextScrubber"/> builds it in the spare buffer.</summary>
    internal (int Start, int End, bool Replaced)[] SpareOrigins(int capacity)
    {
        if (_spareOrigins!.Length < capacity)
        {
            _spareOrigins = new (int, int, bool)[capacity];
        }

        return _spareOrigins;
    }

    /// <summary>
    /// The maximal runs of <c>\d</c> digits of <see cref="Text"/>, left to right: found once per note and carried
    /// over each replacement (see <see cref="SwapIn"/>) instead of being found again.
    /// </summary>
    internal ReadOnlySpan<(int Start, int Length)> DigitRuns
    {
        get
        {
            if (!_runsValid)
            {
                Prefilters.FindDigitRuns(Text, _runs);
                _runsValid = true;
            }

            return CollectionsMarshal.AsSpan(_runs);
        }
    }

    /// <summary>This workspace's own copy of the built-in regex in <paramref name="slot"/> (see <see cref="RegexSlots"/>).</summary>
    internal Regex Regex(int slot)
    {
        var regexes = _regexes;
        return (uint)slot < (uint)regexes.Length && regexes[slot] is { } copy ? copy : CopyFor(slot);
    }

    private Regex CopyFor(int slot)
    {
        var shared = RegexSlots.Shared(slot);
        if (_regexes.Length <= slot)
        {
            Array.Resize(ref _regexes, RegexSlots.Count);
        }

        return _regexes[slot] = RegexSlots.Copy(shared);
    }

    /// <summary>Takes a new note: characters in the placeholder range become U+FFFD (unless <paramref name="neutralise"/> is false), so only placeholders are in it.</summary>
    internal void Load(ReadOnlySpan<char> text, bool neutralise = true)
    {
        Replacements.Clear();
        Matches.Clear();
        Decoded = false;
        Applied.Clear();
        _runsValid = false;
        WordTable.Invalidate();
        Grow(ref _working, text.Length);
        text.CopyTo(_working);
        _length = text.Length;
        if (Origins is not null)
        {
            Origins = new (int, int, bool)[text.Length];
            for (var i = 0; i < text.Length; i++)
            {
                Origins[i] = (i, i + 1, false);
            }
        }

        var span = _working.AsSpan(0, _length);
        Neutralised = neutralise && span.IndexOfAnyInRange(TextScrubber.FirstPlaceholder, TextScrubber.LastPlaceholder) >= 0;
        if (Neutralised)
        {
            foreach (ref var c in span)
            {
                if (c is >= TextScrubber.FirstPlaceholder and <= TextScrubber.LastPlaceholder)
                {
                    c = '\uFFFD';
                }
            }
        }
    }

    /// <summary>
    /// Decodes the loaded note's encoded leftovers (HTML references, mojibake, quoted-printable, invisible characters; see
    /// <see cref="EncodedText"/>) in place, before any detector reads it; the origins, if tracked, follow.
    /// </summary>
    internal void Decode()
    {
        _length = EncodedText.Decode(_working.AsSpan(0, _length), Origins is null ? default : Origins.AsSpan(0, _length), out var changed);
        Decoded = changed;
    }

    /// <summary>The spare buffer, at least <paramref name="capacity"/> long, to write the next text into.</summary>
    internal char[] Spare(int capacity)
    {
        Grow(ref _spare, capacity);
        return _spare;
    }

    /// <summary>
    /// The spare buffer's first <paramref name="length"/> characters become the text: <see cref="Applied"/> says which
    /// spans were replaced, each by one placeholder character (or, if <paramref name="inline"/>, by longer text,
    /// after which the runs are found again).
    /// </summary>
    internal void SwapIn(int length, bool inline)
    {
        (_working, _spare) = (_spare, _working);
        _length = length;
        if (Origins is not null)
        {
            (Origins, _spareOrigins) = (_spareOrigins!, Origins);
        }

        if (inline)
        {
            _runsValid = false;
            WordTable.Invalidate();
        }
        else
        {
            WordTable.Carry(Applied);
            if (_runsValid)
            {
                CarryRuns(Applied);
            }
        }
    }

    /// <summary>
    /// The text changed by replacing <paramref name="spans"/> (in order, not overlapping) with one placeholder
    /// character each, which is not a digit: the digit runs are cut where a span covered them and shifted after
    /// it. A property test compares this with finding them again.
    /// </summary>
    internal void CarryRuns(List<(int Start, int Length)> spans)
    {
        var updated = _spareRuns;
        updated.Clear();
        int k = 0, shift = 0;
        foreach (var (start, length) in _runs)
        {
            var from = start;
            var end = start + length;
            while (from < end)
            {
                while (k < spans.Count && spans[k].Start + spans[k].Length <= from)
                {
                    shift += 1 - spans[k].Length;
                    k++;
                }

                if (k == spans.Count || spans[k].Start >= end)
                {
                    updated.Add((from + shift, end - from));
                    break;
                }

                if (spans[k].Start > from)
                {
                    updated.Add((from + shift, spans[k].Start - from));
                }

                from = spans[k].Start + spans[k].Length;
            }
        }

        (_runs, _spareRuns) = (updated, _runs); // the old runs' list is the next carry's spare
    }

    /// <summary>The output buffer, at least <paramref name="capacity"/> long.</summary>
    internal char[] Output(int capacity)
    {
        Grow(ref _output, capacity);
        return _output;
    }

    private static void Grow(ref char[] buffer, int capacity)
    {
        if (buffer.Length < capacity)
        {
            buffer = new char[Math.Max(capacity, buffer.Length * 2)];
        }
    }
}

/// <summary>
/// A few workspaces shared by the calls that bring none (<see cref="TextScrubber.Scrub(string, ScrubContext)"/>, a
/// built-in detector called with a string): taken out while in use, so nested calls each get their own.
/// </summary>
internal static class WorkspacePool
{
    private const int MaxPooled = 64;
    private static readonly Stack<ScrubWorkspace> Pool = new();
    private static readonly Lock Gate = new();

    public static ScrubWorkspace Rent()
    {
        lock (Gate)
        {
            if (Pool.TryPop(out var workspace))
            {
                return workspace;
            }
        }

        return new ScrubWorkspace();
    }

    public static void Return(ScrubWorkspace workspace)
    {
        lock (Gate)
        {
            if (Pool.Count < MaxPooled)
            {
                Pool.Push(workspace);
            }
        }
    }
}

/// <summary>
/// The built-in regexes by slot. A <see cref="System.Text.RegularExpressions.Regex"/> keeps one cached runner and
/// takes it with an interlocked exchange on every match call; threads matching on one instance fight over it
/// (measured on this project's two-core machine: 3.2 times as long as one thread alone). Each
/// <see cref="ScrubWorkspace"/> therefore matches on its own copy, compiled from the shared regex's pattern,
/// options and timeout, so it finds exactly what the shared instance finds (a property test compares them).
/// </summary>
internal static class RegexSlots
{
    private static readonly Lock Gate = new();
    private static Regex[] s_shared = [];

    /// <summary>The number of slots registered.</summary>
    public static int Count => Volatile.Read(ref s_shared).Length;

    /// <summary>The slot of a shared regex, registered once (the same slot for the same instance).</summary>
    public static int Register(Regex shared)
    {
        Preconditions.CheckNotNull(shared);
        lock (Gate)
        {
            var slot = Array.IndexOf(s_shared, shared);
            if (slot >= 0)
            {
                return slot;
            }

            Volatile.Write(ref s_shared, [.. s_shared, shared]);
            return s_shared.Length - 1;
        }
    }

    /// <summary>The shared regex in <paramref name="slot"/>.</summary>
    public static Regex Shared(int slot)
    {
        var shared = Volatile.Read(ref s_shared);
        return (uint)slot < (uint)shared.Length ? shared[slot] : throw new ArgumentOutOfRangeException(nameof(slot), slot, "The slot was not registered.");
    }

    /// <summary>
    /// A new instance that matches exactly as <paramref name="shared"/> does, with a runner cache of its own: a new instance of
    /// its source-generated type (every generated regex type has a constructor without arguments that sets its pattern,
    /// options and timeout), else its pattern, options and timeout compiled. Not compiled for a generated one: the JIT
    /// compiles a large compiled pattern's matching method without optimisation (its size limits for one method), and the
    /// address tail's ran about three times slower that way than the generated code at its second tier.
    /// </summary>
    internal static Regex Copy(Regex shared) =>
        shared.GetType() != typeof(Regex) && Activator.CreateInstance(shared.GetType(), nonPublic: true) is Regex fresh
            ? fresh
            : new(shared.ToString(), shared.Options | RegexOptions.Compiled, shared.MatchTimeout);
}
