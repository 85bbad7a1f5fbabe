using System.Diagnostics;
using System.Diagnostics.Metrics;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace Vkb.Entitlements.Diagnostics;

/// <summary>
/// Names of the entitlement package's telemetry, for a host's OpenTelemetry or
/// <c>dotnet-counters</c> set-up. Logs, metrics and traces carry decision codes, operation names,
/// unit codes and grant ids (<c>NRW-17</c>), never a principal id or a free-text reason.
/// </summary>
public static class VkbEntitlementsDiagnostics
{
    /// <summary>The <see cref="Meter"/> and <see cref="ActivitySource"/> name: <c>Vkb.Entitlements</c>.</summary>
    public const string SourceName = "Vkb.Entitlements";

    /// <summary>Counter of grant requests recorded (tag <c>vkb.unit</c>).</summary>
    public const string GrantsRequested = "vkb.entitlements.grants.requested";

    /// <summary>Counter of grants approved (tag <c>vkb.unit</c>).</summary>
    public const string GrantsApproved = "vkb.entitlements.grants.approved";

    /// <summary>Counter of refused operations (tags <c>vkb.operation</c>, <c>vkb.decision_code</c>).</summary>
    public const string GrantsRefused = "vkb.entitlements.grants.refused";

    /// <summary>Counter of writes re-checked after losing a race for the same unit's ledger.</summary>
    public const string ContentionRetries = "vkb.entitlements.contention.retries";

    /// <summary>Histogram of access-decision latency in milliseconds (tag <c>vkb.allowed</c>).</summary>
    public const string DecisionDuration = "vkb.entitlements.access.decision.duration";

    /// <summary>Counter of ledger verifications that found problems.</summary>
    public const string VerificationFailures = "vkb.entitlements.ledger.verification.failures";
}

/// <summary>Logger, instruments and activity source of one <see cref="GrantService"/>.</summary>
internal sealed partial class EntitlementsTelemetry
{
    private static readonly ActivitySource Source = new(VkbEntitlementsDiagnostics.SourceName);
    private static readonly Meter SharedMeter = new(VkbEntitlementsDiagnostics.SourceName);

    private readonly ILogger _logger;
    private readonly Counter<long> _requested;
    private readonly Counter<long> _approved;
    private readonly Counter<long> _refused;
    private readonly Counter<long> _retries;
    private readonly Counter<long> _verificationFailures;
    private readonly Histogram<double> _decisionDuration;

    public EntitlementsTelemetry(ILogger? logger, IMeterFactory? meterFactory)
    {
        _logger = logger ?? NullLogger.Instance;
        var meter = meterFactory?.Create(VkbEntitlementsDiagnostics.SourceName) ?? SharedMeter;
        _requested = meter.CreateCounter<long>(VkbEntitlementsDiagnostics.GrantsRequested, "{grant}", "Grant requests recorded.");
        _approved = meter.CreateCounter<long>(VkbEntitlementsDiagnostics.GrantsApproved, "{grant}", "Grants approved.");
        _refused = meter.CreateCounter<long>(VkbEntitlementsDiagnostics.GrantsRefused, "{decision}", "Operations refused, by decision code.");
        _retries = meter.CreateCounter<long>(VkbEntitlementsDiagnostics.ContentionRetries, "{retry}", "Writes re-checked after losing a race for a unit's ledger.");
        _verificationFailures = meter.CreateCounter<long>(VkbEntitlementsDiagnostics.VerificationFailures, "{verification}", "Ledger verifications that found problems.");
        _decisionDuration = meter.CreateHistogram<double>(VkbEntitlementsDiagnostics.DecisionDuration, "ms", "Access-decision latency.");
    }

    public static EntitlementsTelemetry None { get; } = new(null, null);

    /// <summary>Traces, counts and logs a grant operation's outcome.</summary>
    public async Task<GrantDecision> ObserveAsync(string operation, Task<GrantDecision> pending)
    {
        using var activity = Source.StartActivity("vkb.entitlements." + operation);
        var decision = await pending.ConfigureAwait(false);
        activity?.SetTag("vkb.decision_code", decision.Code.ToString());
        if (decision.IsAccepted)
        {
            var unit = new KeyValuePair<string, object?>("vkb.unit", decision.GrantId?.Unit.Code);
            if (operation == "request")
            {
                _requested.Add(1, unit);
            }
            else if (operation == "approve")
            {
                _approved.Add(1, unit);
            }

            LogAccepted(_logger, operation, decision.GrantId);
        }
        else
        {
            _refused.Add(1, new("vkb.operation", operation), new("vkb.decision_code", decision.Code.ToString()));
            activity?.SetStatus(ActivityStatusCode.Error, decision.Code.ToString());
            LogRefused(_logger, operation, decision.Code, decision.GrantId);
        }

        return decision;
    }

    /// <summary>Traces, times and logs an access decision.</summary>
    public async Task<AccessDecision> ObserveAsync(Task<AccessDecision> pending)
    {
        using var activity = Source.StartActivity("vkb.entitlements.decide");
        var started = Stopwatch.GetTimestamp();
        var decision = await pending.ConfigureAwait(false);
        _decisionDuration.Record(Stopwatch.GetElapsedTime(started).TotalMilliseconds, new KeyValuePair<string, object?>("vkb.allowed", decision.IsAllowed));
        activity?.SetTag("vkb.decision_code", decision.Code.ToString());
        if (!decision.IsAllowed)
        {
            LogAccessDenied(_logger, decision.Code);
        }

        return decision;
    }

    /// <summary>Counts and logs a ledger verification that found problems.</summary>
    public async Task<LedgerVerification> ObserveAsync(Task<LedgerVerification> pending)
    {
        using var activity = Source.StartActivity("vkb.entitlements.verify");
        var verification = await pending.ConfigureAwait(false);
        if (!verification.IsValid)
        {
            _verificationFailures.Add(1);
            activity?.SetStatus(ActivityStatusCode.Error, "ledger problems");
            LogVerificationFailed(_logger, verification.Problems.Count, string.Join(",", verification.Problems.Select(p => p.Kind).Distinct()));
        }

        return verification;
    }

    /// <summary>Counts and logs a write that lost a race and is re-checked.</summary>
    public void ContentionRetry(OrgUnit unit, int attempt)
    {
        _retries.Add(1, new KeyValuePair<string, object?>("vkb.unit", unit.Code));
        LogContention(_logger, unit.Code, attempt);
    }

    [LoggerMessage(EventId = 1, Level = LogLevel.Information, Message = "Grant {Operation} accepted for {GrantId}")]
    private static partial void LogAccepted(ILogger logger, string operation, GrantId? grantId);

    [LoggerMessage(EventId = 2, Level = LogLevel.Warning, Message = "Grant {Operation} refused with {DecisionCode} (grant {GrantId})")]
    private static partial void LogRefused(ILogger logger, string operation, DecisionCode decisionCode, GrantId? grantId);

    [LoggerMessage(EventId = 3, Level = LogLevel.Information, Message = "Access denied with {AccessDecisionCode}")]
    private static partial void LogAccessDenied(ILogger logger, AccessDecisionCode accessDecisionCode);

    [LoggerMessage(EventId = 4, Level = LogLevel.Debug, Message = "Ledger write for unit {Unit} lost a race; re-checking (attempt {Attempt})")]
    private static partial void LogContention(ILogger logger, string unit, int attempt);

    [LoggerMessage(EventId = 5, Level = LogLevel.Error, Message = "Ledger verification found {ProblemCount} problems ({ProblemKinds})")]
    private static partial void LogVerificationFailed(ILogger logger, int problemCount, string problemKinds);
}
