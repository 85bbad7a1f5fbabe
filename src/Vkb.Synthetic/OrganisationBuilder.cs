using System.Globalization;
using Vkb.Synthetic.Data;

namespace Vkb.Synthetic;

/// <summary>How the records of one team are numbered and which of them the team lead flagged.</summary>
/// <param name="Multiplier">Coprime to the caseload: position → rank is a permutation.</param>
/// <param name="Offset">Added before the modulo.</param>
/// <param name="FlaggedCount">Records whose rank is below this are flagged.</param>
internal sealed record TeamPlan(int Multiplier, int Offset, int FlaggedCount);

/// <summary>
/// Builds the organisation from stream 0 of the seed: per regional directorate its job centres
/// (SGB II), then its employment agencies (SGB III), each with teams and staff. Units are in the
/// order their records are generated.
/// </summary>
internal static class OrganisationBuilder
{
    public static (OrganisationUnitInfo[] Units, TeamPlan[] Plans) Build(ExtractShape shape, ulong seed)
    {
        var rng = Prng.ForStream(seed, 0, 0);
        var consenting = ChooseConsenting(ref rng, shape.TotalJobCentres, shape.ConsentShare);
        var units = new OrganisationUnitInfo[shape.TotalUnits];
        var plans = new TeamPlan[shape.TotalTeams];
        var staffNumber = 1000 + rng.Next(500);
        var caseWorkersPerTeam = Math.Clamp((shape.CaseloadPerTeam + 69) / 70, 1, 8);
        var flaggedCount = shape.FlaggedPerTeam;
        var customersPerUnit = shape.TeamsPerJobCentre * shape.CaseloadPerTeam;
        var n = 0;
        var jobCentreNumber = 0;
        for (var rd = 0; rd < shape.RegionalDirectorates; rd++)
        {
            var directorate = Places.Directorates[rd];
            var perDirectorate = shape.JobCentresPerDirectorate + shape.AgenciesPerDirectorate;
            for (var u = 0; u < perDirectorate; u++)
            {
                var isJobCentre = u < shape.JobCentresPerDirectorate;
                var j = isJobCentre ? u : u - shape.JobCentresPerDirectorate;
                var placeIndex = j % directorate.Places.Length;
                var place = directorate.Places[placeIndex];
                var round = j / directorate.Places.Length;
                var name = (isJobCentre ? "Jobcenter " : "Agentur für Arbeit ") + place.City + (round == 0
                    ? string.Empty
                    : string.Create(CultureInfo.InvariantCulture, $" {Places.JobCentreSuffixes[(round - 1) % Places.JobCentreSuffixes.Length]}{(round > Places.JobCentreSuffixes.Length ? " " + round.ToString(CultureInfo.InvariantCulture) : string.Empty)}"));

                // The job centre j and the agency j of a directorate share the agency number (the
                // job centre lies in the agency's district): ids 96201 and 96200.
                var agency = 100 + (rd * 85) + j;
                var id = string.Create(CultureInfo.InvariantCulture, $"{agency:D3}{(isJobCentre ? "01" : "00")}");
                var mailDomain = isJobCentre ? "@jobcenter-example.de" : "@arbeitsagentur-example.de";
                var teams = new TeamInfo[shape.TeamsPerJobCentre];
                for (var t = 0; t < teams.Length; t++)
                {
                    var teamLead = Staff(ref rng, "TL", staffNumber++, place.AreaCode, mailDomain);
                    var caseWorkers = new StaffMember[caseWorkersPerTeam];
                    for (var c = 0; c < caseWorkers.Length; c++)
                    {
                        caseWorkers[c] = Staff(ref rng, "MA", staffNumber++, place.AreaCode, mailDomain);
                    }

                    teams[t] = new TeamInfo(string.Create(CultureInfo.InvariantCulture, $"{id}-T{t + 1:D2}"), teamLead.Id, teamLead, caseWorkers);
                    plans[(n * shape.TeamsPerJobCentre) + t] = new TeamPlan(Coprime(ref rng, shape.CaseloadPerTeam), rng.Next(shape.CaseloadPerTeam), flaggedCount);
                }

                units[n] = isJobCentre
                    ? new JobCentreInfo(id, name, directorate, consenting[jobCentreNumber++], teams, placeIndex, agency)
                    : new EmploymentAgencyInfo(id, name, directorate, teams, placeIndex, agency, customersPerUnit);
                n++;
            }
        }

        return (units, ForMonth(plans, shape, seed));
    }

    /// <summary>
    /// The team leads' draws of the shape's review month. Each month a team lead flags other records at random
    /// (P1/S1: a fresh sample every month, so a customer is flagged in two months of a phase only by chance, as in a real
    /// load of several months): months other than <see cref="ExtractShape.DefaultReviewMonth"/> re-draw every plan's
    /// permutation from a stream of their own; the default month keeps the organisation's draws.
    /// </summary>
    private static TeamPlan[] ForMonth(TeamPlan[] plans, ExtractShape shape, ulong seed)
    {
        var months = shape.MonthsFromDefault;
        if (months == 0)
        {
            return plans;
        }

        var rng = Prng.ForStream(seed, 3, unchecked((ulong)months));
        return [.. plans.Select(p => p with { Multiplier = Coprime(ref rng, shape.CaseloadPerTeam), Offset = rng.Next(shape.CaseloadPerTeam) })];
    }

    /// <summary>Exactly round(share × total) job centres consent, chosen at random, so small shapes have both kinds.</summary>
    private static bool[] ChooseConsenting(ref Prng rng, int total, double share)
    {
        var order = Enumerable.Range(0, total).ToArray();
        for (var i = total - 1; i > 0; i--)
        {
            var j = rng.Next(i + 1);
            (order[i], order[j]) = (order[j], order[i]);
        }

        var count = (int)Math.Round(share * total, MidpointRounding.AwayFromZero);
        var result = new bool[total];
        for (var i = 0; i < count; i++)
        {
            result[order[i]] = true;
        }

        return result;
    }

    private static StaffMember Staff(ref Prng rng, string prefix, int number, string areaCode, string mailDomain)
    {
        var female = rng.Chance(0.6);
        var first = rng.Pick(female ? Names.GermanFemale : Names.GermanMale);
        var last = rng.Pick(Names.GermanLast);
        var phone = string.Create(CultureInfo.InvariantCulture, $"{areaCode} {rng.Next(1000, 10000)}-{rng.Next(100, 1000)}");
        var email = EmailLocal(first) + "." + EmailLocal(last) + mailDomain;
        return new StaffMember(string.Create(CultureInfo.InvariantCulture, $"{prefix}-{number:D5}"), first, last, female, phone, email);
    }

    /// <summary>The local part of an e-mail address made from a name: transliterated, lower case, letters and dashes only.</summary>
    internal static string EmailLocal(string name)
    {
        var text = Names.Transliterate(name).ToLowerInvariant();
        var builder = new System.Text.StringBuilder(text.Length);
        foreach (var c in text)
        {
            if (c is >= 'a' and <= 'z' || c == '-')
            {
                builder.Append(c);
            }
        }

        return builder.ToString();
    }

    private static int Coprime(ref Prng rng, int modulus)
    {
        if (modulus <= 2)
        {
            return 1;
        }

        while (true)
        {
            var candidate = rng.Next(1, modulus);
            if (Gcd(candidate, modulus) == 1)
            {
                return candidate;
            }
        }
    }

    private static int Gcd(int a, int b)
    {
        while (b != 0)
        {
            (a, b) = (b, a % b);
        }

        return a;
    }
}
