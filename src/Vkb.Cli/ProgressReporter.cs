using System.Diagnostics;
using System.Globalization;

namespace Vkb.Cli;

/// <summary>
/// Progress of one step on stderr: nothing for the first second, then at most one line every
/// half second, and a closing line with the duration if anything was shown.
/// </summary>
internal sealed class ProgressReporter : IDisposable
{
    private static readonly TimeSpan Quiet = TimeSpan.FromSeconds(1);
    private static readonly TimeSpan Interval = TimeSpan.FromMilliseconds(500);
    private readonly TextWriter _error;
    private readonly string _step;
    private readonly bool _enabled;
    private readonly Stopwatch _watch = Stopwatch.StartNew();
    private TimeSpan _lastReport = TimeSpan.Zero;
    private bool _shown;

    public ProgressReporter(TextWriter error, string step, bool enabled)
    {
        _error = error;
        _step = step;
        _enabled = enabled;
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
        var text = total is { } t && t > 0
            ? string.Create(CultureInfo.InvariantCulture, $"{_step}: {done:N0}/{t:N0} {unit} ({100.0 * done / t:F0} %, {rate:N0}/s)")
            : string.Create(CultureInfo.InvariantCulture, $"{_step}: {done:N0} {unit} ({rate:N0}/s)");
        _error.WriteLine(text);
    }

    /// <summary>Reports that the step is still running, without a count.</summary>
    public void Tick()
    {
        if (Due())
        {
            _error.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{_step}: running for {_watch.Elapsed.TotalSeconds:F0} s"));
        }
    }

    private bool Due()
    {
        var elapsed = _watch.Elapsed;
        if (!_enabled || elapsed < Quiet || elapsed - _lastReport < Interval)
        {
            return false;
        }

        _lastReport = elapsed;
        _shown = true;
        return true;
    }

    public void Dispose()
    {
        if (_enabled && (_shown || _watch.Elapsed >= Quiet))
        {
            _error.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{_step}: done in {_watch.Elapsed.TotalSeconds:F1} s"));
        }
    }
}
