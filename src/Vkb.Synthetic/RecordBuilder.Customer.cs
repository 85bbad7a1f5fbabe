using System.Globalization;
using NodaTime;
using Vkb.Synthetic.Data;

namespace Vkb.Synthetic;

/// <summary>A phone number: dialling code with leading 0, subscriber number, and the form written in the record.</summary>
internal sealed record PhoneNumber(string AreaCode, string Subscriber, string AsWritten);

/// <summary>The customer of the current record (personal data, synthetic).</summary>
internal sealed record Customer(
    string FirstName,
    string LastName,
    string BirthName,
    LocalDate BirthDate,
    string Gender,
    string Nationality,
    NameOrigin Origin,
    string Street,
    string Postcode,
    string City,
    PhoneNumber Phone,
    string Email,
    string Iban,
    string TaxId,
    string PensionInsuranceNumber,
    string CustomerNumber,
    string? HouseholdNumber);

internal sealed partial class RecordBuilder
{
    private const string CustomerLetters = "ABCDEHKLMNPRSTVW";
    private static readonly string[] MobilePrefixes = ["0151", "0152", "0157", "0160", "0162", "0170", "0171", "0176", "0177", "0179"];
    private static readonly string[] MailDomains = ["example.org", "example.com", "example.net", "mail.example", "post.example"];

    private Customer DrawCustomer(int localIndex, long index, int position)
    {
        var origin = PickOrigin();
        var genderRoll = _rng.Next(1000);
        var gender = Genders[genderRoll < 495 ? 0 : genderRoll < 995 ? 1 : 2];
        var female = gender == "f" || (gender == "d" && _rng.Chance(0.5));
        var first = _rng.Pick(female ? origin.Female : origin.Male);
        var last = DrawLastName(origin);
        var birthName = female && _rng.Chance(0.3) ? DrawLastName(_rng.Chance(0.8) ? origin : Names.Origins[0]) : last;

        var age = _rng.Next(18, 65);
        var birthDate = _birthAnchor.PlusYears(-age - 1).PlusDays(_rng.Next(1, 366));
        var nationality = origin.Nationality == "DE" || _rng.Chance(0.25) ? "DE" : origin.Nationality;

        var directorate = _unit.Directorate;
        var place = _rng.Chance(0.85) ? directorate.Places[_unit.PlaceIndex] : _rng.Pick(directorate.Places);
        var postcode = _rng.Pick(place.Postcodes);
        var street = StreetWithNumber();

        var phone = DrawPhone(place.AreaCode);
        var email = DrawEmail(first, last, birthDate);
        var iban = Identifiers.Iban(ref _rng);
        var taxId = Identifiers.TaxId(ref _rng);
        var initial = Names.Transliterate(Names.Tokens(birthName).FirstOrDefault() ?? birthName)[0];
        var pension = Identifiers.PensionInsuranceNumber(ref _rng, directorate.PensionArea, birthDate, initial, female);

        var salt = (int)(Prng.ForStream(_seed, 2, (ulong)_unit.AgencyNumber).NextUInt64() % 1_000_000);
        var number = (int)((((long)(localIndex + _unit.CustomerNumberOffset) * 7919) + salt) % 1_000_000);
        var customerNumber = Identifiers.CustomerNumber(_unit.AgencyNumber, CustomerLetters[_rng.Next(CustomerLetters.Length)], number);

        // About one record in ten shares the household of the record before it (same team); an
        // SGB III case has no household (Bedarfsgemeinschaft is an SGB II notion).
        var householdLocal = position > 0 && JoinsPrevious(index) && !JoinsPrevious(index - 1) ? localIndex - 1 : localIndex;
        var householdNumber = _unit is JobCentreInfo
            ? Identifiers.HouseholdNumber(_unit.Id, (int)((((long)householdLocal * 104_729) + (salt * 7L) + 1_234_567) % 10_000_000))
            : null;

        return new Customer(first, last, birthName, birthDate, gender, nationality, origin, street, postcode, place.City,
            phone, email, iban, taxId, pension, customerNumber, householdNumber);
    }

    private bool JoinsPrevious(long index)
    {
        var x = _seed ^ ((ulong)index * 0xA24BAED4963EE407UL);
        return Prng.SplitMix64(ref x) % 100 < 10;
    }

    private NameOrigin PickOrigin()
    {
        var r = _rng.NextDouble();
        foreach (var origin in Names.Origins)
        {
            r -= origin.Weight;
            if (r < 0)
            {
                return origin;
            }
        }

        return Names.Origins[0];
    }

    private string DrawLastName(NameOrigin origin)
    {
        if (origin.Nationality == "DE")
        {
            var r = _rng.Next(100);
            if (r < 6)
            {
                string second;
                var firstPart = _rng.Pick(origin.Last);
                do
                {
                    second = _rng.Pick(origin.Last);
                }
                while (second == firstPart);
                return firstPart + "-" + second;
            }

            if (r < 10)
            {
                return _rng.Pick(Names.WithParticle);
            }
        }

        return _rng.Pick(origin.Last);
    }

    private string StreetWithNumber()
    {
        var number = _rng.Next(1, 160).ToString(CultureInfo.InvariantCulture);
        if (_rng.Chance(0.1))
        {
            number += (char)('a' + _rng.Next(4));
        }

        return _rng.Pick(Places.Streets) + " " + number;
    }

    private PhoneNumber DrawPhone(string areaCode)
    {
        string area;
        string subscriber;
        if (_rng.Chance(0.6))
        {
            area = _rng.Pick(MobilePrefixes);
            subscriber = _rng.Next(2, 10).ToString(CultureInfo.InvariantCulture) + _rng.Digits(_rng.Chance(0.5) ? 6 : 7);
        }
        else
        {
            area = areaCode;
            subscriber = _rng.Next(2, 10).ToString(CultureInfo.InvariantCulture) + _rng.Digits(Math.Max(4, 9 - area.Length));
        }

        var written = _rng.Chance(0.5) ? "+49 " + area[1..] + " " + subscriber : area + " " + subscriber;
        return new PhoneNumber(area, subscriber, written);
    }

    private string DrawEmail(string first, string last, LocalDate birthDate)
    {
        var f = OrganisationBuilder.EmailLocal(first);
        var l = OrganisationBuilder.EmailLocal(last.Replace(' ', '-'));
        var domain = _rng.Pick(MailDomains);
        return _rng.Next(5) switch
        {
            0 => $"{f}.{l}@{domain}",
            1 => $"{f[0]}.{l}@{domain}",
            2 => string.Create(CultureInfo.InvariantCulture, $"{f}{l}{birthDate.Year % 100:D2}@{domain}"),
            3 => $"{l}.{f}@{domain}",
            _ => string.Create(CultureInfo.InvariantCulture, $"{f}_{l}{_rng.Next(1, 100)}@{domain}"),
        };
    }
}
