namespace Gpsi.Core.Observations;

/// <summary>
/// An ISO 3166-1 alpha-3 code (or a user-assigned code in the same shape, such as <c>XKX</c> for Kosovo, the World
/// Bank's usage): exactly three ASCII capital letters. An invalid one cannot exist.
/// </summary>
public readonly record struct CountryCode
{
    /// <summary>Creates a code; throws when <paramref name="value"/> is not three ASCII capital letters.</summary>
    public CountryCode(string value)
    {
        if (!IsValid(value))
        {
            throw new ArgumentException($"'{value}' is not a country code: expected three capital letters A-Z.",
                nameof(value));
        }

        Value = value;
    }

    /// <summary>The three letters.</summary>
    public string Value { get; }

    /// <summary>True when <paramref name="value"/> is three ASCII capital letters.</summary>
    public static bool IsValid(string? value) =>
        value is { Length: 3 } && char.IsAsciiLetterUpper(value[0]) && char.IsAsciiLetterUpper(value[1])
        && char.IsAsciiLetterUpper(value[2]);

    /// <inheritdoc/>
    public override string ToString() => Value ?? string.Empty;
}
