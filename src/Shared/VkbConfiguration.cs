using Microsoft.Extensions.Configuration;

namespace Vkb;

/// <summary>Configuration binding helpers shared by the packages' <c>AddVkb…(IConfiguration)</c> overloads.</summary>
internal static class VkbConfiguration
{
    /// <summary>
    /// Replaces the items of <paramref name="target"/> by the values configured under
    /// <paramref name="section"/>, if any: a configured list replaces the default instead of being
    /// appended to it (the configuration binder appends to a pre-filled list).
    /// </summary>
    public static void ReplaceList(IList<string> target, IConfigurationSection section)
    {
        var values = section.GetChildren().Select(c => c.Value).OfType<string>().ToList();
        if (!section.Exists())
        {
            return;
        }

        target.Clear();
        foreach (var value in values)
        {
            target.Add(value);
        }
    }
}
