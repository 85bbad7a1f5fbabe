using Vkb.Pseudonymization.Engine;
namespace Vkb.Pseudonymization.Tests;

/// <summary>The bounded pool behind the per-transformer and per-context strings.</summary>
public class StringPoolTests
{
    [Fact]
    public void Get_EqualTexts_GiveOneStringAndTheBoundStartsOver()
    {
        var pool = new StringPool(capacity: 3);
        var first = pool.Get("10001".AsSpan());
        first.ShouldBe("10001");
        pool.Get(new string("10001".AsSpan()).AsSpan()).ShouldBeSameAs(first);

        pool.Get("a".AsSpan());
        pool.Get("b".AsSpan());
        var after = pool.Get("c".AsSpan()); // the fourth distinct text: the pool starts over
        after.ShouldBe("c");
        var again = pool.Get("10001".AsSpan());
        again.ShouldBe("10001");
        again.ShouldNotBeSameAs(first);
    }
}
