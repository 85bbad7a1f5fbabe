using System.Reflection;
using Vkb.Pseudonymization;

namespace Vkb.Pseudonymization.Tests;

public class PublicApiTests
{
    [Fact]
    public void PublicApi_Listing_MatchesTheApprovedOne()
    {
        var lines = typeof(Pseudonymizer).Assembly.GetExportedTypes()
            .OrderBy(t => t.FullName, StringComparer.Ordinal)
            .SelectMany(t => new[] { "type " + t.FullName }.Concat(
                t.GetMembers(BindingFlags.Public | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly)
                    .Where(m => m is not MethodInfo { IsSpecialName: true })
                    .Select(m => "  " + m.MemberType + " " + m)
                    .Order(StringComparer.Ordinal)));
        string.Join("\n", lines).ShouldMatchApproved(c => c.SubFolder("Approved").NoDiff());
    }
}
