using System.Globalization;
using System.Runtime.InteropServices;
using NodaTime;
using Vkb.Pseudonymization.Policies;

namespace Vkb.Pseudonymization.Scrubbing;

/// <summary>
/// What the scrubber knows about one record: how to pseudonymise identifiers found in notes, the
/// subject's date offset and birth date, the names known from the record, and the person tokens handed
/// out so far (so a third person keeps one token across all notes of the record).
/// </summary>
/// <remarks>
/// Thread safety: one context per record; not thread-safe. The pipeline hands each thread one context object
/// and makes it the next record's when a record is done, so a detector must not keep a context beyond its call.
/// </remarks>
public sealed class ScrubContext
{
    private readonly Pseudonymizer _pseudonymizer;
    private readonly Dictionary<string, string> _personTokens = new(StringComparer.Ordinal);
    private readonly Dictionary<string, NameRole> _knownNames = new(16, StringComparer.Ordinal); // a record's names have about ten keys
    private readonly NameCounts _counts = new();
    private readonly List<string> _nameKeys = [];
    private StringPool? _keyPool; // folded name keys, once the context is reused (see Reset)
    private bool _constructed;
    private const int MaxPooledKeys = 4096;
    private readonly Dictionary<string, string[]> _staffNameKeys = new(StringComparer.Ordinal); // once reused
    private const int MaxKeptStaffNames = 256;
    private int _persons;
    private List<(string Part, int Address)>? _mailParts; // made at the first address (most records have none)
    private int _mailAddresses;

    /// <summary>Creates a context for one record.</summary>
    /// <param name="pseudonymizer">The pseudonymizer for identifiers found in notes.</param>
    /// <param name="scope">The pseudonym scope (the phase).</param>
    /// <param name="dateOffsetDays">The subject's date offset, or null if dates cannot be shifted (they are then replaced by <c>[Datum]</c>).</param>
    /// <param name="birthDate">The subject's birth date, if known (replaced by <c>[Geburtsdatum]</c> in notes).</param>
    /// <param name="referenceDate">A date near the record's present, used to read two-digit years.</param>
    public ScrubContext(Pseudonymizer pseudonymizer, string scope, int? dateOffsetDays, LocalDate? birthDate, LocalDate? referenceDate)
    {
        _pseudonymizer = Preconditions.CheckNotNull(pseudonymizer);
        Scope = Preconditions.CheckNotNull(scope);
        Reset(dateOffsetDays, birthDate, referenceDate);
        _constructed = true;
    }

    /// <summary>
    /// Makes this context a new record's, as if just constructed with the same pseudonymizer and scope (the
    /// pipeline reuses one context per transformer, so its tables are not allocated again for every record).
    /// </summary>
    internal void Reset(int? dateOffsetDays, LocalDate? birthDate, LocalDate? referenceDate)
    {
        // A context made for one record makes its keys as strings; one reused for record after record (the
        // pipeline's) takes them from a pool, so a customer name met before costs no new string.
        if (_constructed)
        {
            _keyPool ??= new StringPool(MaxPooledKeys);
        }

        DateOffsetDays = dateOffsetDays;
        BirthDate = birthDate;
        ReferenceDate = referenceDate;
        _personTokens.Clear();
        _knownNames.Clear();
        _counts.Clear();
        _persons = 0;
        _mailParts?.Clear();
        _mailAddresses = 0;
        KnownNameShapes.Clear();
        PersonTokenShapes.Clear();
    }

    /// <summary>The pseudonym scope (the phase).</summary>
    public string Scope { get; }

    /// <summary>The subject's date offset in days, if known.</summary>
    public int? DateOffsetDays { get; private set; }

    /// <summary>The subject's birth date, if known.</summary>
    public LocalDate? BirthDate { get; private set; }

    /// <summary>A date near the record's present (first day of the review month), if known.</summary>
    public LocalDate? ReferenceDate { get; private set; }

    /// <summary>Replacements per detector name, for the run report (a new dictionary on every call).</summary>
    public IReadOnlyDictionary<string, long> Counts
    {
        get
        {
            var counts = new Dictionary<string, long>(StringComparer.Ordinal);
            _counts.AddTo(counts);
            return counts;
        }
    }

    /// <summary>The same as <see cref="Counts"/>, without a dictionary: the pipeline adds them up per record.</summary>
    internal NameCounts CountsByDetector => _counts;

    internal Dictionary<string, NameRole> KnownNames => _knownNames;

    /// <summary>The first letters and lengths of the known-name keys, so most words need no lookup.</summary>
    internal KeyShapes KnownNameShapes { get; } = new();

    /// <summary>The first letters and lengths of the person-token keys.</summary>
    internal KeyShapes PersonTokenShapes { get; } = new();

    internal Dictionary<string, string> PersonTokens => _personTokens;

    /// <summary>Registers a name known from the record (each word of it) with its role.</summary>
    /// <param name="name">A name, one or more words.</param>
    /// <param name="role">The role.</param>
    public void AddKnownName(string name, NameRole role) => AddKnownName(Preconditions.CheckNotNull(name).AsSpan(), role);

    /// <summary>The same as <see cref="AddKnownName(string, NameRole)"/>, for a name where it stands (no string for it).</summary>
    internal void AddKnownName(ReadOnlySpan<char> name, NameRole role)
    {
        // Staff names recur from record to record (the pipeline reuses a context per transformer): their keys are
        // kept. A customer's name is folded afresh (its keys come from the pool). A context made for one record keeps nothing.
        var staff = role != NameRole.Customer && _keyPool is not null;
        ReadOnlySpan<string> keys;
        if (staff && _staffNameKeys.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(name, out var kept))
        {
            keys = kept;
        }
        else
        {
            _nameKeys.Clear();
            CollectKeys(name, _nameKeys);
            if (EncodedText.DecodedCopy(name) is { } decoded)
            {
                // The notes are decoded before the detectors read them ("DÃ¶bereiner" → "Döbereiner"); a name from the
                // record's fields, garbled by the same program, is known in both spellings.
                CollectKeys(decoded, _nameKeys);
            }
            keys = CollectionsMarshal.AsSpan(_nameKeys);
            if (staff)
            {
                if (_staffNameKeys.Count >= MaxKeptStaffNames)
                {
                    _staffNameKeys.Clear();
                }

                _staffNameKeys.Add(name.ToString(), keys.ToArray());
            }
        }

        foreach (var key in keys)
        {
            AddKnownKey(key, role);
        }
    }

    /// <summary>The keys of every letter word of at least two letters ("Müller-Lüdenscheidt" → "Müller", "Lüdenscheidt"), under both foldings.</summary>
    private void CollectKeys(ReadOnlySpan<char> name, List<string> keys)
    {
        Span<char> folded = stackalloc char[2 * NameFolding.MaxStackWord];
        foreach (var (start, length) in Words.Of(name))
        {
            // A particle ("van der", "von", "al") is part of a name but never a key: alone it is an ordinary word.
            if (length < 2 || NameShapeDetector.IsParticle(name.Slice(start, length)))
            {
                continue;
            }

            var word = name.Slice(start, length);
            var digraphs = length <= NameFolding.MaxStackWord ? NameFolding.TryFold(word, folded, digraphs: true) : -1;
            if (digraphs < 0)
            {
                // Long, or a letter only the slow folding knows: folded as NameFolding.KeysOf does.
                var (first, second) = NameFolding.KeysOf(word);
                keys.Add(first);
                if (second is not null)
                {
                    keys.Add(second);
                }

                continue;
            }

            // The same two keys as NameFolding.KeysOf, from this context's pool: names recur across records.
            var key = Key(folded[..digraphs]);
            keys.Add(key);
            var stripped = NameFolding.TryFold(word, folded, digraphs: false);
            if (!folded[..stripped].SequenceEqual(key))
            {
                keys.Add(Key(folded[..stripped]));
            }
        }
    }

    private string Key(ReadOnlySpan<char> folded) => _keyPool is { } pool ? pool.Get(folded) : folded.ToString();

    private void AddKnownKey(string key, NameRole role)
    {
        if (!_knownNames.TryGetValue(key, out var existing) || role < existing)
        {
            _knownNames[key] = role;
            KnownNameShapes.Add(key);
        }
    }

    /// <summary>The record-wide token of a third person (<c>[Person 1]</c>, <c>[Person 2]</c> …), by surname.</summary>
    /// <param name="surname">The surname as found.</param>
    /// <returns>The token; the same surname (in any case, transliteration or inflection) gets the same token.</returns>
    public string PersonToken(string surname) => PersonToken(Preconditions.CheckNotNull(surname).AsSpan());

    /// <summary>The same as <see cref="PersonToken(string)"/>, for a surname where it stands in a note (no string unless it is new).</summary>
    internal string PersonToken(ReadOnlySpan<char> surname)
    {
        // Keyed by the first of NameFolding.Keys.
        if (!NameFolding.TryGetFolded(_personTokens, surname, digraphs: true, out var token))
        {
            var key = NameFolding.Fold(surname, digraphs: true);
            token = PersonTokenText(++_persons);
            _personTokens.Add(key, token);
            PersonTokenShapes.Add(key);
        }

        return token;
    }

    /// <summary>The token text of the n-th person of a record (n from 1); the first 32 are made once for all records.</summary>
    private static string PersonTokenText(int n) =>
        n < CommonPersonTokens.Length ? CommonPersonTokens[n] : string.Create(CultureInfo.InvariantCulture, $"[Person {n}]");

    private static readonly string[] CommonPersonTokens =
        [.. Enumerable.Range(0, 33).Select(n => string.Create(CultureInfo.InvariantCulture, $"[Person {n}]"))];

    /// <summary>
    /// Session 15: the parts of the note's e-mail addresses' local parts (letters, three or more) that may name their owners
    /// ("pir-dachil@…"), as written, each with the number of its address; a part gets a person token only when the note names it
    /// (<see cref="MeetMailOwner"/>). The list is made at a record's first address; nothing is looked up until a word of the note
    /// equals a part.
    /// </summary>
    internal int MailPartCount => _mailParts?.Count ?? 0;

    /// <summary>
    /// Forgets the parts still waiting at the start of a note: an address's owner is named beside it, in its note (a scan of
    /// every later note of the record for them cost 2–3 % of the scrubbing time).
    /// </summary>
    internal void BeginNote() => _mailParts?.Clear();

    /// <summary>Starts the parts of a new e-mail address (see <see cref="AddMailPart"/>).</summary>
    internal void BeginMailAddress() => _mailAddresses++;

    /// <summary>Adds a part of the local part of the address begun last.</summary>
    internal void AddMailPart(ReadOnlySpan<char> part) => (_mailParts ??= []).Add((part.ToString(), _mailAddresses));

    /// <summary>
    /// A word of a note that equals a waiting part (in any case) and may name a person gets a person token, and every part of that
    /// address that may gets the same ("DACHIL Pîr" beside "pir-dachil@…" is one person): the word is then found as a known person.
    /// A part may name a person when it is no word of the lists (or a registered name), no function word or term, no particle and
    /// no name the record knows (found as that, with its role's token): "info", "bewerbung", "van" name nobody.
    /// </summary>
    internal void MeetMailOwner(ReadOnlySpan<char> word)
    {
        var parts = _mailParts!;
        for (var i = 0; i < parts.Count; i++)
        {
            if (parts[i].Part.Length != word.Length || !word.Equals(parts[i].Part, StringComparison.OrdinalIgnoreCase) || !MayNameOwner(word))
            {
                continue;
            }

            var address = parts[i].Address;
            var token = PersonToken(word);
            for (var j = parts.Count - 1; j >= 0; j--)
            {
                if (parts[j].Address == address)
                {
                    if (MayNameOwner(parts[j].Part))
                    {
                        AddPersonAlias(parts[j].Part, token);
                    }

                    parts.RemoveAt(j);
                }
            }

            return;
        }
    }

    private bool MayNameOwner(ReadOnlySpan<char> part) =>
        !DomainWords.IsFunctionWordOrTerm(part) && !NameShapeDetector.IsParticle(part) && WordLists.Flags(part) is var flags &&
        ((flags & WordLists.WordFlag) == 0 || (flags & (WordLists.GivenNameFlag | WordLists.SurnameFlag)) != 0) &&
        !NameFolding.TryGetFolded(_knownNames, part, digraphs: true, out _);

    /// <summary>Gives a name part the token of its owner ("Hans" of "Hans Meier"), unless the part has a token already.</summary>
    internal void AddPersonAlias(ReadOnlySpan<char> part, string token)
    {
        if (!NameFolding.TryGetFolded(_personTokens, part, digraphs: true, out _))
        {
            var key = NameFolding.Fold(part, digraphs: true); // the first of NameFolding.Keys
            _personTokens.Add(key, token);
            PersonTokenShapes.Add(key);
        }
    }

    /// <summary>Pseudonymises an identifier found in a note, in this record's scope.</summary>
    /// <param name="domain">The domain.</param>
    /// <param name="identifier">The identifier as typed.</param>
    /// <returns>The pseudonym text.</returns>
    public string Pseudonymize(PseudonymDomain domain, string identifier) =>
        Pseudonymize(domain, Preconditions.CheckNotNull(identifier).AsSpan());

    /// <summary>The same as <see cref="Pseudonymize(PseudonymDomain, string)"/>, for an identifier where it stands in a note.</summary>
    internal string Pseudonymize(PseudonymDomain domain, ReadOnlySpan<char> identifier) =>
        (Pseudonyms is { } source ? source(domain, identifier) : _pseudonymizer.Pseudonymize(domain, Scope, identifier)).Value;

    /// <summary>
    /// Where the pipeline's contexts take pseudonyms from: its thread's recent ones, computed by the same
    /// pseudonymizer in the same scope (so the subject's number in a note costs no second HMAC).
    /// </summary>
    internal PseudonymSource? Pseudonyms { get; init; }

    internal void Count(string detector, int replacements)
    {
        if (replacements > 0)
        {
            _counts.Add(detector, replacements);
        }
    }
}

/// <summary>The pseudonym of an identifier in the context's scope.</summary>
internal delegate Pseudonym PseudonymSource(PseudonymDomain domain, ReadOnlySpan<char> identifier);

/// <summary>
/// Counts by name for the few names of the detectors: a short list searched by reference first (a detector
/// passes the same name string every time), so counting hashes no string. Not thread-safe.
/// </summary>
internal sealed class NameCounts
{
    private string[] _names = new string[16];
    private long[] _counts = new long[16];

    /// <summary>The number of names counted.</summary>
    public int Count { get; private set; }

    /// <summary>Adds <paramref name="amount"/> to the count of <paramref name="name"/>.</summary>
    public void Add(string name, long amount)
    {
        ArgumentNullException.ThrowIfNull(name); // a host detector without a name fails where it is counted
        var index = IndexOf(name);
        if (index < 0)
        {
            if (Count == _names.Length)
            {
                Array.Resize(ref _names, Count * 2);
                Array.Resize(ref _counts, Count * 2);
            }

            index = Count++;
            _names[index] = name;
            _counts[index] = 0;
        }

        _counts[index] += amount;
    }

    /// <summary>Adds every count to <paramref name="target"/>.</summary>
    public void AddTo(NameCounts target)
    {
        for (var i = 0; i < Count; i++)
        {
            target.Add(_names[i], _counts[i]);
        }
    }

    /// <summary>Adds every count to <paramref name="target"/>.</summary>
    public void AddTo(Dictionary<string, long> target)
    {
        for (var i = 0; i < Count; i++)
        {
            target[_names[i]] = target.GetValueOrDefault(_names[i]) + _counts[i];
        }
    }

    /// <summary>Forgets every count.</summary>
    public void Clear()
    {
        Array.Clear(_names, 0, Count);
        Count = 0;
    }

    private int IndexOf(string name)
    {
        for (var i = 0; i < Count; i++)
        {
            if (ReferenceEquals(_names[i], name))
            {
                return i;
            }
        }

        for (var i = 0; i < Count; i++)
        {
            if (string.Equals(_names[i], name, StringComparison.Ordinal))
            {
                return i;
            }
        }

        return -1;
    }
}
