using System.Globalization;
using System.Text;
using NodaTime;
using Vkb.Synthetic.Data;

namespace Vkb.Synthetic;

/// <summary>
/// Notes written the way case workers type them: the customer by name in every spelling, third
/// persons after an introducer ("Vermieter Schneider", "Fr. Yilmaz"), identifiers with spaces,
/// dots and dashes, obfuscated e-mail addresses, dates in four formats and line breaks. Every
/// personal-data string written is added to the record's ground truth.
/// </summary>
internal sealed partial class RecordBuilder
{
    private static readonly string[] GermanMonths =
    [
        "Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September", "Oktober", "November", "Dezember",
    ];

    private static readonly string[] RelativeMale = ["Ehemann", "Partner", "Sohn", "Vater", "Bruder"];
    private static readonly string[] RelativeFemale = ["Ehefrau", "Partnerin", "Tochter", "Mutter", "Schwester"];
    private static readonly string[] OtherIntroducersMale = ["Vermieter", "Arbeitgeber", "Nachbar", "Betreuer", "Ansprechpartner", "Herr", "Herrn", "Hr.", "Dr."];
    private static readonly string[] OtherIntroducersFemale = ["Vermieterin", "Arbeitgeberin", "Nachbarin", "Betreuerin", "Ansprechpartnerin", "Frau", "Fr.", "Dr."];

    private static readonly string[] PlainSentences =
    [
        "Kunde telefonisch nicht erreichbar.",
        "Bewerbungsunterlagen besprochen, Lebenslauf wird überarbeitet.",
        "Kooperationsplan fortgeschrieben.",
        "Eingliederungsziel unverändert, nächster Termin in 4 Wochen.",
        "Termin unentschuldigt versäumt, Einladung erneut versandt.",
        "Vermittlungsvorschlag ausgehändigt.",
        "AU-Bescheinigung liegt vor.",
        "Gesprächsvermerk: Motivation gut, Mobilität eingeschränkt (kein Führerschein).",
        "Sprachkurs B1 abgeschlossen, Zertifikat in Kopie zur Akte.",
        "Kinderbetreuung weiterhin ungeklärt.",
        "Schulden- und Suchtberatung angeboten, Kd. lehnt derzeit ab.",
        "Profiling aktualisiert.",
    ];

    private readonly StringBuilder _note = new(512);
    private int _lastKind = -1;

    private string Note(LocalDate eventDate)
    {
        _note.Clear();
        var sentences = _rng.Next(1, 4);
        _lastKind = -1;
        for (var i = 0; i < sentences; i++)
        {
            if (i > 0)
            {
                var separator = _rng.Next(10);
                _note.Append(separator < 6 ? " " : separator < 9 ? "\n" : "\n\n");
            }

            AppendSentence(eventDate);
        }

        return _note.ToString();
    }

    private void AppendSentence(LocalDate eventDate)
    {
        var c = _customer;
        var kind = _rng.Next(22);
        if (kind == _lastKind)
        {
            kind = (kind + 1 + _rng.Next(21)) % 22;
        }

        _lastKind = kind;
        switch (kind)
        {
            case 0:
                _note.Append(CustomerReference()).Append(" erschienen, ").Append(_rng.Pick(PlainSentences));
                break;
            case 1:
                _note.Append("Rücksprache mit ").Append(CustomerReference()).Append(" am ").Append(DateInText(eventDate.PlusDays(_rng.Next(1, 15)))).Append('.');
                break;
            case 2:
                _note.Append(CustomerInflected()).Append(" Unterlagen vollständig.");
                break;
            case 3:
                _note.Append(ThirdParty(relative: false)).Append(" hat sich gemeldet, ").Append(_rng.Chance(0.5) ? "Mietbescheinigung folgt." : "bestätigt Probearbeit ab " + DateInText(eventDate.PlusDays(_rng.Next(3, 30))) + ".");
                break;
            case 4:
                _note.Append(ThirdParty(relative: true)).Append(_rng.Chance(0.5) ? " lebt mit in der BG." : " ist erkrankt, Kd. betreut.");
                break;
            case 5:
                _note.Append("Rückruf unter ").Append(PhoneInText(c.Phone)).Append(" vereinbart.");
                break;
            case 6:
                _note.Append("Unterlagen per Mail an ").Append(EmailInText(c.Email)).Append(" geschickt.");
                break;
            case 7:
                _note.Append("Verwechslung mit ").Append(CustomerNumberInText(OtherCustomerNumber())).Append(" ausgeräumt.");
                break;
            case 8:
                _note.Append(_rng.Chance(0.5) ? "Eigene " : "Kd. ").Append(CustomerNumberInText(c.CustomerNumber)).Append(" auf Antrag ergänzt.");
                break;
            case 9:
                _note.Append("Neue Bankverbindung: IBAN ").Append(IbanInText(c.Iban)).Append('.');
                break;
            case 10:
                _note.Append(TaxIdInText(c.TaxId)).Append(" liegt vor.");
                break;
            case 11:
                _note.Append(PensionInText(c.PensionInsuranceNumber)).Append(" nachgereicht.");
                break;
            case 12:
                _note.Append("Identität geprüft, ").Append(BirthDateInText(c.BirthDate)).Append('.');
                break;
            case 13:
                _note.Append("Anschrift: ").Append(AddressInText(c.Street, c.Postcode, c.City)).Append('.');
                break;
            case 14:
                _note.Append("Kd. zieht um, neue Anschrift ").Append(NewAddressInText()).Append('.');
                break;
            case 15:
                _note.Append("Rücksprache mit ").Append(StaffReference(_caseWorker)).Append(", Übergabe an TL ").Append(StaffReference(_team.TeamLead)).Append('.');
                break;
            case 16:
                _note.Append("Kopie an ").Append(_rng.Chance(0.5) ? EmailInText(_caseWorker.Email) : "Durchwahl " + _caseWorker.Phone).Append('.');
                break;
            case 17 when c.HouseholdNumber is { } household:
                _note.Append(HouseholdInText(household)).Append(": Bescheid erteilt.");
                break;
            case 17:
                _note.Append("Bescheid über Arbeitslosengeld erteilt.");
                break;
            case 18:
                _note.Append("Vorstellungsgespräch bei ").Append(Company()).Append(" am ").Append(DateInText(eventDate.PlusDays(_rng.Next(2, 21)))).Append('.');
                break;
            case 19:
                if (!string.Equals(c.BirthName, c.LastName, StringComparison.Ordinal))
                {
                    _note.Append("Kd. (geb. ").Append(Spell(c.BirthName)).Append(") legt Heiratsurkunde vor.");
                }
                else
                {
                    _note.Append(_rng.Pick(PlainSentences));
                }

                break;
            default:
                _note.Append(_rng.Pick(PlainSentences));
                break;
        }
    }

    /// <summary>The customer in one of the spellings people type; only known tokens, which are already planted.</summary>
    private string CustomerReference()
    {
        var c = _customer;
        var salutation = c.Gender switch
        {
            "f" => _rng.Chance(0.5) ? "Fr." : "Frau",
            "m" => _rng.Chance(0.5) ? "Hr." : "Herr",
            _ => null,
        };
        return _rng.Next(8) switch
        {
            0 => c.FirstName + " " + c.LastName,
            1 => c.FirstName[0] + ". " + c.LastName,
            2 => (salutation ?? c.FirstName) + " " + Names.Transliterate(c.LastName),
            3 => (salutation ?? "Kd.") + " " + c.LastName.ToUpperInvariant(),
            4 => "kd. " + c.LastName.ToLowerInvariant(),
            5 => "Kd. " + c.FirstName,
            _ => (salutation ?? c.FirstName) + " " + c.LastName,
        };
    }

    private string CustomerInflected()
    {
        var last = _customer.LastName;
        var inflected = last[^1] is 's' or 'z' or 'x' or 'ß' ? last + "'" : last + "s";
        return _rng.Chance(0.7) ? inflected : Names.Transliterate(inflected);
    }

    private string StaffReference(StaffMember staff) => _rng.Next(4) switch
    {
        0 => (staff.Female ? "Fr. " : "Hr. ") + staff.LastName,
        1 => staff.FirstName[0] + ". " + staff.LastName,
        2 => "Koll. " + staff.LastName,
        _ => staff.FirstName + " " + staff.LastName,
    };

    private string Spell(string name) => _rng.Next(4) switch
    {
        0 => Names.Transliterate(name),
        1 => name.ToUpperInvariant(),
        _ => name,
    };

    private string ThirdParty(bool relative)
    {
        var origin = _rng.Chance(0.7) ? _customer.Origin : Names.Origins[0];
        var female = _rng.Chance(0.5);
        string introducer;
        string name;
        if (relative)
        {
            introducer = _rng.Pick(female ? RelativeFemale : RelativeMale);
            name = _rng.Pick(female ? origin.Female : origin.Male);
        }
        else
        {
            introducer = _rng.Pick(female ? OtherIntroducersFemale : OtherIntroducersMale);
            name = DrawLastName(origin);
        }

        PlantName(PersonalDataCategory.ThirdPartyName, name);
        return introducer + " " + (_rng.Chance(0.15) ? Names.Transliterate(name) : name);
    }

    private string Company()
    {
        var name = _rng.Pick(Names.GermanLast);
        PlantName(PersonalDataCategory.ThirdPartyName, name);
        return _rng.Next(3) switch
        {
            0 => "Firma " + name + " GmbH",
            1 => "Firma " + name + " & Söhne",
            _ => "Firma " + name,
        };
    }

    private string OtherCustomerNumber()
    {
        var number = Identifiers.CustomerNumber(_unit.AgencyNumber, CustomerLetters[_rng.Next(CustomerLetters.Length)], _rng.Next(1_000_000));
        Plant(PersonalDataCategory.CustomerNumber, number);
        return number;
    }

    private string CustomerNumberInText(string number)
    {
        var (agency, letter, digits) = (number[..3], number[3], number[4..]);
        return _rng.Next(6) switch
        {
            0 => $"Kd.-Nr. {agency} {letter} {digits}",
            1 => "kdnr " + number.ToLowerInvariant(),
            2 => $"Kd.-Nr.: {agency}-{letter}-{digits}",
            3 => $"Kundennummer {agency}{letter} {digits}",
            4 => $"Kd-Nr\n{number}",
            _ => "Kd.-Nr. " + number,
        };
    }

    private string HouseholdInText(string number) => _rng.Next(3) switch
    {
        0 => $"BG-Nr. {number[..5]} BG {number[7..]}",
        1 => "bg-nr. " + number.ToLowerInvariant(),
        _ => "BG " + number,
    };

    private string IbanInText(string iban)
    {
        var grouped = new StringBuilder(iban.Length + 6);
        for (var i = 0; i < iban.Length; i++)
        {
            if (i > 0 && i % 4 == 0)
            {
                grouped.Append(' ');
            }

            grouped.Append(iban[i]);
        }

        return _rng.Next(3) switch
        {
            0 => grouped.ToString(),
            1 => iban.ToLowerInvariant(),
            _ => iban,
        };
    }

    private string TaxIdInText(string taxId) => _rng.Next(3) switch
    {
        0 => $"Steuer-ID {taxId[..2]} {taxId[2..5]} {taxId[5..8]} {taxId[8..]}",
        1 => "IdNr. " + taxId,
        _ => $"St-IdNr: {taxId[..2]} {taxId[2..5]} {taxId[5..8]} {taxId[8..]}",
    };

    private string PensionInText(string number) => _rng.Next(3) switch
    {
        0 => $"RV-Nr. {number[..2]} {number[2..8]} {number[8]} {number[9..]}",
        1 => "VSNR " + number,
        _ => $"rv-nr {number[..2]}-{number[2..8]}-{char.ToLowerInvariant(number[8])}-{number[9..11]}-{number[11]}",
    };

    private string BirthDateInText(LocalDate date) => _rng.Next(4) switch
    {
        0 => "geb. " + date.ToString("dd.MM.yyyy", CultureInfo.InvariantCulture),
        1 => "geb. am " + date.ToString("d.M.yy", CultureInfo.InvariantCulture),
        2 => "Geburtsdatum " + DateText(date),
        _ => string.Create(CultureInfo.InvariantCulture, $"geb. {date.Day}. {GermanMonths[date.Month - 1]} {date.Year}"),
    };

    /// <summary>A date that is not personal (appointments, trial work): shifted by the pseudonymiser, not planted.</summary>
    private string DateInText(LocalDate date) => _rng.Next(4) switch
    {
        0 => date.ToString("dd.MM.yyyy", CultureInfo.InvariantCulture),
        1 => date.ToString("d.M.yy", CultureInfo.InvariantCulture),
        2 => DateText(date),
        _ => string.Create(CultureInfo.InvariantCulture, $"{date.Day}. {GermanMonths[date.Month - 1]} {date.Year}"),
    };

    private string PhoneInText(PhoneNumber phone)
    {
        var subscriber = phone.Subscriber;
        return _rng.Next(5) switch
        {
            0 => phone.AreaCode + "/" + subscriber,
            1 => "+49 (0)" + phone.AreaCode[1..] + " " + Pairs(subscriber),
            2 => phone.AreaCode + "-" + subscriber,
            3 => "0049 " + phone.AreaCode[1..] + " " + subscriber,
            _ => "Tel.\n" + phone.AreaCode + " " + subscriber,
        };
    }

    private static string Pairs(string digits)
    {
        if (digits.Length <= 4)
        {
            return digits;
        }

        var builder = new StringBuilder(digits[..3]);
        for (var i = 3; i < digits.Length; i += 2)
        {
            builder.Append(' ').Append(digits.AsSpan(i, Math.Min(2, digits.Length - i)));
        }

        return builder.ToString();
    }

    private string EmailInText(string email)
    {
        var at = email.IndexOf('@', StringComparison.Ordinal);
        var (local, domain) = (email[..at], email[(at + 1)..]);
        return _rng.Next(5) switch
        {
            0 => local + "(at)" + domain,
            1 => local + " [at] " + domain.Replace(".", " [dot] ", StringComparison.Ordinal),
            2 => email.ToUpperInvariant(),
            _ => email,
        };
    }

    private string AddressInText(string street, string postcode, string city)
    {
        var shortStreet = street.Replace("straße", "str.", StringComparison.Ordinal).Replace("Straße", "Str.", StringComparison.Ordinal);
        return _rng.Next(4) switch
        {
            0 => street + ", " + postcode + " " + city,
            1 => shortStreet + " in " + postcode + " " + city,
            2 => Names.Transliterate(street) + "\n" + postcode + " " + city,
            _ => street + " (" + postcode + " " + city + ")",
        };
    }

    private string NewAddressInText()
    {
        var directorate = _unit.Directorate;
        var place = _rng.Pick(directorate.Places);
        var street = StreetWithNumber();
        var postcode = _rng.Pick(place.Postcodes);
        Plant(PersonalDataCategory.StreetAddress, street);
        Plant(PersonalDataCategory.PostcodeCity, postcode + " " + place.City);
        return AddressInText(street, postcode, place.City);
    }
}
