namespace Gpsi.Data.Sources.Readers;

/// <summary>
/// A decimal number as written in a cell, not converted: its mantissa digits (integer then fraction digits, read in
/// place) and where the decimal point sits among them after applying the exponent. <see cref="Digit"/> reads the
/// digit at any position (0 outside the written ones), so a value is seen exactly, whatever its size.
/// </summary>
internal readonly ref struct GtdDecimal
{
    private readonly ReadOnlySpan<byte> _text;
    private readonly int _integerStart;
    private readonly int _integerLength;
    private readonly int _fractionStart;
    private readonly int _fractionLength;
    private readonly int _first;
    private readonly int _last;

    public GtdDecimal(ReadOnlySpan<byte> text, bool negative, int integerStart, int integerEnd, int fractionStart,
        int fractionEnd, int exponent)
    {
        _text = text;
        Negative = negative;
        _integerStart = integerStart;
        _integerLength = integerEnd - integerStart;
        _fractionStart = fractionStart;
        _fractionLength = fractionEnd - fractionStart;
        Point = _integerLength + exponent;
        _first = -1;
        _last = -1;
        for (var k = 0; k < _integerLength + _fractionLength; k++)
        {
            if (Digit(k) != 0)
            {
                _first = _first < 0 ? k : _first;
                _last = k;
            }
        }
    }

    /// <summary>Written with a minus sign (also for zero).</summary>
    public bool Negative { get; }

    /// <summary>The index of the first digit after the decimal point (may be negative or past the digits).</summary>
    public int Point { get; }

    /// <summary>All digits are zero.</summary>
    public bool IsZero => _first < 0;

    /// <summary>Digits before the point, not counting leading zeros (0 for a value below 1).</summary>
    public int IntegerDigits => IsZero ? 0 : Math.Max(0, Point - _first);

    /// <summary>Digits after the point, not counting trailing zeros.</summary>
    public int FractionDigits => IsZero ? 0 : Math.Max(0, _last + 1 - Point);

    /// <summary>The mantissa digit at <paramref name="k"/> (0-based, integer digits first); 0 outside them.</summary>
    public int Digit(int k)
    {
        if (k >= 0 && k < _integerLength)
        {
            return _text[_integerStart + k] - '0';
        }

        k -= _integerLength;
        return k >= 0 && k < _fractionLength ? _text[_fractionStart + k] - '0' : 0;
    }
}
