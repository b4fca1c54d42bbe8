using Xunit;

namespace Atoll.Runtime.Tests;

public class SmokeTests
{
    [Fact]
    public void Runtime_assembly_loads() => Assert.NotNull(typeof(Atoll.Runtime.RuntimeInfo).Assembly);
}
