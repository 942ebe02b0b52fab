using System.Collections.Frozen;
using Gpsi.Core.Diagnostics;

namespace Gpsi.Data.Countries;

/// <summary>
/// Collects codes and normalised names while the registry loads. A spelling or code that two sources give different
/// meanings is an error naming the second source's cell; automatic aggregate names (regions listed in the reference
/// files) only fill gaps, so a country spelling always wins over a region of the same name (M49's "Micronesia").
/// </summary>
internal sealed class EntityIndexBuilder
{
    private readonly Dictionary<string, EntityResolution> _codes = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, EntityResolution> _names = new(StringComparer.Ordinal);
    private readonly HashSet<string> _ignoredNames = new(StringComparer.Ordinal);

    /// <summary>The entry for a code (ignoring case), or null.</summary>
    public EntityResolution? Code(string code) => _codes.GetValueOrDefault(code.Trim());

    /// <summary>Adds a code; an error when the code already means something else.</summary>
    public void AddCode(string code, EntityResolution meaning, SourceLocation where, List<Diagnostic> diagnostics)
    {
        code = code.Trim();
        if (_codes.TryGetValue(code, out var existing))
        {
            if (!Same(existing, meaning))
            {
                diagnostics.Add(Diagnostic.Error("countries.code-conflict",
                    $"Code {code} is already {EntityIndex.Describe(existing)} ({existing.Reason}).", where, code,
                    $"the same meaning, {EntityIndex.Describe(existing)}"));
            }

            return;
        }

        _codes[code] = meaning;
    }

    /// <summary>Adds an aggregate code unless the code is already known.</summary>
    public void AddAggregateCodeIfAbsent(string code, string reason)
    {
        code = code.Trim();
        if (code.Length > 0)
        {
            _codes.TryAdd(code, new EntityResolution(EntityKind.Aggregate, null, reason));
        }
    }

    /// <summary>Makes a spelling unknown whatever the reference files say (WHO's SPATIAL_SYNONYM).</summary>
    public void Ignore(string name) => _ignoredNames.Add(CountryNames.Normalise(name));

    /// <summary>Adds a spelling of a country, with the reason <c>name 'normal form' (source)</c>.</summary>
    public void AddCountryName(string name, Country country, string source, SourceLocation where,
        List<Diagnostic> diagnostics)
    {
        var key = CountryNames.Normalise(name);
        AddName(name, new EntityResolution(EntityKind.Country, country, $"name '{key}' ({source})"), where,
            diagnostics);
    }

    /// <summary>Adds a spelling; an error when its normal form already means something else.</summary>
    public void AddName(string name, EntityResolution meaning, SourceLocation where, List<Diagnostic> diagnostics)
    {
        var key = CountryNames.Normalise(name);
        if (key.Length == 0 || _ignoredNames.Contains(key))
        {
            return;
        }

        if (_names.TryGetValue(key, out var existing))
        {
            if (!Same(existing, meaning))
            {
                diagnostics.Add(Diagnostic.Error("countries.name-conflict",
                    $"The spelling '{key}' already means {EntityIndex.Describe(existing)} ({existing.Reason}).",
                    where, name, $"the same meaning, {EntityIndex.Describe(existing)}"));
            }

            return;
        }

        _names[key] = meaning;
    }

    /// <summary>Adds an aggregate name unless its normal form is already known.</summary>
    public void AddAggregateNameIfAbsent(string name, string reason)
    {
        var key = CountryNames.Normalise(name);
        if (key.Length > 0 && !_ignoredNames.Contains(key))
        {
            _names.TryAdd(key, new EntityResolution(EntityKind.Aggregate, null, reason));
        }
    }

    /// <summary>The finished lookups.</summary>
    public EntityIndex Build() => new(_codes.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase),
        _names.ToFrozenDictionary(StringComparer.Ordinal));

    private static bool Same(EntityResolution a, EntityResolution b) =>
        a.Kind == b.Kind && a.Country?.Iso3 == b.Country?.Iso3;
}
