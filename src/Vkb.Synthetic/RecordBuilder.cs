using System.Buffers;
using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using NodaTime;
using Vkb.Synthetic.Data;

namespace Vkb.Synthetic;

/// <summary>
/// Builds one record from (seed, index): draws the customer, the history and the notes from the
/// record's own random stream and writes the JSON line. Reuses its buffers; not thread-safe.
/// </summary>
internal sealed partial class RecordBuilder : IDisposable
{
    /// <summary>
    /// The fixed encoder: <see cref="JavaScriptEncoder.UnsafeRelaxedJsonEscaping"/> leaves umlauts
    /// and "§" readable and escapes only what JSON requires (quotes, backslash, control characters).
    /// The output is never embedded in HTML, so the relaxed escaping is safe here.
    /// </summary>
    private static readonly JsonWriterOptions WriterOptions = new()
    {
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        Indented = false,
        SkipValidation = false,
    };

    private static readonly string[] Genders = ["f", "m", "d"];
    private static readonly string[] Profiles = ["market", "activation", "support", "development", "stabilisation", "assistance"];
    private static readonly string[] Channels = ["inPerson", "phone", "video"];
    private static readonly string[] EventTypes =
    [
        "counselling", "counselling", "counselling", "placementProposal", "invitation", "missedAppointment",
        "cooperationPlan", "applicationReview", "statusUpdate", "hearing", "caseConference", "employerContact",
    ];

    private static readonly string[] MeasureKinds =
    [
        "activation", "qualification", "coaching", "wageSubsidy", "languageCourse", "workOpportunity", "jobApplicationTraining",
    ];

    /// <summary>Share of SGB II placement cases in employment-oriented case management (about 28 % of all SGB II cases, as before it was folded into placement).</summary>
    private const double CaseManagementShareSgb2 = 0.32;

    /// <summary>Share of SGB III placement cases in case management.</summary>
    private const double CaseManagementShareSgb3 = 0.10;

    private static readonly string[] ExitReasons = ["employment", "goalAchieved", "transferToPlacement", "moved", "noCooperation", "incapacity"];

    private readonly ExtractShape _shape;
    private readonly ulong _seed;
    private readonly OrganisationUnitInfo[] _units;
    private readonly TeamPlan[] _plans;
    private readonly ArrayBufferWriter<byte> _buffer = new(8192);
    private readonly Utf8JsonWriter _writer;
    private readonly List<PlantedValue> _planted = new(64);
    private readonly LocalDate _windowStart;
    private readonly LocalDate _windowEnd;

    /// <summary>
    /// The date birth dates are drawn against: the same in every review month within <see cref="ExtractShape.StableBirthDateMonths"/>
    /// of the presets' month, so a customer keeps their birth date from month to month (ages 16 to 66 at the edges); further
    /// away the review month's own end, so ages stay 18 to 64 in any year.
    /// </summary>
    private readonly LocalDate _birthAnchor;
    private readonly string _reviewMonthText;

    // The current record; set by Draw.
    private Prng _rng;
    private Customer _customer = null!;
    private StaffMember _caseWorker = null!;
    private TeamInfo _team = null!;
    private OrganisationUnitInfo _unit = null!;

    public RecordBuilder(ExtractShape shape, ulong seed, OrganisationUnitInfo[] units, TeamPlan[] plans)
    {
        _shape = shape;
        _seed = seed;
        _units = units;
        _plans = plans;
        _writer = new Utf8JsonWriter(_buffer, WriterOptions);
        _windowEnd = shape.ReviewMonth.OnDayOfMonth(1).PlusMonths(1).PlusDays(-1);
        _birthAnchor = Math.Abs(shape.MonthsFromDefault) <= ExtractShape.StableBirthDateMonths
            ? ExtractShape.DefaultReviewMonth.OnDayOfMonth(1).PlusMonths(1).PlusDays(-1)
            : _windowEnd;
        _windowStart = shape.ReviewMonth.OnDayOfMonth(1).PlusMonths(-(shape.HistoryMonths - 1));
        _reviewMonthText = MonthText(shape.ReviewMonth);
    }

    public void Dispose() => _writer.Dispose();

    public SyntheticRecord Build(long index)
    {
        var facts = Write(index);
        var json = ExtractGenerator.Utf8(_buffer.WrittenSpan);
        return new SyntheticRecord(
            index, json, _customer.CustomerNumber, _customer.HouseholdNumber, _unit, _team, _caseWorker.Id,
            facts.Flagged, facts.Municipal16a, facts.Group, facts.Process, facts.LegalDomain, facts.InCaseManagement, new PlantedPersonalData(_planted));
    }

    /// <summary>Writes the record and returns its UTF-8 JSON; valid until the next call.</summary>
    public ReadOnlySpan<byte> BuildUtf8(long index)
    {
        Write(index);
        return _buffer.WrittenSpan;
    }

    private RecordFacts Write(long index)
    {
        _buffer.ResetWrittenCount();
        _writer.Reset(_buffer);
        _planted.Clear();
        _rng = Prng.ForStream(_seed, 1, (ulong)index);

        var caseload = _shape.CaseloadPerTeam;
        var teamIndex = (int)(index / caseload);
        var position = (int)(index % caseload);
        _unit = _units[teamIndex / _shape.TeamsPerJobCentre];
        var teamInUnit = teamIndex % _shape.TeamsPerJobCentre;
        _team = _unit.Teams[teamInUnit];
        _caseWorker = _team.CaseWorkers[position % _team.CaseWorkers.Count];
        var plan = _plans[teamIndex];
        var flagged = (int)(((long)position * plan.Multiplier + plan.Offset) % caseload) < plan.FlaggedCount;
        var localIndex = (teamInUnit * caseload) + position;

        // The unit decides the legal domain (P8): job centres hold SGB II cases, agencies SGB III.
        var jobCentre = _unit as JobCentreInfo;
        var legalDomain = _unit.LegalDomain;
        _customer = DrawCustomer(localIndex, index, position);
        var process = DrawProcess(legalDomain);
        var inCaseManagement = process == "placement" && _rng.Chance(jobCentre is null ? CaseManagementShareSgb3 : CaseManagementShareSgb2);
        var group = DrawGroup(process);

        // § 16a SGB II exists only for job centres; a flagged § 16a case of a job centre without consent is not generated.
        var municipal = jobCentre is not null && _rng.Chance(0.12) && (jobCentre.Consents16a || !flagged);

        PlantRecordFields();

        var w = _writer;
        w.WriteStartObject();
        w.WriteString("customerNumber", _customer.CustomerNumber);
        if (_customer.HouseholdNumber is { } household)
        {
            w.WriteString("householdNumber", household);
        }

        w.WriteString("legalDomain", legalDomain);
        w.WriteString("regionalDirectorate", _unit.RegionalDirectorate);
        if (jobCentre is not null)
        {
            w.WriteStartObject("jobCentre");
            w.WriteString("id", jobCentre.Id);
            w.WriteString("name", jobCentre.Name);
            w.WriteBoolean("consents16a", jobCentre.Consents16a);
            w.WriteEndObject();
        }
        else
        {
            w.WriteStartObject("agency");
            w.WriteString("id", _unit.Id);
            w.WriteString("name", _unit.Name);
            w.WriteEndObject();
        }

        w.WriteString("team", _team.Id);
        w.WriteStartObject("teamLead");
        w.WriteString("id", _team.TeamLead.Id);
        w.WriteString("name", _team.TeamLead.FirstName + " " + _team.TeamLead.LastName);
        w.WriteEndObject();
        w.WriteStartObject("caseWorker");
        w.WriteString("id", _caseWorker.Id);
        w.WriteString("name", _caseWorker.FirstName + " " + _caseWorker.LastName);
        w.WriteString("phone", _caseWorker.Phone);
        w.WriteString("email", _caseWorker.Email);
        w.WriteEndObject();
        WriteCustomer(w);
        w.WriteString("customerProcess", process);
        w.WriteString("customerGroup", group);
        w.WriteBoolean("municipalServices16a", municipal);
        WriteReview(w, flagged);
        WriteHistory(w, process, inCaseManagement);
        w.WriteEndObject();
        w.Flush();
        return new RecordFacts(flagged, municipal, group, process, legalDomain, inCaseManagement);
    }

    private void WriteCustomer(Utf8JsonWriter w)
    {
        var c = _customer;
        w.WriteStartObject("customer");
        w.WriteString("firstName", c.FirstName);
        w.WriteString("lastName", c.LastName);
        w.WriteString("birthName", c.BirthName);
        w.WriteString("birthDate", DateText(c.BirthDate));
        w.WriteString("gender", c.Gender);
        w.WriteString("nationality", c.Nationality);
        w.WriteStartObject("address");
        w.WriteString("street", c.Street);
        w.WriteString("postcode", c.Postcode);
        w.WriteString("city", c.City);
        w.WriteEndObject();
        w.WriteString("phone", c.Phone.AsWritten);
        w.WriteString("email", c.Email);
        w.WriteString("iban", c.Iban);
        w.WriteString("taxId", c.TaxId);
        w.WriteString("pensionInsuranceNumber", c.PensionInsuranceNumber);
        w.WriteEndObject();
    }

    private void WriteReview(Utf8JsonWriter w, bool flagged)
    {
        w.WriteStartObject("review");
        w.WriteBoolean("flagged", flagged);
        if (flagged)
        {
            w.WriteString("month", _reviewMonthText);
            w.WriteString("teamLeadVerdict", _rng.Chance(0.7) ? "goalOriented" : "notGoalOriented");
        }
        else if (_rng.Chance(0.15))
        {
            // Reviewed in one of the previous months, not flagged for this one.
            w.WriteString("month", MonthText(_shape.ReviewMonth.PlusMonths(-_rng.Next(1, 7))));
            w.WriteString("teamLeadVerdict", _rng.Chance(0.7) ? "goalOriented" : "notGoalOriented");
        }
        else
        {
            w.WriteNull("month");
            w.WriteNull("teamLeadVerdict");
        }

        w.WriteEndObject();
    }

    private void WriteHistory(Utf8JsonWriter w, string process, bool inCaseManagement)
    {
        var windowDays = Period.Between(_windowStart, _windowEnd, PeriodUnits.Days).Days;
        var firstContact = _windowStart.PlusDays(_rng.Next(Math.Max(1, windowDays * 2 / 5)));
        var spanDays = Period.Between(firstContact, _windowEnd, PeriodUnits.Days).Days;

        var eventCount = _rng.Next(3, 11);
        Span<int> offsets = stackalloc int[eventCount];
        offsets[0] = 0;
        for (var i = 1; i < eventCount; i++)
        {
            offsets[i] = _rng.Next(spanDays + 1);
        }

        offsets.Sort();

        // Profile situations: start at first contact, move by one or two steps at some events.
        w.WriteStartArray("profileHistory");
        var profile = _rng.Next(Profiles.Length);
        WriteProfile(w, firstContact, profile);
        var changes = _rng.Next(0, 4);
        var lastChange = 0;
        for (var i = 0; i < changes; i++)
        {
            var at = _rng.Next(lastChange + 1, Math.Max(lastChange + 2, eventCount));
            if (at >= eventCount || offsets[at] == offsets[lastChange])
            {
                break;
            }

            var step = _rng.Chance(0.6) ? -1 : 1;
            if (_rng.Chance(0.2))
            {
                step *= 2;
            }

            var next = Math.Clamp(profile + step, 0, Profiles.Length - 1);
            if (next != profile)
            {
                profile = next;
                WriteProfile(w, firstContact.PlusDays(offsets[at]), profile);
            }

            lastChange = at;
        }

        w.WriteEndArray();

        w.WriteStartArray("events");
        for (var i = 0; i < eventCount; i++)
        {
            var date = firstContact.PlusDays(offsets[i]);
            w.WriteStartObject();
            w.WriteString("date", DateText(date));
            w.WriteString("type", i == 0 ? "counselling" : _rng.Pick(EventTypes));
            var channel = _rng.Next(100);
            w.WriteString("channel", Channels[channel < 50 ? 0 : channel < 85 ? 1 : 2]);
            w.WriteString("note", Note(date));
            w.WriteEndObject();
        }

        w.WriteEndArray();

        w.WriteStartArray("measures");
        var measures = _rng.Next(0, 4);
        for (var i = 0; i < measures; i++)
        {
            var start = firstContact.PlusDays(_rng.Next(14, Math.Max(15, spanDays)));
            start = start.PlusDays(((int)start.DayOfWeek - 1) * -1); // Measures start on a Monday.
            var end = start.PlusDays((_rng.Next(4, 40) * 7) - 3); // ... and end on a Friday.
            string outcome;
            if (end > _windowEnd)
            {
                outcome = "ongoing";
            }
            else
            {
                outcome = _rng.Chance(0.72) ? "completed" : "aborted";
                if (outcome == "aborted")
                {
                    end = start.PlusDays(_rng.Next(3, Math.Max(4, Period.Between(start, end, PeriodUnits.Days).Days)));
                }
            }

            w.WriteStartObject();
            w.WriteString("start", DateText(start));
            w.WriteString("end", DateText(end));
            w.WriteString("kind", process == "rehabilitation" && _rng.Chance(0.5) ? "rehabilitation" : _rng.Pick(MeasureKinds));
            w.WriteString("outcome", outcome);
            w.WriteEndObject();
        }

        w.WriteEndArray();

        // Employment-oriented case management is part of the placement process (C2): a placement
        // case may have an intake, and an exit with its reason (R3).
        w.WriteStartObject("caseManagement");
        if (inCaseManagement)
        {
            var intake = firstContact.PlusDays(_rng.Next(Math.Max(1, spanDays / 2)));
            w.WriteString("intake", DateText(intake));
            var remaining = Period.Between(intake, _windowEnd, PeriodUnits.Days).Days;
            if (_rng.Chance(0.35) && remaining > 61)
            {
                w.WriteString("exit", DateText(intake.PlusDays(_rng.Next(60, remaining))));
                w.WriteString("exitReason", _rng.Pick(ExitReasons));
            }
            else
            {
                w.WriteNull("exit");
                w.WriteNull("exitReason");
            }
        }
        else
        {
            w.WriteNull("intake");
            w.WriteNull("exit");
            w.WriteNull("exitReason");
        }

        w.WriteEndObject();
    }

    private static void WriteProfile(Utf8JsonWriter w, LocalDate from, int profile)
    {
        w.WriteStartObject();
        w.WriteString("from", DateText(from));
        w.WriteString("profile", Profiles[profile]);
        w.WriteEndObject();
    }

    private string DrawProcess(string legalDomain)
    {
        var r = _rng.Next(100);
        return legalDomain == "SGB2"
            ? r < 88 ? "placement" : r < 95 ? "rehabilitation" : "employerService"
            : r < 78 ? "placement" : r < 92 ? "rehabilitation" : "employerService";
    }

    private string DrawGroup(string process)
    {
        var age = Period.Between(_customer.BirthDate, _windowEnd, PeriodUnits.Years).Years;
        if (process == "rehabilitation" && _rng.Chance(0.7))
        {
            return "disabledPersons";
        }

        if (age < 25 && _rng.Chance(0.7))
        {
            return "youngAdults";
        }

        if (age >= 50 && _rng.Chance(0.5))
        {
            return "olderWorkers";
        }

        if (_customer.Nationality is "SY" or "UA" && _rng.Chance(0.5))
        {
            return "refugees";
        }

        var r = _rng.Next(100);
        return r < 40 ? "longTermUnemployed" : r < 55 ? "singleParents" : r < 65 ? "returners" : "general";
    }

    private void PlantRecordFields()
    {
        var c = _customer;
        PlantName(PersonalDataCategory.CustomerName, c.FirstName);
        PlantName(PersonalDataCategory.CustomerName, c.LastName);
        if (!string.Equals(c.BirthName, c.LastName, StringComparison.Ordinal))
        {
            PlantName(PersonalDataCategory.BirthName, c.BirthName);
        }

        Plant(PersonalDataCategory.CustomerNumber, c.CustomerNumber);
        if (c.HouseholdNumber is { } household)
        {
            Plant(PersonalDataCategory.HouseholdNumber, household);
        }

        Plant(PersonalDataCategory.BirthDate, DateText(c.BirthDate));
        Plant(PersonalDataCategory.StreetAddress, c.Street);
        Plant(PersonalDataCategory.PostcodeCity, c.Postcode + " " + c.City);
        Plant(PersonalDataCategory.Phone, c.Phone.AsWritten);
        Plant(PersonalDataCategory.Email, c.Email);
        Plant(PersonalDataCategory.Iban, c.Iban);
        Plant(PersonalDataCategory.TaxId, c.TaxId);
        Plant(PersonalDataCategory.PensionInsuranceNumber, c.PensionInsuranceNumber);
        foreach (var staff in (ReadOnlySpan<StaffMember>)[_team.TeamLead, _caseWorker])
        {
            PlantName(PersonalDataCategory.StaffName, staff.FirstName);
            PlantName(PersonalDataCategory.StaffName, staff.LastName);
            Plant(PersonalDataCategory.StaffId, staff.Id);
        }

        Plant(PersonalDataCategory.Phone, _caseWorker.Phone);
        Plant(PersonalDataCategory.Email, _caseWorker.Email);
    }

    private void Plant(PersonalDataCategory category, string value) => _planted.Add(new PlantedValue(category, value));

    private void PlantName(PersonalDataCategory category, string name)
    {
        foreach (var token in Names.Tokens(name))
        {
            _planted.Add(new PlantedValue(category, token));
        }
    }

    internal static string DateText(LocalDate date) =>
        string.Create(CultureInfo.InvariantCulture, $"{date.Year:D4}-{date.Month:D2}-{date.Day:D2}");

    private static string MonthText(YearMonth month) =>
        string.Create(CultureInfo.InvariantCulture, $"{month.Year:D4}-{month.Month:D2}");

    private readonly record struct RecordFacts(bool Flagged, bool Municipal16a, string Group, string Process, string LegalDomain, bool InCaseManagement);
}
