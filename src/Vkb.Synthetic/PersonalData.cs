using System.Collections;

namespace Vkb.Synthetic;

/// <summary>The kinds of personal data the generator plants in a record.</summary>
public enum PersonalDataCategory
{
    /// <summary>A token of the customer's first or last name, e.g. "Anna", "Müller".</summary>
    CustomerName,

    /// <summary>A token of the customer's birth name when it differs from the last name.</summary>
    BirthName,

    /// <summary>A token of the case worker's or team lead's name.</summary>
    StaffName,

    /// <summary>A token of a third person's name in a note (relative, landlord, employer, other customer).</summary>
    ThirdPartyName,

    /// <summary>A customer number ("962D123456"), the record's own or another customer's quoted in a note.</summary>
    CustomerNumber,

    /// <summary>A household number ("96201BG0012345").</summary>
    HouseholdNumber,

    /// <summary>A street and house number ("Lindenstraße 12").</summary>
    StreetAddress,

    /// <summary>A postcode with its city ("40210 Düsseldorf"); a city alone is not personal.</summary>
    PostcodeCity,

    /// <summary>A phone number, digits as written.</summary>
    Phone,

    /// <summary>An e-mail address.</summary>
    Email,

    /// <summary>An IBAN without spaces.</summary>
    Iban,

    /// <summary>An 11-digit tax identification number.</summary>
    TaxId,

    /// <summary>A 12-character pension insurance number.</summary>
    PensionInsuranceNumber,

    /// <summary>A date of birth in ISO form ("1984-07-12").</summary>
    BirthDate,

    /// <summary>A staff id ("MA-0815", "TL-4711").</summary>
    StaffId,
}

/// <summary>One planted personal-data string: a value that must not survive pseudonymisation.</summary>
/// <param name="Category">What kind of personal data it is.</param>
/// <param name="Value">The canonical value (see <see cref="PersonalDataCategory"/> for the forms).</param>
public readonly record struct PlantedValue(PersonalDataCategory Category, string Value);

/// <summary>
/// The ground truth of one record: every personal-data string the generator planted in it,
/// per category, without duplicates, in the order first planted.
/// </summary>
/// <remarks>Immutable and thread-safe.</remarks>
[System.Diagnostics.CodeAnalysis.SuppressMessage("Naming", "CA1710:Identifiers should have correct suffix", Justification = "The name is fixed by the API contract agreed with Vkb.Pseudonymization.")]
public sealed class PlantedPersonalData : IReadOnlyCollection<PlantedValue>
{
    private static readonly int CategoryCount = Enum.GetValues<PersonalDataCategory>().Length;
    private readonly PlantedValue[] _values;
    private string[][]? _byCategory;

    internal PlantedPersonalData(List<PlantedValue> values)
    {
        var seen = new HashSet<PlantedValue>(values.Count);
        var list = new List<PlantedValue>(values.Count);
        foreach (var value in values)
        {
            if (seen.Add(value))
            {
                list.Add(value);
            }
        }

        _values = [.. list];
    }

    /// <summary>The number of planted values.</summary>
    public int Count => _values.Length;

    /// <summary>The planted values of one category (empty if none).</summary>
    /// <param name="category">The category.</param>
    /// <returns>The values, in the order first planted.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="category"/> is not defined.</exception>
    public IReadOnlyList<string> this[PersonalDataCategory category]
    {
        get
        {
            Preconditions.CheckArgumentRange((int)category, 0, CategoryCount - 1, nameof(category));
            var byCategory = _byCategory;
            if (byCategory is null)
            {
                // Benign race: two threads may both build the same arrays.
                byCategory = new string[CategoryCount][];
                for (var c = 0; c < CategoryCount; c++)
                {
                    var current = (PersonalDataCategory)c;
                    byCategory[c] = [.. _values.Where(v => v.Category == current).Select(v => v.Value)];
                }

                _byCategory = byCategory;
            }

            return byCategory[(int)category];
        }
    }

    /// <inheritdoc />
    public IEnumerator<PlantedValue> GetEnumerator() => ((IEnumerable<PlantedValue>)_values).GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
