using System.Diagnostics;
using RealistGraph.Domain.Model;
using RealistGraph.Neo4j.Client;
using RealistGraph.Neo4j.Import;

namespace RealistGraph.Bench;

/// <summary>What the naive baseline took: the rows before the quotes, and the first quotes with their codings.</summary>
public sealed record NaiveTiming(TimeSpan Setup, int SetupRows, TimeSpan Quotes, int QuoteRows, int QuotesWritten, int RoundTrips);

/// <summary>
/// The baseline the batched import is compared with: the batched import's own statements, each sent once per row
/// with a one-row list, one HTTP request per row, all inside one explicit transaction. Only the first quotes are written.
/// </summary>
public sealed class NaiveImport(IGraphDatabase database)
{
    private static readonly string[] SetupSteps = ["create-domains", "create-themes", "create-participants"];

    /// <summary>
    /// Writes the study, its domains, themes and participants, then the first <paramref name="quoteCount"/> quotes
    /// with their codings. The quote part is timed from the end of the set-up rows to the end of the commit.
    /// </summary>
    public async Task<NaiveTiming> WriteAsync(StudyGraph g, int quoteCount, CancellationToken cancellationToken = default)
    {
        var batched = StudyGraphWriter.WriteStatements(g);
        CypherStatement Step(string name) => batched.Single(s => s.Name!.EndsWith("/" + name, StringComparison.Ordinal));
        var setupStatements = new[] { Step("create-study") }
            .Concat(SetupSteps
                .SelectMany(name => batched.Where(s => s.Name!.EndsWith("/" + name, StringComparison.Ordinal)).SelectMany(OneRowEach)))
            .ToList();
        var quotes = batched.Where(s => s.Name!.EndsWith("/create-quotes", StringComparison.Ordinal)).SelectMany(OneRowEach).Take(quoteCount).ToList();
        var codings = batched.Where(s => s.Name!.Contains("/evidences-", StringComparison.Ordinal)).SelectMany(OneRowEach)
            .ToLookup(s => (string)RowOf(s)["fromId"]!, StringComparer.Ordinal);

        using var scope = CypherRoundTrips.BeginScope(out var roundTrips);
        var clock = Stopwatch.StartNew();
        var setup = TimeSpan.Zero;
        var quoteRows = await database.InTransactionAsync(async (tx, ct) =>
        {
            foreach (var statement in setupStatements)
            {
                await tx.RunAsync(statement, ct);
            }

            setup = clock.Elapsed;
            var written = 0;
            foreach (var quote in quotes)
            {
                await tx.RunAsync(quote, ct);
                written++;
                foreach (var coding in codings[(string)RowOf(quote)["id"]!])
                {
                    await tx.RunAsync(coding, ct);
                    written++;
                }
            }

            return written;
        }, cancellationToken);
        return new NaiveTiming(setup, setupStatements.Count, clock.Elapsed - setup, quoteRows, quotes.Count, roundTrips.Count);
    }

    private static IEnumerable<CypherStatement> OneRowEach(CypherStatement batch) =>
        ((IEnumerable<Dictionary<string, object?>>)batch.Parameters["rows"]!).Select(row =>
            batch with { Parameters = new Dictionary<string, object?>(batch.Parameters) { ["rows"] = new[] { row } } });

    private static Dictionary<string, object?> RowOf(CypherStatement oneRow) => ((Dictionary<string, object?>[])oneRow.Parameters["rows"]!)[0];
}
