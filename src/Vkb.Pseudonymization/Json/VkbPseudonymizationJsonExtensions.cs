using System.Text.Json;

namespace Vkb.Pseudonymization.Json;

/// <summary>System.Text.Json support for the pseudonymisation types a host puts in an API.</summary>
public static class VkbPseudonymizationJsonExtensions
{
    /// <summary>
    /// Adds converters so that <see cref="Pseudonym"/> and <see cref="KeyFingerprint"/> are
    /// strings, NodaTime values ISO 8601 strings, periods <c>{"from","to"}</c> and this package's
    /// enums camelCase strings. Converters already present for a type are kept.
    /// </summary>
    /// <param name="options">The serializer options.</param>
    /// <returns>The same options.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="options"/> is null.</exception>
    public static JsonSerializerOptions AddVkbPseudonymizationConverters(this JsonSerializerOptions options)
    {
        VkbJson.AddCommon(options, typeof(Pseudonym).Assembly);
        VkbJson.AddIfMissing(options, typeof(Pseudonym), () => new VkbJson.StringValueConverter<Pseudonym>("pseudonym", t => Pseudonym.TryParse(t, out var p) ? p : null, v => v.Value));
        VkbJson.AddIfMissing(options, typeof(KeyFingerprint), () => new VkbJson.StringValueConverter<KeyFingerprint>("key fingerprint", t => KeyFingerprint.TryParse(t, out var f) ? f : null, v => v.Value));
        return options;
    }
}
