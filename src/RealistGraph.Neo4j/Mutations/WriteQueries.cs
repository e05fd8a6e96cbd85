using RealistGraph.Neo4j.Client;
using RealistGraph.Neo4j.Reading;
using M = RealistGraph.Neo4j.Queries.QueryNames.Mutations;
using N = RealistGraph.Neo4j.Queries.QueryNames.Nodes;

namespace RealistGraph.Neo4j.Mutations;

/// <summary>How nodes of one label are created and read back, and which query sets each of their relationships.</summary>
internal sealed record NodeWrites(string? CreateQuery, string NodeQuery, Func<CypherRecord, object> Map, IReadOnlyDictionary<string, string> SetQueries);

/// <summary>How a many-to-many relationship is added and removed, and how its start node is read back.</summary>
internal sealed record RelationWrites(string ConnectQuery, string DisconnectQuery, string NodeQuery, Func<CypherRecord, object> Map);

/// <summary>The queries behind every write, by node label, input field and relationship type.</summary>
internal static class WriteQueries
{
    private static readonly Dictionary<string, string> None = [];

    public static IReadOnlyDictionary<string, NodeWrites> Nodes { get; } = new Dictionary<string, NodeWrites>
    {
        ["Study"] = new(M.CreateStudy, N.Study, GraphRecords.Study, None),
        ["Intervention"] = new(M.CreateIntervention, N.Intervention, GraphRecords.Intervention, None),
        ["Function"] = new(M.CreateFunction, N.Function, GraphRecords.Function, new Dictionary<string, string> { ["interventionId"] = M.SetFunctionIntervention }),
        ["Activity"] = new(M.CreateActivity, N.Activity, GraphRecords.Activity, new Dictionary<string, string> { ["interventionId"] = M.SetActivityIntervention }),
        ["Domain"] = new(M.CreateDomain, N.Domain, GraphRecords.Domain, new Dictionary<string, string> { ["canonicalDomain"] = M.SetDomainCanonical }),
        ["Theme"] = new(M.CreateTheme, N.Theme, GraphRecords.Theme, new Dictionary<string, string>
        {
            ["domainId"] = M.SetThemeDomain, ["parentThemeId"] = M.SetThemeParent,
        }),
        ["Participant"] = new(M.CreateParticipant, N.Participant, GraphRecords.Participant, None),
        ["Quote"] = new(M.CreateQuote, N.Quote, GraphRecords.Quote, new Dictionary<string, string> { ["participantId"] = M.SetQuoteParticipant }),
        ["Context"] = new(M.CreateContext, N.Context, GraphRecords.Context, None),
        ["Mechanism"] = new(M.CreateMechanism, N.Mechanism, GraphRecords.Mechanism, None),
        ["Outcome"] = new(M.CreateOutcome, N.Outcome, GraphRecords.Outcome, None),
        ["CmoConfiguration"] = new(M.CreateCmoConfiguration, N.CmoConfiguration, GraphRecords.Cmo, new Dictionary<string, string>
        {
            ["contextId"] = M.SetCmoContext, ["mechanismId"] = M.SetCmoMechanism, ["outcomeId"] = M.SetCmoOutcome,
        }),
        ["DomainInteraction"] = new(M.CreateDomainInteraction, N.DomainInteraction, GraphRecords.Interaction, new Dictionary<string, string>
        {
            ["fromDomainId"] = M.SetInteractionFrom, ["toDomainId"] = M.SetInteractionTo,
        }),
    };

    public static IReadOnlyDictionary<string, RelationWrites> Relations { get; } = new Dictionary<string, RelationWrites>
    {
        ["EVIDENCES"] = new(M.ConnectEvidences, M.DisconnectEvidences, N.Quote, GraphRecords.Quote),
        ["INVOLVES"] = new(M.ConnectInvolves, M.DisconnectInvolves, N.CmoConfiguration, GraphRecords.Cmo),
        ["ENACTED_BY"] = new(M.ConnectEnactedBy, M.DisconnectEnactedBy, N.Function, GraphRecords.Function),
    };

    public static NodeWrites Of(string label) =>
        Nodes.TryGetValue(label, out var writes) ? writes : throw new ArgumentException($"No writes for nodes labelled {label}.", nameof(label));

    public static string SetQuery(string label, string field) =>
        Of(label).SetQueries.TryGetValue(field, out var query) ? query : throw new ArgumentException($"{label}.{field} is not a relationship the API sets.", nameof(field));
}
