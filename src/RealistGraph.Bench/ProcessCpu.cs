using System.Diagnostics;
using System.Globalization;

namespace RealistGraph.Bench;

/// <summary>
/// CPU time used by this process (the service hosted in it, and the benchmark's clients) and by the Neo4j server
/// (<c>NEO4J_PID</c>, read from <c>/proc</c>): on a shared machine, CPU per request says where a read's time goes
/// far more steadily than wall time.
/// </summary>
public sealed class ProcessCpu
{
    private const double TicksPerSecond = 100; // USER_HZ on Linux

    private readonly int? _neo4jPid = int.TryParse(Environment.GetEnvironmentVariable("NEO4J_PID"), out var pid) ? pid : null;

    public bool SeesNeo4j => _neo4jPid is not null && Neo4j() is not null;

    public (TimeSpan Self, TimeSpan? Neo4j) Now()
    {
        using var self = Process.GetCurrentProcess();
        return (self.TotalProcessorTime, Neo4j());
    }

    private TimeSpan? Neo4j()
    {
        try
        {
            var stat = File.ReadAllText($"/proc/{_neo4jPid}/stat");
            var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
            var ticks = long.Parse(fields[11], CultureInfo.InvariantCulture) + long.Parse(fields[12], CultureInfo.InvariantCulture);
            return TimeSpan.FromSeconds(ticks / TicksPerSecond);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or FormatException or IndexOutOfRangeException)
        {
            return null;
        }
    }
}
