using Vkb.Pseudonymization.Policies;

namespace Vkb.Pseudonymization
{
    /// <content>Asynchronous key file reading.</content>
    public sealed partial class PseudonymizationKey
    {
        /// <summary>Reads a key file holding the base64 text of the key, asynchronously; see <see cref="FromFile"/>.</summary>
        /// <param name="path">The key file.</param>
        /// <param name="cancellationToken">Cancels the read.</param>
        /// <returns>The key.</returns>
        /// <exception cref="FileNotFoundException">The file does not exist.</exception>
        /// <exception cref="FormatException">The file does not hold base64 text.</exception>
        public static Task<PseudonymizationKey> FromFileAsync(string path, CancellationToken cancellationToken = default)
        {
            Preconditions.CheckNotNull(path);
            cancellationToken.ThrowIfCancellationRequested();

            // A key file is at most MaxKeyFileBytes: the bounded synchronous read (issue 17, class 8), never ReadAllText of /dev/zero.
            return Task.FromResult(FromFile(path));
        }
    }
}

namespace Vkb.Pseudonymization.Policies
{
    /// <content>Asynchronous policy file reading.</content>
    public sealed partial class RecordPolicy
    {
        /// <summary>Loads a policy file asynchronously; see <see cref="Load"/>.</summary>
        /// <param name="path">The policy JSON file.</param>
        /// <param name="cancellationToken">Cancels the read.</param>
        /// <returns>The policy.</returns>
        /// <exception cref="FileNotFoundException">The file does not exist.</exception>
        public static Task<RecordPolicy> LoadAsync(string path, CancellationToken cancellationToken = default)
        {
            Preconditions.CheckNotNull(path);
            cancellationToken.ThrowIfCancellationRequested();

            // A policy is at most 1 MiB: the bounded synchronous read of Load (issue 17, class 8).
            return Task.FromResult(Load(path));
        }
    }
}
