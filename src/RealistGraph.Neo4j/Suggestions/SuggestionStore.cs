using System.Globalization;
using RealistGraph.Domain.Model;
using RealistGraph.Domain.Similarity;
using RealistGraph.Neo4j.Changes;
using RealistGraph.Neo4j.Client;
using RealistGraph.Neo4j.Import;
using RealistGraph.Neo4j.Queries;
using Q = RealistGraph.Neo4j.Queries.QueryNames.Suggestions;

namespace RealistGraph.Neo4j.Suggestions;

/// <summary>What link suggestions read (the texts of findings of every kind) and the rejections they keep.</summary>
public sealed class SuggestionStore(IGraphDatabase database)
{
    /// <summary>
    /// Every finding of every kind, with its text and what its polarity is read from, ordered by id; and every rejection.
    /// One request.
    /// </summary>
    public async Task<(IReadOnlyList<FindingSource> Findings, IReadOnlyList<SuggestionRejection> Rejections)> InputsAsync(CancellationToken cancellationToken = default)
    {
        var results = await database.RunAsync([QueryCatalog.Embedded.Statement(Q.FindingTexts), QueryCatalog.Embedded.Statement(Q.Rejections)], cancellationToken);
        return (Sources(results[0]), results[1].Records.Select(Read).ToList());
    }

    private static List<FindingSource> Sources(CypherResult result) =>
        result.Records
        .Select(r =>
        {
            var kind = Enum.Parse<FindingKind>(r.GetString("kind"));
            var polarity = r.GetNullableString("polarity") is not { } p ? (Polarity?)null
                : kind == FindingKind.Outcome ? PolarityRule.OfValence(GraphValues.Parse<OutcomeValence>(p)) ?? Polarity.Mixed
                : GraphValues.Parse<Polarity>(p);
            return new FindingSource(
                r.GetString("id"), r.GetString("studyId"), kind, r.GetString("name"), r.GetString("summary"), r.GetStrings("quotes"), polarity,
                r.GetNullableString("contextId"), r.GetNullableString("mechanismId"), r.GetNullableString("outcomeId"));
        })
        .OrderBy(f => f.Id, StringComparer.Ordinal)
        .ToList();

    /// <summary>The study of each finding (of any kind) that exists among <paramref name="findingIds"/>.</summary>
    public async Task<IReadOnlyDictionary<string, string>> StudiesOfFindingsAsync(IReadOnlyCollection<string> findingIds, CancellationToken cancellationToken = default) =>
        (await database.RunAsync(QueryCatalog.Embedded.Statement(Q.FindingsByIds, new Dictionary<string, object?> { ["ids"] = findingIds, ["withText"] = false }), cancellationToken))
        .Records.ToDictionary(r => r.GetString("id"), r => r.GetString("studyId"), StringComparer.Ordinal);

    public async Task<bool> StudyExistsAsync(string studyId, CancellationToken cancellationToken = default) =>
        (await database.RunAsync(QueryCatalog.Embedded.Statement(Q.StudyExists, new Dictionary<string, object?> { ["id"] = studyId }), cancellationToken))
        .Single().GetBoolean("found");

    /// <summary>
    /// Stores the rejection and records it in the change logs of both findings' studies: one request, one transaction,
    /// so a failed write records nothing.
    /// </summary>
    public async Task<SuggestionRejection> RejectAsync(SuggestionRejection rejection, CancellationToken cancellationToken = default)
    {
        var summary = $"rejected the suggested link between '{rejection.FromId}' and '{rejection.ToId}': {rejection.Reason}";
        var results = await database.RunAsync(
            [
                QueryCatalog.Embedded.Statement(Q.Reject, new Dictionary<string, object?>
                {
                    ["id"] = SuggestionRejection.PairId(rejection.FromId, rejection.ToId), ["fromId"] = rejection.FromId, ["toId"] = rejection.ToId,
                    ["reason"] = rejection.Reason, ["author"] = rejection.Author,
                    ["rejectedAt"] = rejection.RejectedAt.ToString("O", CultureInfo.InvariantCulture),
                }),
                ChangeLog.Record(StudyIds.StudyOf(rejection.FromId), "rejectSuggestion", rejection.FromId, summary),
                ChangeLog.Record(StudyIds.StudyOf(rejection.ToId), "rejectSuggestion", rejection.ToId, summary),
            ],
            cancellationToken);
        return Read(results[0].Records.Single());
    }

    /// <summary>Every rejection, oldest first (a backup writes them).</summary>
    public async Task<IReadOnlyList<SuggestionRejection>> AllRejectionsAsync(CancellationToken cancellationToken = default) =>
        (await database.RunAsync(QueryCatalog.Embedded.Statement(Q.Rejections), cancellationToken)).Records.Select(Read).ToList();

    /// <summary>The statement that writes rejections back as they were, for a restore that runs it in its own transaction.</summary>
    internal static CypherStatement RestoreRejectionsStatement(IReadOnlyList<SuggestionRejection> rejections) =>
        QueryCatalog.Embedded.Statement(Q.RestoreRejections, new Dictionary<string, object?>
        {
            ["rejections"] = rejections.Select(r => new Dictionary<string, object?>
            {
                ["id"] = SuggestionRejection.PairId(r.FromId, r.ToId), ["fromId"] = r.FromId, ["toId"] = r.ToId,
                ["reason"] = r.Reason, ["author"] = r.Author, ["rejectedAt"] = r.RejectedAt.ToString("O", CultureInfo.InvariantCulture),
            }).ToList(),
        });

    private static SuggestionRejection Read(CypherRecord r) => new(
        r.GetString("fromId"), r.GetString("toId"), r.GetString("reason"), r.GetString("author"),
        DateTimeOffset.Parse(r.GetString("rejectedAt"), CultureInfo.InvariantCulture));
}
