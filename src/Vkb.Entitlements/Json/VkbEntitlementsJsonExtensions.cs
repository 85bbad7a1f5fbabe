using System.Text.Json;

namespace Vkb.Entitlements.Json;

/// <summary>System.Text.Json support for the entitlement types a host puts in an API.</summary>
public static class VkbEntitlementsJsonExtensions
{
    /// <summary>
    /// Adds converters so that <see cref="GrantId"/> (<c>"NRW-17"</c>), <see cref="PrincipalId"/>
    /// and <see cref="OrgUnit"/> (<c>"NRW"</c>) are strings, NodaTime dates and instants ISO 8601
    /// strings, a grant's <see cref="NodaTime.DateInterval"/> period <c>{"from","to"}</c> (both
    /// days included) and this package's enums camelCase strings (<c>"approved"</c>). With them a
    /// <see cref="GrantRequest"/> deserialises and a <see cref="Grant"/>, <see cref="GrantDecision"/>
    /// or <see cref="AccessDecision"/> serialises as a host expects. Converters already present for
    /// a type are kept; calling it twice is harmless.
    /// </summary>
    /// <param name="options">The serializer options, e.g. ASP.NET Core's <c>JsonOptions.SerializerOptions</c>.</param>
    /// <returns>The same options.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="options"/> is null.</exception>
    public static JsonSerializerOptions AddVkbEntitlementsConverters(this JsonSerializerOptions options)
    {
        VkbJson.AddCommon(options, typeof(GrantId).Assembly);
        VkbJson.AddIfMissing(options, typeof(GrantId), () => new VkbJson.StringValueConverter<GrantId>("grant id", t => GrantId.TryParse(t, out var id) ? id : null, v => v.ToString()));
        VkbJson.AddIfMissing(options, typeof(PrincipalId), () => new VkbJson.StringValueConverter<PrincipalId>("principal id", t => PrincipalId.TryCreate(t, out var id) ? id : null, v => v.Value));
        VkbJson.AddIfMissing(options, typeof(OrgUnit), () => new VkbJson.StringValueConverter<OrgUnit>("unit code", t => OrgUnit.TryParse(t, out var unit) ? unit : null, v => v.Code));
        return options;
    }
}
