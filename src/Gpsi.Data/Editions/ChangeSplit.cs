namespace Gpsi.Data.Editions;

/// <summary>
/// A change from edition A to edition B split into the part due to new data and the part due to a recipe change,
/// in both orders and as their average (the Shapley split of two factors). With f(R, D) the result of recipe R on
/// data D: data first = f(RA, DB) − f(RA, DA), then recipe = f(RB, DB) − f(RA, DB); recipe first = f(RB, DA) −
/// f(RA, DA), then data = f(RB, DB) − f(RB, DA). Each order's two parts, and the two averages, sum to
/// <see cref="Total"/> (to rounding; exactly when a part is exactly 0). A part is null when a cross build (old data
/// with the new recipe, or the reverse) does not rank the country.
/// </summary>
/// <param name="Total">f(RB, DB) − f(RA, DA).</param>
/// <param name="DataFirstData">Data part when the data changes first (under recipe A).</param>
/// <param name="DataFirstRecipe">Recipe part when the data changes first (on data B).</param>
/// <param name="RecipeFirstRecipe">Recipe part when the recipe changes first (on data A).</param>
/// <param name="RecipeFirstData">Data part when the recipe changes first (under recipe B).</param>
public sealed record ChangeSplit(
    double Total,
    double? DataFirstData,
    double? DataFirstRecipe,
    double? RecipeFirstRecipe,
    double? RecipeFirstData)
{
    /// <summary>The Shapley data part: the average of both orders' data parts; null when either is.</summary>
    public double? Data => DataFirstData is { } a && RecipeFirstData is { } b ? Average(a, b) : null;

    /// <summary>The Shapley recipe part: the average of both orders' recipe parts; null when either is.</summary>
    public double? Recipe => DataFirstRecipe is { } a && RecipeFirstRecipe is { } b ? Average(a, b) : null;

    /// <summary>
    /// The split from the four results: <paramref name="aa"/> = f(RA, DA), <paramref name="bb"/> = f(RB, DB),
    /// <paramref name="ba"/> = f(RB, DA), <paramref name="ab"/> = f(RA, DB) (the cross results may be null).
    /// </summary>
    public static ChangeSplit Of(double aa, double bb, double? ba, double? ab) =>
        new(bb - aa, ab - aa, bb - ab, ba - aa, bb - ba);

    // a/2 + b/2 rather than (a + b)/2: no overflow, and exact for a == b.
    private static double Average(double a, double b) => a == b ? a : (a / 2) + (b / 2);
}
