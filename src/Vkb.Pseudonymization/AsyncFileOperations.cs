using System.Text;
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
        public static async Task<PseudonymizationKey> FromFileAsync(string path, CancellationToken cancellationToken = default)
        {
            Preconditions.CheckNotNull(path);
            if (!File.Exists(path))
            {
                throw new FileNotFoundException("The key file does not exist.", path);
            }

            return FromBase64(await File.ReadAllTextAsync(path, Encoding.UTF8, cancellationToken).ConfigureAwait(false));
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
        public static async Task<RecordPolicy> LoadAsync(string path, CancellationToken cancellationToken = default)
        {
            Preconditions.CheckNotNull(path);
            if (!File.Exists(path))
            {
                throw new FileNotFoundException("The policy file does not exist.", path);
            }

            return Parse(await File.ReadAllTextAsync(path, Encoding.UTF8, cancellationToken).ConfigureAwait(false));
        }
    }
}
