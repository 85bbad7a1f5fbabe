using System.Diagnostics;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using NodaTime;
using Vkb.Pseudonymization;
using Vkb.Sampling;
using Vkb.Synthetic;

namespace Vkb.Cli.Demo;

/// <summary>
/// Runs the monthly VKB cycle of ARCHITECTURE.md on synthetic data, step by step, and collects
/// the figures of every step into a <see cref="DemoSummary"/>. Each step uses only the public API
/// of its package; this class is the one place that maps between their vocabularies.
/// </summary>
internal sealed partial class DemoRunner
{
    private static readonly JsonSerializerOptions RelaxedJson = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    private readonly DemoOptions _options;
    private readonly CliContext _context;
    private readonly string _dir;
    private readonly ExtractShape _shape;
    private readonly ExtractGenerator _generator;
    private readonly YearMonth _month;
    private readonly string _phase;
    private readonly DeterministicUniform _random;
    private readonly List<DrawSummary> _draws = [];
    private readonly List<TeamLeadComplianceRow> _teamLeadCompliance = [];
    private readonly List<VerificationCheck> _checks = [];
    private readonly List<ArtefactInfo> _artefacts = [];
    private readonly Stopwatch _watch = Stopwatch.StartNew();

    public DemoRunner(DemoOptions options, CliContext context)
    {
        _options = options ?? throw new ArgumentNullException(nameof(options));
        _context = context ?? throw new ArgumentNullException(nameof(context));
        _dir = options.OutputDirectory.FullName;
        var shape = ExtractShape.FromPreset(options.Scale);
        _shape = options.Month is { } month ? shape.WithReviewMonth(month) : shape;
        _month = _shape.ReviewMonth;
        _phase = _shape.PhaseId;
        _generator = new ExtractGenerator(_shape, options.Seed);
        _random = new DeterministicUniform(options.Seed);
    }

    private string PathOf(params string[] parts) => Path.Combine([_dir, .. parts]);

    private string Relative(string path) => Path.GetRelativePath(_dir, path).Replace('\\', '/');

    private void Artefact(string path, string description) =>
        _artefacts.Add(new ArtefactInfo(Relative(path), description, new FileInfo(path).Length));

    private void Check(string name, bool passed, string detail) => _checks.Add(new VerificationCheck(name, passed, detail));

    private ProgressReporter Step(string name) => _context.Progress(name);

    /// <summary>
    /// A seed for one draw, derived from the demo seed so a run repeats exactly. Real draws take
    /// their seed from dice (<see cref="Seed.FromDice"/>) or a cryptographic generator.
    /// </summary>
    private Seed SeedFor(string drawId)
    {
        var bytes = SHA256.HashData(Encoding.UTF8.GetBytes(string.Create(CultureInfo.InvariantCulture, $"vkb-demo-seed\u001f{_options.Seed}\u001f{drawId}")));
        return Seed.Parse(Convert.ToHexStringLower(bytes));
    }

    /// <summary>The demo's pseudonymisation key, derived from the seed (a real key comes from <c>vkb keygen</c>).</summary>
    private PseudonymizationKey CreateKey() =>
        PseudonymizationKey.FromBytes(SHA256.HashData(Encoding.UTF8.GetBytes(string.Create(CultureInfo.InvariantCulture, $"vkb-demo-key\u001f{_options.Seed}"))));

}
