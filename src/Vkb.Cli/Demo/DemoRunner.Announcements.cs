using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using NodaTime;
using NodaTime.Text;
using Vkb.Cli.Phases;
using Vkb.Sampling;

namespace Vkb.Cli.Demo;

internal sealed partial class DemoRunner
{
    /// <summary>The files that gate the cycle (step 0 of ARCHITECTURE.md), as read back from disk.</summary>
    private sealed record Announcements(PhaseAnnouncement Phases, ConsentRegister Register, string PhasesPath, string RegisterPath);

    /// <summary>
    /// Step 0: head office announces the phase (phases.json, S11) and the job centres' § 16a
    /// decisions form the consent register (consent-16a.json, S7). Both are the demo's own
    /// synthetic inputs, derived from the seed, written first and then read back through the same
    /// validating readers that <c>vkb sample</c> uses, so every later step is gated by the files.
    /// One consenting job centre's consent takes effect on the 10th of the review month: its
    /// § 16a cases are excluded that month (consent must hold on every day), and its records,
    /// which still state consent, are reported as disagreeing with the register.
    /// </summary>
    private Announcements Announce()
    {
        var phasesPath = PathOf("announcements", "phases.json");
        var phases = new
        {
            format = PhaseAnnouncement.Format,
            phases = new object[]
            {
                new
                {
                    id = _phase,
                    kind = "regular",
                    from = Month(_month),
                    to = Month(_month.PlusMonths(2)),
                    customerProcesses = new[] { "placement" },
                    approvalReference = (string?)null,
                },
            },
        };
        AtomicFile.WriteText(phasesPath, JsonSerializer.Serialize(phases, IndentedJson) + "\n");

        var late = _generator.JobCentres.Where(j => j.Consents16a).Select(j => j.Id).Order(StringComparer.Ordinal).FirstOrDefault();
        var decisions = _generator.JobCentres.OrderBy(j => j.Id, StringComparer.Ordinal).Select(j => new
        {
            jobCentre = j.Id,
            consent = j.Consents16a,
            decidedOn = j.Id == late ? Date(_month.OnDayOfMonth(10)) : Date(DecisionDate(j.Id)),
            endsOn = (string?)null,
        });
        var registerPath = PathOf("announcements", "consent-16a.json");
        AtomicFile.WriteText(registerPath, JsonSerializer.Serialize(new { format = ConsentRegister.Format, decisions }, IndentedJson) + "\n");

        var announcement = PhaseAnnouncement.Read(phasesPath);
        announcement.RequireMonth(_month, "the review month", process: "placement");
        var register = ConsentRegister.Parse(File.ReadAllBytes(registerPath));
        Artefact(phasesPath, "Angekündigte Bewertungsphasen (S11), vkb-phases/1");
        Artefact(registerPath, $"Zustimmungsregister § 16a SGB II (S7), SHA-256 {register.Digest[..12]}…");
        return new Announcements(announcement, register, phasesPath, registerPath);
    }

    /// <summary>A decision date before the history the demo draws over, derived from the seed.</summary>
    private LocalDate DecisionDate(string jobCentre)
    {
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes(string.Create(CultureInfo.InvariantCulture, $"vkb-demo-16a\u001f{_options.Seed}\u001f{jobCentre}")));
        return _month.PlusMonths(-12).OnDayOfMonth(1).PlusDays(hash[0] % 180);
    }

    private static readonly JsonSerializerOptions IndentedJson = new() { WriteIndented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    private static string Month(YearMonth month) => month.ToString("yyyy-MM", CultureInfo.InvariantCulture);

    private static string Date(LocalDate date) => LocalDatePattern.Iso.Format(date);
}
