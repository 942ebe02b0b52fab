using Xunit.Sdk;

namespace Gpsi.Data.Tests.Store;

/// <summary>
/// A fact of the store contract (<see cref="StoreContract"/>): it runs once per back end. In the PostgreSQL suite it
/// is skipped exactly when <see cref="PostgresFactAttribute"/> would be (no server named and not in CI); the
/// discoverer decides per concrete test class, which an attribute on the shared base method cannot.
/// </summary>
[XunitTestCaseDiscoverer("Gpsi.Data.Tests.Store.StoreFactDiscoverer", "Gpsi.Data.Tests")]
[AttributeUsage(AttributeTargets.Method, AllowMultiple = false)]
public sealed class StoreFactAttribute : FactAttribute;
