using RealistGraph.Neo4j.Client;

namespace RealistGraph.Neo4j.Tests.Client;

/// <summary>Neo4j's out-of-memory codes are transient by name, but retrying the same work would fail again.</summary>
public sealed class OutOfMemoryCodeTests
{
    [Theory]
    [InlineData("Neo.TransientError.General.OutOfMemoryError")]
    [InlineData("Neo.TransientError.General.MemoryPoolOutOfMemoryError")]
    public void An_out_of_memory_code_is_its_own_failure_and_not_retried_as_transient(string code)
    {
        var error = Neo4jException.FromCode(code, "Java heap space");
        Assert.IsType<Neo4jOutOfMemoryException>(error);
        Assert.IsNotType<Neo4jTransientException>(error);
    }

    [Fact]
    public void Other_transient_codes_stay_transient()
    {
        Assert.IsType<Neo4jTransientException>(Neo4jException.FromCode("Neo.TransientError.Transaction.DeadlockDetected", "deadlock"));
    }
}
