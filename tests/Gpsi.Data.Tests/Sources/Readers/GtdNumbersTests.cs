using System.Globalization;
using System.Text;
using FsCheck;
using FsCheck.Fluent;
using Gpsi.Data.Sources.Readers;

namespace Gpsi.Data.Tests.Sources.Readers;

public sealed class GtdNumbersTests
{
    [Fact]
    public void TryParseYear_EveryFourCharacterString_MatchesTheDigitRule()
    {
        const string alphabet = "0129/:a -.+";
        foreach (var a in alphabet)
        {
            foreach (var b in alphabet)
            {
                foreach (var c in alphabet)
                {
                    foreach (var d in alphabet)
                    {
                        var text = new string([a, b, c, d]);
                        var expected = text.All(char.IsAsciiDigit) && int.Parse(text, CultureInfo.InvariantCulture) > 0;
                        GtdNumbers.TryParseYear(Encoding.ASCII.GetBytes(text), out var year).ShouldBe(expected, text);
                        if (expected)
                        {
                            year.ShouldBe(int.Parse(text, CultureInfo.InvariantCulture));
                        }
                    }
                }
            }
        }
    }

    private static readonly Gen<string> Numbers =
        from sign in Gen.Elements("", "", "-", "+")
        from integer in Gen.Elements("", "0", "7", "42", "000123", "999999999", "1000000000", "65")
        from fraction in Gen.Elements("", ".", ".5", ".25", ".000000001", ".1234567891", ".50000000000")
        from exponent in Gen.Elements("", "", "e0", "e+02", "E-3", "e9", "e-10", "e")
        select sign + integer + fraction + exponent;

    /// <summary>decimal.Parse with exactly the GTD grammar: optional sign, digits, point, exponent.</summary>
    private static decimal? Reference(string text) =>
        decimal.TryParse(text, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint
            | NumberStyles.AllowExponent, CultureInfo.InvariantCulture, out var value) ? value : null;

    [Fact]
    public void ParseCount_RandomDecimals_MatchDecimalParse()
    {
        Prop.ForAll(Numbers.ToArbitrary(), text =>
        {
            var status = GtdNumbers.ParseCount(Encoding.ASCII.GetBytes(text), out var whole, out var nano);
            var reference = Reference(text);
            if (text.Length == 0)
            {
                status.ShouldBe(GtdNumberStatus.Blank);
            }
            else if (reference is not { } value)
            {
                status.ShouldBe(GtdNumberStatus.NotANumber, text);
            }
            else if (value < 0)
            {
                status.ShouldBe(GtdNumberStatus.Negative, text);
            }
            else if (value >= 1_000_000_000m || decimal.Round(value, 9) != value)
            {
                status.ShouldBe(GtdNumberStatus.OutOfRange, text);
            }
            else
            {
                status.ShouldBe(GtdNumberStatus.Ok, text);
                (whole + (nano / 1_000_000_000m)).ShouldBe(value, text);
            }
        }).QuickCheckThrowOnFailure();
    }

    [Fact]
    public void ParseBand_RandomDecimals_MatchThresholdsOnDecimalParse()
    {
        Prop.ForAll(Numbers.ToArbitrary(), text =>
        {
            var status = GtdNumbers.ParseBand(Encoding.ASCII.GetBytes(text), out var band);
            var reference = Reference(text);
            if (text.Length == 0)
            {
                status.ShouldBe(GtdNumberStatus.Blank);
            }
            else if (reference is not { } value)
            {
                status.ShouldBe(GtdNumberStatus.NotANumber, text);
            }
            else if (value == -99)
            {
                status.ShouldBe(GtdNumberStatus.UnknownCode, text);
            }
            else if (value < 0)
            {
                status.ShouldBe(GtdNumberStatus.Negative, text);
            }
            else
            {
                status.ShouldBe(GtdNumberStatus.Ok, text);
                band.ShouldBe(value < 1_000_000m ? 1 : value < 1_000_000_000m ? 2 : 3, text);
            }
        }).QuickCheckThrowOnFailure();
    }
}
