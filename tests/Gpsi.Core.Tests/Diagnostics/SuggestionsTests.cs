using Gpsi.Core.Diagnostics;

namespace Gpsi.Core.Tests.Diagnostics;

public sealed class SuggestionsTests
{
    [Theory]
    [InlineData("parnet", "parent")]
    [InlineData("weigth", "weight")]
    [InlineData("NAME", "name")]
    [InlineData("min-availabilty", "min-availability")]
    public void Closest_NearMiss_IsSuggested(string found, string expected) =>
        Suggestions.Closest(found, ["code", "name", "parent", "weight", "min-availability"]).ShouldBe(expected);

    [Theory]
    [InlineData("colour")]
    [InlineData("")]
    [InlineData("xyz")]
    public void Closest_NothingNear_IsNull(string found) =>
        Suggestions.Closest(found, ["code", "name", "parent", "weight"]).ShouldBeNull();
}
