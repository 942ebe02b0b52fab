using Gpsi.Core.Panels;
using Gpsi.Core.Recipes;

namespace Gpsi.Data.Coinr;

/// <summary>COINr iData/iMeta tables turned into a recipe (COINr's default build) and its panel.</summary>
/// <param name="Recipe">The recipe: tree and metadata from iMeta, steps minmax(0, 100) then amean.</param>
/// <param name="Panel">The iData values.</param>
public sealed record CoinrImport(Recipe Recipe, Panel Panel);
