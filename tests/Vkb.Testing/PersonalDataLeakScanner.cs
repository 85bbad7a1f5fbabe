using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using Vkb.Synthetic;

namespace Vkb.Testing;

/// <summary>A planted personal-data value found in an output.</summary>
/// <param name="Category">The category of the planted value.</param>
/// <param name="Value">The planted value (synthetic data; safe to print in a test failure).</param>
/// <param name="MatchedForm">The normalised form that matched.</param>
public sealed record Leak(PersonalDataCategory Category, string Value, string MatchedForm)
{
    /// <inheritdoc />
    public override string ToString() => $"{Category}: '{Value}' (matched as '{MatchedForm}')";
}

/// <summary>
/// Finds planted personal data (the generator's ground truth) in an output text, in the spellings
/// a pseudonymiser must also catch. The output is first JSON-unescaped (\n, \uXXXX ...), then:
/// <list type="bullet">
/// <item>names: case-folded and transliterated (ü→ue, ö→oe, ä→ae, ß→ss) on both sides, on word
/// boundaries, also inflected with a trailing "s" or "'";</item>
/// <item>identifiers (customer, household and staff numbers, IBAN, tax id, pension number):
/// case-folded with everything but letters and digits removed on both sides; phone numbers as
/// their national significant number (without +49, 0049, (0) and the leading 0);</item>
/// <item>e-mail addresses case-folded, with "(at)", "[at]", "[dot]" read as "@" and ".";</item>
/// <item>street addresses ("Lindenstraße 12", also "Lindenstr. 12"), postcode with city, birth
/// dates (ISO, dd.MM.yyyy, d.M.yyyy, dd.MM.yy, d.M.yy, "12. Juli 1984") case-folded with
/// whitespace collapsed and digit boundaries.</item>
/// </list>
/// A postcode alone, a city alone or a shifted date do not match.
/// </summary>
/// <remarks>Stateless and thread-safe. Uses one Aho–Corasick pass per view, so scanning a whole
/// extract against all its records' ground truth is linear in the text. Without boundaries in the
/// identifier view, a merged scan over a very large output may, rarely, report a digit sequence
/// that only looks like a phone number; per-record scans do not have that problem in practice.</remarks>
public static partial class PersonalDataLeakScanner
{
    private static readonly string[] GermanMonths =
    [
        "januar", "februar", "maerz", "april", "mai", "juni", "juli", "august", "september", "oktober", "november", "dezember",
    ];

    /// <summary>Scans <paramref name="outputText"/> for the values planted in one record.</summary>
    /// <param name="outputText">The output (e.g. the pseudonymised record's JSON line).</param>
    /// <param name="planted">The record's ground truth.</param>
    /// <returns>Every planted value found, once each.</returns>
    public static IReadOnlyList<Leak> Scan(string outputText, PlantedPersonalData planted)
    {
        ArgumentNullException.ThrowIfNull(planted);
        return Scan(outputText, [planted]);
    }

    /// <summary>Scans <paramref name="outputText"/> for the values planted in any of many records.</summary>
    /// <param name="outputText">The whole output.</param>
    /// <param name="planted">The ground truth of every record.</param>
    /// <returns>Every planted value found, once each.</returns>
    public static IReadOnlyList<Leak> Scan(string outputText, IEnumerable<PlantedPersonalData> planted) =>
        Compile(planted).Scan(outputText);

    /// <summary>
    /// Prepares a matcher for the values planted in many records, to scan many outputs without
    /// rebuilding the automaton each time.
    /// </summary>
    /// <param name="planted">The ground truth of every record.</param>
    /// <returns>A reusable, thread-safe matcher.</returns>
    public static LeakMatcher Compile(IEnumerable<PlantedPersonalData> planted)
    {
        ArgumentNullException.ThrowIfNull(planted);
        var textPatterns = new PatternSet();
        var alnumPatterns = new PatternSet();
        foreach (var value in planted.SelectMany(p => p).Distinct())
        {
            AddPatterns(value, textPatterns, alnumPatterns);
        }

        textPatterns.Build();
        alnumPatterns.Build();
        return new LeakMatcher(textPatterns, alnumPatterns);
    }

    /// <summary>Case-folds and transliterates: lower case (invariant), ä→ae, ö→oe, ü→ue, ß→ss.</summary>
    /// <param name="text">Any text.</param>
    /// <returns>The folded text.</returns>
    public static string Fold(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var builder = new StringBuilder(text.Length + 8);
        foreach (var c in text.ToLowerInvariant())
        {
            switch (c)
            {
                case 'ä': builder.Append("ae"); break;
                case 'ö': builder.Append("oe"); break;
                case 'ü': builder.Append("ue"); break;
                case 'ß': builder.Append("ss"); break;
                default: builder.Append(c); break;
            }
        }

        return builder.ToString();
    }

    /// <summary>The national significant number of a phone number (digits only, no country code, no leading 0).</summary>
    /// <param name="phone">A phone number as written.</param>
    /// <returns>The digits.</returns>
    public static string NationalSignificantNumber(string phone)
    {
        ArgumentNullException.ThrowIfNull(phone);
        var trimmed = phone.Trim().Replace("(0)", string.Empty, StringComparison.Ordinal);
        var digits = new string([.. trimmed.Where(char.IsAsciiDigit)]);
        if (trimmed.StartsWith('+') && digits.StartsWith("49", StringComparison.Ordinal))
        {
            digits = digits[2..];
        }
        else if (digits.StartsWith("0049", StringComparison.Ordinal))
        {
            digits = digits[4..];
        }

        return digits.TrimStart('0');
    }

    private static void AddPatterns(PlantedValue value, PatternSet text, PatternSet alnum)
    {
        var v = value.Value;
        switch (value.Category)
        {
            case PersonalDataCategory.CustomerName:
            case PersonalDataCategory.BirthName:
            case PersonalDataCategory.StaffName:
            case PersonalDataCategory.ThirdPartyName:
                text.Add(Collapse(Fold(v)), value, Boundary.Word);
                break;
            case PersonalDataCategory.Email:
                text.Add(Fold(v), value, Boundary.Email);
                break;
            case PersonalDataCategory.StreetAddress:
                var street = Collapse(Fold(v));
                text.Add(street, value, Boundary.Address);
                if (street.Contains("strasse ", StringComparison.Ordinal))
                {
                    text.Add(street.Replace("strasse ", "str. ", StringComparison.Ordinal), value, Boundary.Address);
                    text.Add(street.Replace("strasse ", "str ", StringComparison.Ordinal), value, Boundary.Address);
                }

                break;
            case PersonalDataCategory.PostcodeCity:
                var postcodeCity = Collapse(Fold(v));
                text.Add(postcodeCity, value, Boundary.Address);
                var space = postcodeCity.IndexOf(' ', StringComparison.Ordinal);
                if (space > 0)
                {
                    // The same pair as two JSON fields of an address object: "postcode":"40210","city":"Düsseldorf".
                    text.Add(postcodeCity[..space] + "\",\"city\":\"" + postcodeCity[(space + 1)..], value, Boundary.Address);
                }

                break;
            case PersonalDataCategory.BirthDate:
                if (DateOnly.TryParseExact(v, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
                {
                    foreach (var form in DateForms(date))
                    {
                        text.Add(form, value, Boundary.Digits);
                    }
                }
                else
                {
                    text.Add(Fold(v), value, Boundary.Digits);
                }

                break;
            case PersonalDataCategory.Phone:
                var nsn = NationalSignificantNumber(v);
                if (nsn.Length >= 6)
                {
                    alnum.Add(nsn, value, Boundary.None);
                }

                break;
            default:
                var folded = AlnumView(Fold(v));
                if (folded.Length >= 4)
                {
                    alnum.Add(folded, value, Boundary.None);
                }

                break;
        }
    }

    private static IEnumerable<string> DateForms(DateOnly d)
    {
        var c = CultureInfo.InvariantCulture;
        yield return d.ToString("yyyy-MM-dd", c);
        yield return d.ToString("dd.MM.yyyy", c);
        yield return d.ToString("d.M.yyyy", c);
        yield return d.ToString("dd.MM.yy", c);
        yield return d.ToString("d.M.yy", c);
        yield return string.Create(c, $"{d.Day}. {GermanMonths[d.Month - 1]} {d.Year}");
        yield return string.Create(c, $"{d.Day:D2}. {GermanMonths[d.Month - 1]} {d.Year}");
    }

    /// <summary>JSON-unescapes, folds, reads obfuscated e-mail addresses and collapses whitespace.</summary>
    private static string TextView(string output)
    {
        var unescaped = new StringBuilder(output.Length);
        for (var i = 0; i < output.Length; i++)
        {
            var c = output[i];
            if (c == '\\' && i + 1 < output.Length)
            {
                var n = output[i + 1];
                if (n is 'n' or 'r' or 't' or 'b' or 'f')
                {
                    unescaped.Append(' ');
                    i++;
                    continue;
                }

                if (n == 'u' && i + 5 < output.Length &&
                    int.TryParse(output.AsSpan(i + 2, 4), NumberStyles.HexNumber, CultureInfo.InvariantCulture, out var code))
                {
                    unescaped.Append((char)code);
                    i += 5;
                    continue;
                }

                if (n is '"' or '\\' or '/')
                {
                    unescaped.Append(n);
                    i++;
                    continue;
                }
            }

            unescaped.Append(c);
        }

        var folded = Fold(unescaped.ToString());
        folded = AtPattern().Replace(folded, "@");
        folded = DotPattern().Replace(folded, ".");
        return Collapse(folded);
    }

    private static string Collapse(string text) => WhitespacePattern().Replace(text, " ");

    private static string AlnumView(string folded)
    {
        var builder = new StringBuilder(folded.Length);
        foreach (var c in folded)
        {
            if (char.IsLetterOrDigit(c))
            {
                builder.Append(c);
            }
        }

        return builder.ToString();
    }

    [GeneratedRegex(@"\s*[\(\[\{]\s*at\s*[\)\]\}]\s*")]
    private static partial Regex AtPattern();

    [GeneratedRegex(@"\s*[\(\[\{]\s*dot\s*[\)\]\}]\s*")]
    private static partial Regex DotPattern();

    [GeneratedRegex(@"\s+")]
    private static partial Regex WhitespacePattern();

    internal enum Boundary
    {
        None,
        Word,
        Digits,
        Address,
        Email,
    }

    /// <summary>A compiled set of planted values; see <see cref="Compile"/>.</summary>
    /// <remarks>Immutable after construction and thread-safe.</remarks>
    public sealed class LeakMatcher
    {
        private readonly PatternSet _text;
        private readonly PatternSet _alnum;

        internal LeakMatcher(PatternSet text, PatternSet alnum)
        {
            _text = text;
            _alnum = alnum;
        }

        /// <summary>Scans one output.</summary>
        /// <param name="outputText">The output text.</param>
        /// <returns>Every planted value found, once each.</returns>
        public IReadOnlyList<Leak> Scan(string outputText)
        {
            ArgumentNullException.ThrowIfNull(outputText);
            var text = TextView(outputText);
            var alnum = AlnumView(text);
            var found = new Dictionary<PlantedValue, string>();
            _text.Search(text, found);
            _alnum.Search(alnum, found);
            return [.. found.Select(kv => new Leak(kv.Key.Category, kv.Key.Value, kv.Value))];
        }
    }

    /// <summary>An Aho–Corasick automaton over folded patterns.</summary>
    internal sealed class PatternSet
    {
        private readonly List<Dictionary<char, int>> _next = [new()];
        private readonly List<int> _fail = [0];
        private readonly List<List<(int Length, PlantedValue Value, Boundary Boundary, string Form)>> _outputs = [[]];
        private bool _built;

        public void Add(string pattern, PlantedValue value, Boundary boundary)
        {
            if (pattern.Length == 0)
            {
                return;
            }

            var node = 0;
            foreach (var c in pattern)
            {
                if (!_next[node].TryGetValue(c, out var child))
                {
                    child = _next.Count;
                    _next.Add([]);
                    _fail.Add(0);
                    _outputs.Add([]);
                    _next[node][c] = child;
                }

                node = child;
            }

            _outputs[node].Add((pattern.Length, value, boundary, pattern));
        }

        public void Search(string text, Dictionary<PlantedValue, string> found)
        {
            Build();
            var node = 0;
            for (var i = 0; i < text.Length; i++)
            {
                var c = text[i];
                while (node != 0 && !_next[node].ContainsKey(c))
                {
                    node = _fail[node];
                }

                node = _next[node].TryGetValue(c, out var child) ? child : 0;
                for (var n = node; n != 0; n = _fail[n])
                {
                    foreach (var (length, value, boundary, form) in _outputs[n])
                    {
                        if (!found.ContainsKey(value) && BoundaryHolds(text, i - length + 1, i + 1, boundary))
                        {
                            found[value] = form;
                        }
                    }
                }
            }
        }

        private static bool BoundaryHolds(string text, int start, int end, Boundary boundary)
        {
            var before = start > 0 ? text[start - 1] : ' ';
            var after = end < text.Length ? text[end] : ' ';
            switch (boundary)
            {
                case Boundary.Word:
                    if (char.IsLetterOrDigit(before))
                    {
                        return false;
                    }

                    if (!char.IsLetterOrDigit(after))
                    {
                        return true;
                    }

                    // Inflected: "Müllers", "Müllers'".
                    var afterNext = end + 1 < text.Length ? text[end + 1] : ' ';
                    return after == 's' && !char.IsLetterOrDigit(afterNext);
                case Boundary.Digits:
                    return !char.IsAsciiDigit(before) && !char.IsAsciiDigit(after);
                case Boundary.Address:
                    return !char.IsLetterOrDigit(before) && !char.IsLetterOrDigit(after);
                case Boundary.Email:
                    return !char.IsLetterOrDigit(before) && before is not ('.' or '_' or '-' or '+' or '%') && !char.IsLetterOrDigit(after);
                default:
                    return true;
            }
        }

        public void Build()
        {
            if (_built)
            {
                return;
            }

            _built = true;
            var queue = new Queue<int>();
            foreach (var child in _next[0].Values)
            {
                _fail[child] = 0;
                queue.Enqueue(child);
            }

            while (queue.Count > 0)
            {
                var node = queue.Dequeue();
                foreach (var (c, child) in _next[node])
                {
                    var f = _fail[node];
                    while (f != 0 && !_next[f].ContainsKey(c))
                    {
                        f = _fail[f];
                    }

                    _fail[child] = _next[f].TryGetValue(c, out var target) && target != child ? target : 0;
                    queue.Enqueue(child);
                }
            }
        }
    }
}
