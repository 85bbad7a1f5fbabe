namespace Vkb.Entitlements;

/// <summary>
/// One ledger event as a store keeps it: the unit's chain, its position, the canonical payload,
/// the SHA-256 of the previous event and its own SHA-256. Stores persist it verbatim.
/// </summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed class StoredEvent
{
    /// <summary>Creates a stored event; stores use this when reading back what they persisted.</summary>
    /// <param name="unitCode">The unit whose chain holds the event.</param>
    /// <param name="sequence">The position in the unit's chain, from 1.</param>
    /// <param name="payload">The canonical JSON payload.</param>
    /// <param name="previousHash">The hash of the previous event (64 zeros for the first).</param>
    /// <param name="hash">The hash of this event.</param>
    /// <exception cref="ArgumentNullException">A text argument is null.</exception>
    public StoredEvent(string unitCode, long sequence, string payload, string previousHash, string hash)
    {
        UnitCode = Preconditions.CheckNotNull(unitCode);
        Payload = Preconditions.CheckNotNull(payload);
        PreviousHash = Preconditions.CheckNotNull(previousHash);
        Hash = Preconditions.CheckNotNull(hash);
        Sequence = sequence;
    }

    /// <summary>The unit whose chain holds the event.</summary>
    public string UnitCode { get; }

    /// <summary>The position in the unit's chain, from 1; also the unit's version after this event.</summary>
    public long Sequence { get; }

    /// <summary>The canonical JSON payload.</summary>
    public string Payload { get; }

    /// <summary>The lower-case hex SHA-256 of the previous event in the chain.</summary>
    public string PreviousHash { get; }

    /// <summary>The lower-case hex SHA-256 of this event.</summary>
    public string Hash { get; }
}
