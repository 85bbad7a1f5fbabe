using Vkb.Testing;

namespace Vkb.Entitlements.Tests;

/// <summary>The package's public API, listed by PublicApiGenerator (Vkb.Testing.PublicApi) and approved by a person.</summary>
public class PublicApiTests
{
    [Fact]
    public void PublicApi_MatchesApproved() =>
        PublicApi.Of(typeof(Vkb.Entitlements.GrantService).Assembly).ShouldMatchApproved(c => c.SubFolder("Approved").WithFileExtension("cs.txt").NoDiff());
}
