using System.Diagnostics;
using System.Globalization;
using Vkb.Pseudonymization.Diagnostics;

namespace Vkb.Cli;

/// <summary>
/// Progress of one step on stderr. On a terminal: a bar (or a count without a total) updated in
/// place about ten times a second, with counts and rate, replaced by a closing line with the
/// duration. Redirected (a log file, CI): nothing for the first second, then at most one plain
/// line every half second, and the closing line if anything was shown.
/// </summary>
internal sealed class ProgressReporter : IDisposable
{
    private const int BarWidth = 28;
    private static readonly TimeSpan Quiet = TimeSpan.FromSeconds(1);
    private static readonly TimeSpan Interval = TimeSpan.FromMilliseconds(500);
    private static readonly TimeSpan LiveInterval = TimeSpan.FromMilliseconds(100);
    private readonly TextWriter _error;
    private readonly string _step;
    private readonly bool _enabled;
    private readonly bool _live;
    private readonly Stopwatch _watch = Stopwatch.StartNew();
    private TimeSpan _lastReport = TimeSpan.Zero;
    private bool _shown;
    private int _lastWidth;

    public ProgressReporter(TextWriter error, string step, bool enabled)
        : this(error, step, enabled, live: enabled && ReferenceEquals(error, Console.Error) && !Console.IsErrorRedirected)
    {
    }

    /// <summary>Creates a reporter; <paramref name="live"/> draws in place (a terminal), otherwise plain lines.</summary>
    public ProgressReporter(TextWriter error, string step, bool enabled, bool live)
    {
        _error = error;
        _step = step;
        _enabled = enabled;
        _live = live && enabled;
    }

    /// <summary>How long the step has run.</summary>
    public TimeSpan Elapsed => _watch.Elapsed;

    /// <summary>Reports a count of items done, with an optional total.</summary>
    public void Report(long done, long? total = null, string unit = "records")
    {
        if (!Due())
        {
            return;
        }

        var elapsed = _watch.Elapsed;
        var rate = done / Math.Max(elapsed.TotalSeconds, 0.001);
        if (_live)
        {
            var bar = total is { } all && all > 0
                ? Bar(Math.Clamp((double)done / all, 0, 1)) + string.Create(CultureInfo.InvariantCulture, $" {100.0 * done / all,3:F0} % {done:N0}/{all:N0} {unit}")
                : string.Create(CultureInfo.InvariantCulture, $"{done:N0} {unit}");
            Draw(string.Create(CultureInfo.InvariantCulture, $"{_step} {bar}, {rate:N0}/s, {elapsed.TotalSeconds:F0} s"));
            return;
        }

        var text = total is { } t && t > 0
            ? string.Create(CultureInfo.InvariantCulture, $"{_step}: {done:N0}/{t:N0} {unit} ({100.0 * done / t:F0} %, {rate:N0}/s)")
            : string.Create(CultureInfo.InvariantCulture, $"{_step}: {done:N0} {unit} ({rate:N0}/s)");
        _error.WriteLine(text);
    }

    /// <summary>Reports that the step is still running, without a count.</summary>
    public void Tick()
    {
        if (!Due())
        {
            return;
        }

        if (_live)
        {
            Draw(string.Create(CultureInfo.InvariantCulture, $"{_step} {Spinner()} {_watch.Elapsed.TotalSeconds:F0} s"));
        }
        else
        {
            _error.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{_step}: running for {_watch.Elapsed.TotalSeconds:F0} s"));
        }
    }

    /// <summary>An <see cref="IProgress{T}"/> for the pseudonymisation pipeline: records read, with the rate.</summary>
    public IProgress<PipelineProgress> Records() => new PipelineAdapter(this);

    public void Dispose()
    {
        if (!_enabled)
        {
            return;
        }

        var done = string.Create(CultureInfo.InvariantCulture, $"{_step}: done in {_watch.Elapsed.TotalSeconds:F1} s");
        if (_live && _shown)
        {
            _error.Write('\r' + done.PadRight(_lastWidth) + Environment.NewLine);
        }
        else if (_shown || _watch.Elapsed >= Quiet)
        {
            _error.WriteLine(done);
        }
    }

    private static string Bar(double fraction)
    {
        var full = (int)Math.Round(fraction * BarWidth);
        return "[" + new string('#', full) + new string('.', BarWidth - full) + "]";
    }

    private string Spinner() => "|/-\\"[(int)(_watch.ElapsedMilliseconds / 250 % 4)].ToString();

    private void Draw(string line)
    {
        _error.Write('\r' + line.PadRight(_lastWidth));
        _error.Flush();
        _lastWidth = line.Length;
    }

    private bool Due()
    {
        var elapsed = _watch.Elapsed;
        var due = _live
            ? _enabled && (_lastReport == TimeSpan.Zero || elapsed - _lastReport >= LiveInterval)
            : _enabled && elapsed >= Quiet && elapsed - _lastReport >= Interval;
        if (!due)
        {
            return false;
        }

        _lastReport = elapsed;
        _shown = true;
        return true;
    }

    private sealed class PipelineAdapter(ProgressReporter reporter) : IProgress<PipelineProgress>
    {
        public void Report(PipelineProgress value) => reporter.Report(value.RecordsRead);
    }
}
