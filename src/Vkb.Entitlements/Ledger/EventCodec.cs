using System.Buffers;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using NodaTime;
using NodaTime.Text;

namespace Vkb.Entitlements;

/// <summary>
/// The canonical payload of a ledger event (JSON, fixed property order, no whitespace) and the
/// keyed chain MAC <c>HMAC-SHA256(k, previousMac ‖ "\n" ‖ unit ‖ "\n" ‖ sequence ‖ "\n" ‖ payload)</c>
/// under the <see cref="LedgerKey"/>'s chain subkey <c>k</c>.
/// </summary>
internal static class EventCodec
{
    public const string GenesisHash = "0000000000000000000000000000000000000000000000000000000000000000";

    private const int FormatVersion = 2;

    private static readonly JsonDocumentOptions Strict = new() { AllowDuplicateProperties = false, MaxDepth = 4 };

    public static string Encode(LedgerEvent e)
    {
        var buffer = new ArrayBufferWriter<byte>(256);
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartObject();
            writer.WriteNumber("v", FormatVersion);
            writer.WriteString("kind", KindName(e.Kind));
            if (e.GrantId is { } grant)
            {
                writer.WriteString("grant", grant.ToString());
            }
            else
            {
                writer.WriteString("unit", e.Unit.Code);
                writer.WriteString("role", RoleName(e.Role!.Value));
                writer.WriteString("person", e.Person!.Value);
            }

            writer.WriteString("on", LocalDatePattern.Iso.Format(e.On));
            writer.WriteString("at", InstantPattern.ExtendedIso.Format(e.RecordedAt));
            writer.WriteString("actor", e.Actor.Value);
            WriteOptional(writer, "grantee", e.Grantee?.Value);
            if (e.Period is { } period)
            {
                writer.WriteString("from", LocalDatePattern.Iso.Format(period.Start));
                writer.WriteString("to", LocalDatePattern.Iso.Format(period.End));
            }

            WriteOptional(writer, "profile", e.ProcedureProfile);
            WriteOptional(writer, "dataSpace", e.DataSpace);
            WriteOptional(writer, "directives", e.DirectiveIds);
            WriteOptional(writer, "reason", e.Reason);
            writer.WriteEndObject();
        }

        return Encoding.UTF8.GetString(buffer.WrittenSpan);
    }

    /// <exception cref="FormatException">The payload is not a valid event.</exception>
    public static LedgerEvent Decode(string payload)
    {
        try
        {
            using var document = JsonDocument.Parse(payload, Strict);
            var root = document.RootElement;
            if (root.GetProperty("v").GetInt32() != FormatVersion)
            {
                throw new FormatException("The event has an unknown format version.");
            }

            var kind = ParseKind(root.GetProperty("kind").GetString());
            if (kind is LedgerEventKind.RoleAssigned or LedgerEventKind.RoleRevoked)
            {
                return new LedgerEvent(
                    kind,
                    OrgUnit.Parse(Required(root, "unit")),
                    null,
                    LocalDatePattern.Iso.Parse(Required(root, "on")).GetValueOrThrow(),
                    InstantPattern.ExtendedIso.Parse(Required(root, "at")).GetValueOrThrow(),
                    PrincipalId.Create(Required(root, "actor")))
                {
                    Role = ParseRole(Required(root, "role")),
                    Person = PrincipalId.Create(Required(root, "person")),
                    Reason = Optional(root, "reason"),
                };
            }

            var grantId = GrantId.Parse(Required(root, "grant"));
            var on = LocalDatePattern.Iso.Parse(Required(root, "on")).GetValueOrThrow();
            var at = InstantPattern.ExtendedIso.Parse(Required(root, "at")).GetValueOrThrow();
            var actor = PrincipalId.Create(Required(root, "actor"));
            DateInterval? period = null;
            if (root.TryGetProperty("from", out var from))
            {
                period = new DateInterval(
                    LocalDatePattern.Iso.Parse(from.GetString()!).GetValueOrThrow(),
                    LocalDatePattern.Iso.Parse(Required(root, "to")).GetValueOrThrow());
            }

            var grantee = Optional(root, "grantee") is { } g ? PrincipalId.Create(g) : null;
            if (kind == LedgerEventKind.Requested && (grantee is null || period is null))
            {
                throw new FormatException("A requested event needs a grantee and a period.");
            }

            return new LedgerEvent(kind, grantId, on, at, actor)
            {
                Grantee = grantee,
                Period = period,
                ProcedureProfile = Optional(root, "profile"),
                DataSpace = Optional(root, "dataSpace"),
                DirectiveIds = Optional(root, "directives"),
                Reason = Optional(root, "reason"),
            };
        }
        catch (Exception ex) when (ex is JsonException or KeyNotFoundException or InvalidOperationException or ArgumentException or UnparsableValueException)
        {
            throw new FormatException("The event payload is not a valid ledger event.", ex);
        }
    }

    public static string Mac(LedgerKey key, string previousMac, string unitCode, long sequence, string payload)
    {
        var text = previousMac + "\n" + unitCode + "\n" + sequence.ToString(CultureInfo.InvariantCulture) + "\n" + payload;
        return key.Mac(Encoding.UTF8.GetBytes(text));
    }

    /// <summary>The unkeyed SHA-256 of version 1; kept only so tests can show that a recomputed plain hash no longer passes.</summary>
    public static string UnkeyedHash(string previousHash, string unitCode, long sequence, string payload)
    {
        var text = previousHash + "\n" + unitCode + "\n" + sequence.ToString(CultureInfo.InvariantCulture) + "\n" + payload;
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));
    }

    public static string KindName(LedgerEventKind kind) => kind switch
    {
        LedgerEventKind.Requested => "requested",
        LedgerEventKind.Approved => "approved",
        LedgerEventKind.Rejected => "rejected",
        LedgerEventKind.Revoked => "revoked",
        LedgerEventKind.Expired => "expired",
        LedgerEventKind.RoleAssigned => "roleAssigned",
        LedgerEventKind.RoleRevoked => "roleRevoked",
        _ => throw new ArgumentOutOfRangeException(nameof(kind)),
    };

    public static string RoleName(UnitRole role) => role switch
    {
        UnitRole.LineManager => "lineManager",
        UnitRole.SpecialApprover => "specialApprover",
        _ => throw new ArgumentOutOfRangeException(nameof(role)),
    };

    private static UnitRole ParseRole(string name) => name switch
    {
        "lineManager" => UnitRole.LineManager,
        "specialApprover" => UnitRole.SpecialApprover,
        _ => throw new FormatException("The event has an unknown role."),
    };

    private static LedgerEventKind ParseKind(string? name) => name switch
    {
        "requested" => LedgerEventKind.Requested,
        "approved" => LedgerEventKind.Approved,
        "rejected" => LedgerEventKind.Rejected,
        "revoked" => LedgerEventKind.Revoked,
        "expired" => LedgerEventKind.Expired,
        "roleAssigned" => LedgerEventKind.RoleAssigned,
        "roleRevoked" => LedgerEventKind.RoleRevoked,
        _ => throw new FormatException("The event has an unknown kind."),
    };

    private static string Required(JsonElement root, string name) =>
        root.GetProperty(name).GetString() ?? throw new FormatException("A required event property is null.");

    private static string? Optional(JsonElement root, string name) =>
        root.TryGetProperty(name, out var value) ? value.GetString() : null;

    private static void WriteOptional(Utf8JsonWriter writer, string name, string? value)
    {
        if (value is not null)
        {
            writer.WriteString(name, value);
        }
    }
}
