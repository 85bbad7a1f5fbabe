using System.Reflection;

namespace Vkb.Synthetic.Tests;

public class PublicApiTests
{
    [Fact]
    public void PublicApi_Listing_MatchesApproved()
    {
        var assembly = typeof(ExtractGenerator).Assembly;
        var lines = new List<string>();
        foreach (var type in assembly.GetExportedTypes().OrderBy(t => t.FullName, StringComparer.Ordinal))
        {
            var kind = type.IsEnum ? "enum" : type.IsValueType ? "struct" : type.IsInterface ? "interface" : type.IsAbstract && type.IsSealed ? "static class" : type.IsSealed ? "sealed class" : "class";
            lines.Add($"{kind} {type.FullName}");
            var members = type.GetMembers(BindingFlags.Public | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly)
                .Where(m => m is not MethodInfo { IsSpecialName: true } || m.Name.StartsWith("op_", StringComparison.Ordinal))
                .Select(m => "  " + m.ToString())
                .Order(StringComparer.Ordinal);
            lines.AddRange(members);
        }

        string.Join('\n', lines).ShouldMatchApproved(c => c.SubFolder("Approved").NoDiff());
    }
}
