using System.Text.Json;

namespace Vkb.Synthetic.Json;

/// <summary>System.Text.Json support for the synthetic generator's types.</summary>
public static class VkbSyntheticJsonExtensions
{
    /// <summary>
    /// Adds converters so that NodaTime values are ISO 8601 strings, periods <c>{"from","to"}</c>
    /// and this package's enums (<see cref="PersonalDataCategory"/>)
    /// camelCase strings, as in the ground-truth files. Converters already present are kept.
    /// </summary>
    /// <param name="options">The serializer options.</param>
    /// <returns>The same options.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="options"/> is null.</exception>
    public static JsonSerializerOptions AddVkbSyntheticConverters(this JsonSerializerOptions options) =>
        VkbJson.AddCommon(options, typeof(ExtractGenerator).Assembly);
}
