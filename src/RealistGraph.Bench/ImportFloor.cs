using RealistGraph.Documents.StudyDocuments;
using RealistGraph.Neo4j.Client;

namespace RealistGraph.Bench;

/// <summary>
/// The import floor: a hand-written best-form import of a generated study document (<see cref="SyntheticStudies"/>:
/// domains, themes, participants, quotes coded to themes), writing the same nodes, labels, relationships and properties
/// as the service's import. One explicit transaction; the rows built straight from the document; one UNWIND statement
/// per kind, at most <see cref="BatchRows"/> rows a request; each quote's codings created with the quote (no second
/// lookup of the quote); every lookup an index seek on a unique id in the product's form (<c>USING INDEX n:L(id) WHERE
/// n.id IN [value]</c>: 3.1 plans a label scan where a label holds few nodes, and may keep an index scan per row for
/// <c>{id: value}</c>, engineering-notes "import stall"), and checked: <see cref="Statements"/> are EXPLAINed by the bench.
/// What it leaves out is the service's own work: validation, mapping, the content hash, the state check, the delete of a
/// stored version, the change log and the links.
/// </summary>
public static class ImportFloor
{
    public const int BatchRows = 5_000;

    private const string CreateStudy = """
        CREATE (s:Study {id: $study.id})
        SET s += $study
        """;

    private const string CreateDomains = """
        MATCH (s:Study)
        USING INDEX s:Study(id)
        WHERE s.id IN [$studyId]
        UNWIND $rows AS row
        MERGE (c:CanonicalDomain {id: row.canonicalDomain})
        CREATE (s)-[:HAS_DOMAIN]->(d:Domain:StudyPart {id: row.id, studyId: $studyId, ordinal: row.ordinal, name: row.name,
                canonicalDomain: row.canonicalDomain})-[:MAPS_TO]->(c)
        """;

    private const string CreateThemes = """
        MATCH (s:Study)
        USING INDEX s:Study(id)
        WHERE s.id IN [$studyId]
        UNWIND $rows AS row
        MATCH (d:Domain)
        USING INDEX d:Domain(id)
        WHERE d.id IN [row.domainId]
        CREATE (s)-[:REPORTS]->(t:Theme:Finding:StudyPart {id: row.id, studyId: $studyId, ordinal: row.ordinal, domainId: row.domainId,
                code: row.code, name: row.name, summary: row.summary, polarity: row.polarity})-[:IN_DOMAIN]->(d)
        """;

    private const string CreateParticipants = """
        MATCH (s:Study)
        USING INDEX s:Study(id)
        WHERE s.id IN [$studyId]
        UNWIND $rows AS row
        CREATE (s)-[:HAS_PARTICIPANT]->(:Participant:StudyPart {id: row.id, studyId: $studyId, ordinal: row.ordinal, label: row.label,
                site: row.site, attributes: '{}'})
        """;

    private const string CreateQuotes = """
        MATCH (s:Study)
        USING INDEX s:Study(id)
        WHERE s.id IN [$studyId]
        UNWIND $rows AS row
        MATCH (p:Participant)
        USING INDEX p:Participant(id)
        WHERE p.id IN [row.participantId]
        CREATE (s)-[:HAS_QUOTE]->(q:Quote:StudyPart {id: row.id, studyId: $studyId, ordinal: row.ordinal, participantId: row.participantId,
                text: row.text, location: row.location})-[:SPOKEN_BY]->(p)
        WITH q, row
        UNWIND row.codings AS coding
        MATCH (t:Theme)
        USING INDEX t:Theme(id)
        WHERE t.id IN [coding.themeId]
        CREATE (q)-[:EVIDENCES {ordinal: coding.ordinal}]->(t)
        """;

    /// <summary>The floor's statements with example parameters, for EXPLAIN.</summary>
    public static IReadOnlyList<CypherStatement> Statements(string studyId)
    {
        var row = new Dictionary<string, object?>
        {
            ["id"] = studyId + "/x", ["canonicalDomain"] = "social", ["domainId"] = studyId + "/d", ["participantId"] = studyId + "/p",
            ["codings"] = new[] { new Dictionary<string, object?> { ["themeId"] = studyId + "/t", ["ordinal"] = 0 } },
        };
        return [.. new[] { CreateDomains, CreateThemes, CreateParticipants, CreateQuotes }
            .Select(text => new CypherStatement(text, new Dictionary<string, object?> { ["studyId"] = studyId, ["rows"] = new[] { row } }) { Name = "bench/import-floor" })];
    }

    /// <summary>Writes <paramref name="doc"/> into a graph that does not hold it; returns the HTTP requests made inside the transaction.</summary>
    public static Task<int> WriteAsync(IGraphDatabase database, StudyDocument doc, CancellationToken cancellationToken, int batchRows = BatchRows) =>
        database.InTransactionAsync(async (tx, ct) =>
        {
            var requests = 0;
            foreach (var statements in Requests(doc, batchRows))
            {
                await tx.RunAsync(statements, ct);
                requests++;
            }

            return requests;
        }, cancellationToken);

    // The study and its small lists share the first request; the quotes (with their codings) follow in batches.
    private static IEnumerable<IReadOnlyList<CypherStatement>> Requests(StudyDocument doc, int batchRows)
    {
        var sid = doc.Id;
        string G(string local) => sid + "/" + local;
        Dictionary<string, object?> Rows(string name, IEnumerable<Dictionary<string, object?>> rows) => new() { ["studyId"] = sid, [name] = rows.ToList() };
        CypherStatement Statement(string text, Dictionary<string, object?> parameters) => new(text, parameters) { Name = "bench/import-floor" };

        var study = new Dictionary<string, object?>
        {
            ["id"] = sid, ["title"] = doc.Title, ["authors"] = doc.Authors, ["year"] = doc.Year, ["design"] = doc.Design,
            ["sampleSize"] = doc.SampleSize, ["importedAt"] = DateTimeOffset.UtcNow.ToString("O"),
        };
        yield return
        [
            Statement(CreateStudy, new() { ["study"] = study }),
            Statement(CreateDomains, Rows("rows", doc.Domains.Select((d, i) => new Dictionary<string, object?>
            {
                ["id"] = G(d.Id), ["ordinal"] = i, ["name"] = d.Name, ["canonicalDomain"] = d.Canonical,
            }))),
            Statement(CreateThemes, Rows("rows", doc.Themes.Select((t, i) => new Dictionary<string, object?>
            {
                ["id"] = G(t.Id), ["ordinal"] = i, ["domainId"] = G(t.Domain), ["code"] = t.Code, ["name"] = t.Name, ["summary"] = t.Summary,
                ["polarity"] = t.Polarity.ToUpperInvariant(),
            }))),
            Statement(CreateParticipants, Rows("rows", doc.Participants.Select((p, i) => new Dictionary<string, object?>
            {
                ["id"] = G(p.Id), ["ordinal"] = i, ["label"] = p.Label, ["site"] = p.Site,
            }))),
        ];

        var coding = 0;
        foreach (var chunk in doc.Quotes.Select((q, i) => (q, i)).Chunk(batchRows))
        {
            yield return
            [
                Statement(CreateQuotes, Rows("rows", chunk.Select(x => new Dictionary<string, object?>
                {
                    ["id"] = G(x.q.Id), ["ordinal"] = x.i, ["participantId"] = G(x.q.Participant!), ["text"] = x.q.Text, ["location"] = x.q.Location,
                    ["codings"] = x.q.Themes.Select(t => new Dictionary<string, object?> { ["themeId"] = G(t), ["ordinal"] = coding++ }).ToList(),
                }))),
            ];
        }
    }
}
