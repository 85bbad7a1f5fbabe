using System.Globalization;
using NodaTime;
using Vkb.Pseudonymization.Policies;

namespace Vkb.Pseudonymization.Scrubbing;

/// <summary>
/// What the scrubber knows about one record: how to pseudonymise identifiers found in notes, the
/// subject's date offset and birth date, the names known from the record, and the person tokens handed
/// out so far (so a third person keeps one token across all notes of the record).
/// </summary>
/// <remarks>Thread safety: one context per record; not thread-safe.</remarks>
public sealed class ScrubContext
{
    private readonly Pseudonymizer _pseudonymizer;
    private readonly Dictionary<string, string> _personTokens = new(StringComparer.Ordinal);
    private readonly Dictionary<string, NameRole> _knownNames = new(StringComparer.Ordinal);
    private readonly Dictionary<string, long> _counts = new(StringComparer.Ordinal);
    private int _persons;

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
        DateOffsetDays = dateOffsetDays;
        BirthDate = birthDate;
        ReferenceDate = referenceDate;
    }

    /// <summary>The pseudonym scope (the phase).</summary>
    public string Scope { get; }

    /// <summary>The subject's date offset in days, if known.</summary>
    public int? DateOffsetDays { get; }

    /// <summary>The subject's birth date, if known.</summary>
    public LocalDate? BirthDate { get; }

    /// <summary>A date near the record's present (first day of the review month), if known.</summary>
    public LocalDate? ReferenceDate { get; }

    /// <summary>Replacements per detector name, for the run report.</summary>
    public IReadOnlyDictionary<string, long> Counts => _counts;

    /// <summary>The same as <see cref="Counts"/>, enumerable without boxing.</summary>
    internal Dictionary<string, long> CountsByDetector => _counts;

    internal Dictionary<string, NameRole> KnownNames => _knownNames;

    /// <summary>The first letters of the known-name keys (see <see cref="Words.InitialBit"/>), so most words need no lookup.</summary>
    internal ulong KnownNameInitials { get; private set; }

    /// <summary>The first letters of the person-token keys.</summary>
    internal ulong PersonTokenInitials { get; private set; }

    internal Dictionary<string, string> PersonTokens => _personTokens;

    /// <summary>Registers a name known from the record (each word of it) with its role.</summary>
    /// <param name="name">A name, one or more words.</param>
    /// <param name="role">The role.</param>
    public void AddKnownName(string name, NameRole role)
    {
        Preconditions.CheckNotNull(name);
        foreach (var word in NameFolding.Words(name))
        {
            foreach (var key in NameFolding.Keys(word))
            {
                if (!_knownNames.TryGetValue(key, out var existing) || role < existing)
                {
                    _knownNames[key] = role;
                    KnownNameInitials |= Words.InitialBit(key);
                }
            }
        }
    }

    /// <summary>The record-wide token of a third person (<c>[Person 1]</c>, <c>[Person 2]</c> …), by surname.</summary>
    /// <param name="surname">The surname as found.</param>
    /// <returns>The token; the same surname (in any case, transliteration or inflection) gets the same token.</returns>
    public string PersonToken(string surname)
    {
        Preconditions.CheckNotNull(surname);
        var key = NameFolding.Fold(surname, digraphs: true); // the first of NameFolding.Keys
        if (!_personTokens.TryGetValue(key, out var token))
        {
            token = string.Create(CultureInfo.InvariantCulture, $"[Person {++_persons}]");
            _personTokens.Add(key, token);
            PersonTokenInitials |= Words.InitialBit(key);
        }

        return token;
    }

    internal void AddPersonAlias(string key, string token)
    {
        _personTokens[key] = token;
        PersonTokenInitials |= Words.InitialBit(key);
    }

    /// <summary>Whether a person token exists for this folded key.</summary>
    internal bool TryGetPersonToken(string key, out string token) => _personTokens.TryGetValue(key, out token!);

    /// <summary>Pseudonymises an identifier found in a note, in this record's scope.</summary>
    /// <param name="domain">The domain.</param>
    /// <param name="identifier">The identifier as typed.</param>
    /// <returns>The pseudonym text.</returns>
    public string Pseudonymize(PseudonymDomain domain, string identifier) =>
        _pseudonymizer.Pseudonymize(domain, Scope, identifier).Value;

    /// <summary>The same as <see cref="Pseudonymize(PseudonymDomain, string)"/>, for an identifier where it stands in a note.</summary>
    internal string Pseudonymize(PseudonymDomain domain, ReadOnlySpan<char> identifier) =>
        _pseudonymizer.Pseudonymize(domain, Scope, identifier).Value;

    internal void Count(string detector, int replacements)
    {
        if (replacements > 0)
        {
            _counts[detector] = _counts.GetValueOrDefault(detector) + replacements;
        }
    }
}
