using FsCheck;
using FsCheck.Fluent;
using Gpsi.Data.Countries;

namespace Gpsi.Data.Tests.Countries;

public sealed class CountryNamesTests
{
    /// <summary>Accented forms of each plain letter, written out by hand (independent of the embedded table).</summary>
    private static readonly Dictionary<char, string> Accented = new()
    {
        ['a'] = "àáâãäåāăąǎȁ", ['c'] = "çćĉċč", ['e'] = "èéêëēĕėęěȅ", ['i'] = "ìíîïĩīĭįǐ", ['n'] = "ñńņňǹ",
        ['o'] = "òóôõöōŏőǒȍ", ['s'] = "śŝşšș", ['u'] = "ùúûüũūŭůűųǔ", ['y'] = "ýÿŷ", ['z'] = "źżž",
        ['g'] = "ĝğġģǧ", ['r'] = "ŕŗřȑ", ['t'] = "ţťț", ['l'] = "ĺļľ", ['d'] = "ď", ['h'] = "ĥȟ",
    };

    [Theory]
    [InlineData("Côte d'Ivoire", "cote divoire")]
    [InlineData("Côte d’Ivoire", "cote divoire")]
    [InlineData("Co\u0302te d'Ivoire", "cote divoire")]
    [InlineData("The Gambia", "gambia")]
    [InlineData("Gambia, The", "gambia the")]
    [InlineData("THE  BAHAMAS", "bahamas")]
    [InlineData("the the Bahamas", "bahamas")]
    [InlineData("The", "the")]
    [InlineData("Theodore", "theodore")]
    [InlineData("Bosnia & Herzegovina", "bosnia and herzegovina")]
    [InlineData("Bosnia&Herzegovina", "bosnia and herzegovina")]
    [InlineData("&", "and")]
    [InlineData("  São   Tomé-and—Príncipe. ", "sao tome and principe")]
    [InlineData("Congo, Dem. Rep.", "congo dem rep")]
    [InlineData("Micronesia (country)", "micronesia country")]
    [InlineData("Türkiye", "turkiye")]
    [InlineData("TÜRKİYE", "turkiye")]
    [InlineData("Åland Islands", "aland islands")]
    [InlineData("Curaçao", "curacao")]
    [InlineData("Føroyar", "foroyar")]
    [InlineData("Łódź", "lodz")]
    [InlineData("Ísland\tÆgir", "island aegir")]
    [InlineData("Republika Srpska\t", "republika srpska")]
    [InlineData("Република Косово", "република косово")]
    [InlineData("Україна", "укра\u0456на")]
    [InlineData("", "")]
    [InlineData(" .,;- ", "")]
    public void Normalise_Example_GivesNormalForm(string name, string expected) =>
        CountryNames.Normalise(name).ShouldBe(expected);

    [Fact]
    public void Normalise_Null_Throws() => Should.Throw<ArgumentNullException>(() => CountryNames.Normalise(null!));

    private static Gen<string> AnyText { get; } = Gen.Frequency(
        (1, Gen.ArrayOf(Gen.Choose(0, 0xFFFF).Select(i => (char)i)).Select(cs => new string(cs))),
        (2, Gen.ArrayOf(Gen.Elements("The ", "the ", "&", "'", "-", " ", ",", "É", "é", "ß", "ẞ", "İ", "ı", "Ø", "ǅ",
            "ς", "Σ", "K", "µ", "\u0301", "\uD800", "𝐀", "가", "a", "Z", "0").Select(s => s))
            .Select(parts => string.Concat(parts))));

    [Fact]
    public void Normalise_AnyText_IsIdempotent() =>
        Prop.ForAll(AnyText.ToArbitrary(), s =>
        {
            var once = CountryNames.Normalise(s);
            return CountryNames.Normalise(once) == once;
        }).QuickCheckThrowOnFailure();

    /// <summary>Upper-casing text changes its meaning in one place: the combining mark U+0345 becomes the letter
    /// Ι (U+0399). Every other BMP character was also checked exhaustively, once, outside the test suite.</summary>
    [Fact]
    public void Normalise_AnyText_IsCaseInsensitive() =>
        Prop.ForAll(AnyText.Where(s => !s.Contains('\u0345', StringComparison.Ordinal)).ToArbitrary(), s =>
        {
            var once = CountryNames.Normalise(s);
            return CountryNames.Normalise(s.ToUpperInvariant()) == once
                && CountryNames.Normalise(s.ToLowerInvariant()) == once;
        }).QuickCheckThrowOnFailure();

    [Fact]
    public void Normalise_NameWithDiacritics_EqualsThePlainName()
    {
        var letters = Gen.Elements("abcdefghijklmnopqrstuvwxyz ABCDEFGHIJKLMNOPQRSTUVWXYZ'-,".ToCharArray());
        var marked = Gen.ArrayOf(Gen.Zip(letters, Gen.Zip(Gen.Choose(0, 10), Gen.Choose(0x0300, 0x036F))))
            .Select(cs =>
            {
                var plain = new string(cs.Select(c => c.Item1).ToArray());
                var fancy = string.Concat(cs.Select(c =>
                {
                    var (letter, (pick, mark)) = c;
                    var lower = char.ToLowerInvariant(letter);
                    if (pick < 5 && Accented.TryGetValue(lower, out var forms))
                    {
                        var form = forms[pick % forms.Length];
                        return (char.IsUpper(letter) ? char.ToUpperInvariant(form) : form).ToString();
                    }

                    return pick < 8 || !char.IsLetter(letter) ? letter.ToString() : $"{letter}{(char)mark}";
                }));
                return (plain, fancy);
            });
        Prop.ForAll(marked.ToArbitrary(), p => CountryNames.Normalise(p.fancy) == CountryNames.Normalise(p.plain))
            .QuickCheckThrowOnFailure();
    }
}
