using Xunit.Abstractions;
using Xunit.Sdk;

namespace Gpsi.Data.Tests.Store;

/// <summary>Discovers <see cref="StoreFactAttribute"/> facts, skipping them in <see cref="PostgresStoreTests"/>
/// when <see cref="PostgresServer.SkipReason"/> says so.</summary>
public sealed class StoreFactDiscoverer(IMessageSink diagnosticMessageSink) : FactDiscoverer(diagnosticMessageSink)
{
    protected override IXunitTestCase CreateTestCase(ITestFrameworkDiscoveryOptions discoveryOptions,
        ITestMethod testMethod, IAttributeInfo factAttribute)
    {
        ArgumentNullException.ThrowIfNull(discoveryOptions);
        ArgumentNullException.ThrowIfNull(testMethod);
        var skip = typeof(PostgresStoreTests).IsAssignableFrom(testMethod.TestClass.Class.ToRuntimeType())
            ? PostgresServer.SkipReason
            : null;
        return skip is null
            ? base.CreateTestCase(discoveryOptions, testMethod, factAttribute)
            : new XunitSkippedDataRowTestCase(DiagnosticMessageSink, discoveryOptions.MethodDisplayOrDefault(),
                discoveryOptions.MethodDisplayOptionsOrDefault(), testMethod, skip);
    }
}
