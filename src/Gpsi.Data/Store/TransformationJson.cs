namespace Gpsi.Data.Store;

/// <summary>
/// JSON for a provenance's transformation list, reusing the last text when the list is the same instance or has the
/// same items (loaders share one provenance per source, so a bulk load serialises a handful of lists, not 200,000).
/// </summary>
internal sealed class TransformationJson
{
    private IReadOnlyList<string>? _last;
    private string _lastJson = "[]";

    public string For(IReadOnlyList<string> transformations)
    {
        ArgumentNullException.ThrowIfNull(transformations);
        if (transformations.Count == 0)
        {
            return "[]";
        }

        if (!ReferenceEquals(transformations, _last)
            && (_last is null || !transformations.SequenceEqual(_last, StringComparer.Ordinal)))
        {
            _lastJson = StoreJson.Strings(transformations);
        }

        _last = transformations;
        return _lastJson;
    }
}
