using Microsoft.Extensions.Logging;

namespace Vkb.Sampling.Diagnostics;

/// <summary>
/// The sampling package's log messages (event ids documented in the package README). A message
/// carries the draw id, counts, reason and note codes and the published seed commitment, never a
/// population key, a unit name or a stratum name: a unit is a team lead, and a key identifies a case.
/// </summary>
internal static partial class SamplingLog
{
    /// <summary>Logs a completed draw: totals, exclusions by reason, shortfalls.</summary>
    public static SampleProtocol Drawn(ILogger logger, SampleProtocol protocol)
    {
        if (!logger.IsEnabled(LogLevel.Information))
        {
            return protocol;
        }

        var selected = protocol.Units.Sum(u => u.Selected);
        var reserve = protocol.Units.Sum(u => u.Strata.Sum(s => (long)s.Reserve.Count));
        var seedDigest = SeedDigest(protocol.SeedCommitment);
        LogDrawn(logger, protocol.DrawId, protocol.PopulationSize, protocol.Units.Count, selected, reserve, protocol.Excluded.Count, protocol.Duplicates.Count, seedDigest);
        foreach (var (reason, count) in protocol.Excluded.CountBy(e => e.Reason, StringComparer.Ordinal).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            LogExcluded(logger, protocol.DrawId, reason, count);
        }

        var shortUnits = protocol.Units.Where(u => u.Shortfall > 0).ToList();
        if (shortUnits.Count > 0)
        {
            var notes = string.Join(",", shortUnits.SelectMany(u => u.Notes).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal));
            LogShortfall(logger, protocol.DrawId, shortUnits.Count, protocol.Units.Count, shortUnits.Sum(u => u.Shortfall), notes);
        }

        var floor = protocol.Parameters.MinPerStratum;
        var belowFloor = protocol.Units.SelectMany(u => u.Strata).Count(s => s.Selected.Count < floor);
        if (belowFloor > 0)
        {
            LogBelowFloor(logger, protocol.DrawId, belowFloor, floor);
        }

        return protocol;
    }

    /// <summary>Logs a verification: information when valid, a warning with the discrepancy kinds when not.</summary>
    public static SampleVerification Verified(ILogger logger, SampleProtocol protocol, SampleVerification verification)
    {
        if (verification.IsValid)
        {
            LogVerified(logger, protocol.DrawId);
        }
        else
        {
            var kinds = string.Join(",", verification.Discrepancies.Select(d => d.Kind).Distinct().Order());
            LogVerificationFailed(logger, protocol.DrawId, verification.Discrepancies.Count, kinds);
        }

        return verification;
    }

    /// <summary>Logs a replacement from the reserve (the reason is the caller's code, the key is not logged).</summary>
    public static SampleProtocol Replaced(ILogger logger, SampleProtocol protocol, string reason)
    {
        LogReplaced(logger, protocol.DrawId, reason, protocol.Replacements.Count);
        return protocol;
    }

    /// <summary>The first 16 hex digits of the published seed commitment: enough to match a log line to a protocol.</summary>
    private static string SeedDigest(string commitment) => commitment.Length > 16 ? commitment[..16] : commitment;

    [LoggerMessage(EventId = 1001, Level = LogLevel.Information, Message = "Draw {DrawId} completed: population {PopulationSize}, {Units} units, {Selected} selected, {Reserve} in reserve, {Excluded} excluded, {Duplicates} duplicate keys (seed commitment {SeedDigest})")]
    private static partial void LogDrawn(ILogger logger, string drawId, long populationSize, int units, long selected, long reserve, int excluded, int duplicates, string seedDigest);

    [LoggerMessage(EventId = 1002, Level = LogLevel.Information, Message = "Draw {DrawId} excluded {Count} keys for reason {Reason}")]
    private static partial void LogExcluded(ILogger logger, string drawId, string reason, int count);

    [LoggerMessage(EventId = 1003, Level = LogLevel.Warning, Message = "Draw {DrawId}: {ShortUnits} of {Units} units fell short of the request by {TotalShortfall} in total ({Notes})")]
    private static partial void LogShortfall(ILogger logger, string drawId, int shortUnits, int units, long totalShortfall, string notes);

    [LoggerMessage(EventId = 1004, Level = LogLevel.Warning, Message = "Draw {DrawId}: {Strata} strata have fewer selected than the floor of {Floor} per stratum")]
    private static partial void LogBelowFloor(ILogger logger, string drawId, int strata, int floor);

    [LoggerMessage(EventId = 1005, Level = LogLevel.Information, Message = "Protocol of draw {DrawId} verified: no discrepancy")]
    private static partial void LogVerified(ILogger logger, string drawId);

    [LoggerMessage(EventId = 1006, Level = LogLevel.Warning, Message = "Protocol of draw {DrawId} failed verification: {DiscrepancyCount} discrepancies ({DiscrepancyKinds})")]
    private static partial void LogVerificationFailed(ILogger logger, string drawId, int discrepancyCount, string discrepancyKinds);

    [LoggerMessage(EventId = 1007, Level = LogLevel.Information, Message = "Draw {DrawId}: a selected key was replaced from the reserve for reason {Reason} ({Replacements} replacements in total)")]
    private static partial void LogReplaced(ILogger logger, string drawId, string reason, int replacements);
}
