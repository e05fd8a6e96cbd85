using System.Diagnostics;
using System.Text.Json;
using RealistGraph.Domain.Model;
using RealistGraph.Neo4j.Client;
using RealistGraph.Neo4j.Import;
using RealistGraph.Neo4j.Queries;
using Q = RealistGraph.Neo4j.Queries.QueryNames.Import;

namespace RealistGraph.Bench;

/// <summary>What the naive baseline took: the rows before the quotes, and the first quotes with their codings.</summary>
public sealed record NaiveTiming(TimeSpan Setup, int SetupRows, TimeSpan Quotes, int QuoteRows, int QuotesWritten, int RoundTrips);

/// <summary>
/// The baseline the batched import is compared with: the same import query files, each sent with a one-row
/// list, one HTTP request per row, all inside one explicit transaction. Only the first quotes are written.
/// </summary>
public sealed class NaiveImport(IGraphDatabase database, QueryCatalog catalog)
{
    /// <summary>
    /// Writes the study, its domains, themes and participants, then the first <paramref name="quoteCount"/> quotes
    /// with their codings. The quote part is timed from the end of the set-up rows to the end of the commit.
    /// </summary>
    public async Task<NaiveTiming> WriteAsync(StudyGraph g, int quoteCount, CancellationToken cancellationToken = default)
    {
        using var scope = CypherRoundTrips.BeginScope(out var roundTrips);
        var clock = Stopwatch.StartNew();
        var setup = TimeSpan.Zero;
        var (setupRows, quoteRows, quotesWritten) = await database.InTransactionAsync(async (tx, ct) =>
        {
            var setupCount = 0;
            async Task One(string name, Dictionary<string, object?> row)
            {
                row["ordinal"] ??= 0;
                await tx.RunAsync(catalog.Statement(name, new Dictionary<string, object?> { ["studyId"] = g.Study.Id, ["rows"] = new[] { row } }), ct);
            }

            await tx.RunAsync(catalog.Statement(Q.CreateStudy, new Dictionary<string, object?>
            {
                ["study"] = StudyRow(g.Study), ["contentHash"] = StudyGraphWriter.ContentHash(g), ["importedAt"] = DateTimeOffset.UtcNow.ToString("O"),
                ["rows"] = null,
            }), ct);
            setupCount++;
            foreach (var (d, i) in g.Domains.Select((d, i) => (d, i)))
            {
                await One(Q.CreateDomains, new() { ["id"] = d.Id, ["name"] = d.Name, ["canonicalDomain"] = d.CanonicalDomain, ["description"] = d.Description, ["ordinal"] = i });
                setupCount++;
            }

            foreach (var (t, i) in g.Themes.Select((t, i) => (t, i)))
            {
                await One(Q.CreateThemes, new()
                {
                    ["id"] = t.Id, ["domainId"] = t.DomainId, ["code"] = t.Code, ["name"] = t.Name, ["summary"] = t.Summary,
                    ["polarity"] = GraphValues.Of(t.Polarity), ["parentThemeId"] = t.ParentThemeId, ["ordinal"] = i,
                });
                setupCount++;
            }

            foreach (var (p, i) in g.Participants.Select((p, i) => (p, i)))
            {
                await One(Q.CreateParticipants, new()
                {
                    ["id"] = p.Id, ["label"] = p.Label, ["site"] = p.Site, ["attributes"] = JsonSerializer.Serialize(p.Attributes), ["ordinal"] = i,
                });
                setupCount++;
            }

            setup = clock.Elapsed;
            var codings = g.Edges.Where(e => e.Kind == EdgeKind.Evidences).ToLookup(e => e.FromId, StringComparer.Ordinal);
            var written = 0;
            var edgeOrdinal = 0;
            foreach (var (q, i) in g.Quotes.Take(quoteCount).Select((q, i) => (q, i)))
            {
                await One(Q.CreateQuotes, new()
                {
                    ["id"] = q.Id, ["participantId"] = q.ParticipantId, ["text"] = q.Text, ["location"] = q.Location,
                    ["polarity"] = q.Polarity is { } polarity ? GraphValues.Of(polarity) : null, ["ordinal"] = i,
                });
                written++;
                foreach (var e in codings[q.Id])
                {
                    await One(Q.Edge(e.Kind, e.ToKind), new() { ["fromId"] = e.FromId, ["toId"] = e.ToId, ["ordinal"] = edgeOrdinal++ });
                    written++;
                }
            }

            return (setupCount, written, Math.Min(quoteCount, g.Quotes.Count));
        }, cancellationToken);
        return new NaiveTiming(setup, setupRows, clock.Elapsed - setup, quoteRows, quotesWritten, roundTrips.Count);
    }

    private static Dictionary<string, object?> StudyRow(Study s) => new()
    {
        ["id"] = s.Id, ["title"] = s.Title, ["authors"] = s.Authors, ["year"] = s.Year, ["doi"] = s.Doi,
        ["journal"] = s.Journal, ["design"] = s.Design, ["sampleSize"] = s.SampleSize, ["setting"] = s.Setting, ["summary"] = s.Summary,
    };
}
