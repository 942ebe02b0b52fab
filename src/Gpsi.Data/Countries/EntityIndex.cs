using System.Collections.Concurrent;
using System.Collections.Frozen;

namespace Gpsi.Data.Countries;

/// <summary>
/// Code and name lookups with the resolve rules of <see cref="CountryRegistry.Resolve"/>. Answers are cached per
/// (code, name) pair, so the ~300k calls of a full load cost a dictionary hit each after the first.
/// </summary>
internal sealed class EntityIndex(
    FrozenDictionary<string, EntityResolution> codes,
    FrozenDictionary<string, EntityResolution> names)
{
    private const int CacheLimit = 100_000;

    private readonly ConcurrentDictionary<(string Code, string Name), EntityResolution> _cache = new();

    /// <summary>See <see cref="CountryRegistry.Resolve"/>.</summary>
    public EntityResolution Resolve(string? code, string? name)
    {
        var key = (code ?? string.Empty, name ?? string.Empty);
        if (_cache.TryGetValue(key, out var cached))
        {
            return cached;
        }

        var answer = Decide(key.Item1.Trim(), key.Item2.Trim());
        if (_cache.Count < CacheLimit)
        {
            _cache.TryAdd(key, answer);
        }

        return answer;
    }

    private EntityResolution Decide(string code, string name)
    {
        if (code.Length == 0 && name.Length == 0)
        {
            return new EntityResolution(EntityKind.Unknown, null, "no code and no name");
        }

        var byCode = code.Length == 0 ? null : codes.GetValueOrDefault(code);
        var byName = name.Length == 0 ? null : ByName(name);
        if (byCode is not null)
        {
            if (byName is null || byName.Kind == EntityKind.Unknown || Same(byCode, byName)
                || (byCode.Kind != EntityKind.Country && byName.Kind != EntityKind.Country))
            {
                return byCode;
            }

            return new EntityResolution(EntityKind.Unknown, null,
                $"code {code} is {Describe(byCode)} but name '{name}' is {Describe(byName)}: they disagree, so "
                + "neither is taken");
        }

        if (code.Length > 0)
        {
            return byName is { Kind: not EntityKind.Unknown }
                ? byName with { Reason = $"{byName.Reason}; code '{code}' not recognised" }
                : new EntityResolution(EntityKind.Unknown, null, name.Length == 0
                    ? $"code '{code}' not recognised"
                    : $"code '{code}' not recognised and {byName?.Reason ?? $"name '{name}' not known"}");
        }

        return byName ?? new EntityResolution(EntityKind.Unknown, null, $"name '{name}' not known");
    }

    /// <summary>The normalised name; failing that, the name read as a code (an OWID file puts OWID_KOS in names).
    /// </summary>
    private EntityResolution? ByName(string name)
    {
        if (names.TryGetValue(CountryNames.Normalise(name), out var found))
        {
            return found;
        }

        return codes.TryGetValue(name, out var asCode)
            ? asCode with { Reason = $"name '{name}' read as a code: {asCode.Reason}" }
            : null;
    }

    private static bool Same(EntityResolution a, EntityResolution b) =>
        a.Kind == b.Kind && a.Country?.Iso3 == b.Country?.Iso3;

    /// <summary>A short description for diagnostics: <c>ROU (Romania)</c>, or the kind.</summary>
    internal static string Describe(EntityResolution r) => r.Country is { } c
        ? $"{c.Iso3} ({c.Name})"
        : r.Kind.ToString().ToLowerInvariant();
}
