
namespace Vkb.Pseudonymization;

/// <summary>
/// Where the DI-registered services get the master key. Register your own (a vault, an HSM
/// export) and the options' <c>KeyFile</c>/<c>KeyEnvironmentVariable</c> are not needed.
/// </summary>
public interface IPseudonymizationKeyProvider
{
    /// <summary>Returns the key; called once, when the first service that needs it is created.</summary>
    /// <returns>The key.</returns>
    PseudonymizationKey GetKey();
}

/// <summary>Reads the key from a file holding its base64 text (see <see cref="PseudonymizationKey.FromFile"/>).</summary>
/// <param name="path">The key file.</param>
public sealed class FilePseudonymizationKeyProvider(string path) : IPseudonymizationKeyProvider
{
    /// <summary>The key file.</summary>
    public string Path { get; } = Preconditions.CheckNotNull(path);

    /// <inheritdoc />
    /// <exception cref="FileNotFoundException">The file does not exist; the message names the path.</exception>
    public PseudonymizationKey GetKey() =>
        File.Exists(Path)
            ? PseudonymizationKey.FromFile(Path)
            : throw new FileNotFoundException($"The pseudonymisation key file '{Path}' does not exist.", Path);

    /// <inheritdoc />
    public override string ToString() => "key file " + Path;
}

/// <summary>Reads the key's base64 text from an environment variable (for containers and CI secrets).</summary>
/// <param name="variable">The variable's name.</param>
public sealed class EnvironmentPseudonymizationKeyProvider(string variable) : IPseudonymizationKeyProvider
{
    /// <summary>The variable's name.</summary>
    public string Variable { get; } = Preconditions.CheckNotNull(variable);

    /// <inheritdoc />
    /// <exception cref="InvalidOperationException">The variable is not set; the message names it (never its value).</exception>
    public PseudonymizationKey GetKey() =>
        Environment.GetEnvironmentVariable(Variable) is { Length: > 0 } text
            ? PseudonymizationKey.FromBase64(text)
            : throw new InvalidOperationException($"The environment variable '{Variable}' that should hold the pseudonymisation key is not set.");

    /// <inheritdoc />
    public override string ToString() => "environment variable " + Variable;
}
