using System.Security.Cryptography;
using System.Text;
using NodaTime;

namespace Vkb.Sampling;

/// <summary>
/// A published promise to a seed: the lowercase hex SHA-256 of the seed's UTF-8 bytes and the
/// instant it was made. Published before the draw (and, for a second stage, after the population
/// of that stage was frozen) so that nobody can pick a seed that favours an outcome.
/// </summary>
/// <remarks>Immutable; thread-safe.</remarks>
public sealed class SeedCommitment : IEquatable<SeedCommitment>
{
    private SeedCommitment(string digest, Instant committedAt)
    {
        Digest = digest;
        CommittedAt = committedAt;
    }

    /// <summary>Lowercase hex SHA-256 of the seed's UTF-8 bytes.</summary>
    public string Digest { get; }

    /// <summary>When the commitment was made.</summary>
    public Instant CommittedAt { get; }

    /// <summary>Commits to <paramref name="seed"/> now.</summary>
    /// <param name="seed">The seed.</param>
    /// <param name="clock">The clock that dates the commitment.</param>
    /// <returns>The commitment.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static SeedCommitment Create(Seed seed, IClock clock)
    {
        Preconditions.CheckNotNull(clock);
        return Create(seed, clock.GetCurrentInstant());
    }

    /// <summary>Commits to <paramref name="seed"/> at a given instant.</summary>
    /// <param name="seed">The seed.</param>
    /// <param name="committedAt">When the commitment is made.</param>
    /// <returns>The commitment.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="seed"/> is null.</exception>
    public static SeedCommitment Create(Seed seed, Instant committedAt)
    {
        Preconditions.CheckNotNull(seed);
        return new SeedCommitment(DigestOf(seed), committedAt);
    }

    /// <summary>Rebuilds a published commitment.</summary>
    /// <param name="digest">64 hexadecimal digits.</param>
    /// <param name="committedAt">When it was made.</param>
    /// <returns>The commitment.</returns>
    /// <exception cref="FormatException">The digest is not 64 hexadecimal digits.</exception>
    public static SeedCommitment Parse(string digest, Instant committedAt)
    {
        if (!SampleTicket.TryParse(digest, out _))
        {
            throw new FormatException("A seed commitment is 64 hexadecimal digits.");
        }

        return new SeedCommitment(digest.ToLowerInvariant(), committedAt);
    }

    /// <summary>Whether <paramref name="seed"/> is the seed this commitment promised.</summary>
    /// <param name="seed">The revealed seed.</param>
    /// <returns>Whether the digests agree.</returns>
    public bool Matches(Seed seed)
    {
        Preconditions.CheckNotNull(seed);
        return string.Equals(Digest, DigestOf(seed), StringComparison.Ordinal);
    }

    internal static string DigestOf(Seed seed) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(seed.Value)));

    /// <inheritdoc />
    public bool Equals(SeedCommitment? other) =>
        other is not null && string.Equals(Digest, other.Digest, StringComparison.Ordinal) && CommittedAt == other.CommittedAt;

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as SeedCommitment);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(StringComparer.Ordinal.GetHashCode(Digest), CommittedAt);

    /// <summary>The digest and the instant.</summary>
    /// <returns>A text such as <c>sha256:… at 2025-04-01T08:00:00Z</c>.</returns>
    public override string ToString() => $"sha256:{Digest} at {CommittedAt}";

    /// <summary>Equality.</summary>
    /// <param name="left">The left commitment.</param>
    /// <param name="right">The right commitment.</param>
    /// <returns>Whether both are equal.</returns>
    public static bool operator ==(SeedCommitment? left, SeedCommitment? right) => left is null ? right is null : left.Equals(right);

    /// <summary>Inequality.</summary>
    /// <param name="left">The left commitment.</param>
    /// <param name="right">The right commitment.</param>
    /// <returns>Whether they differ.</returns>
    public static bool operator !=(SeedCommitment? left, SeedCommitment? right) => !(left == right);
}
