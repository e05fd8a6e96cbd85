using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using RealistGraph.Domain.Model;

namespace RealistGraph.Documents.StudyDocuments;

/// <summary>
/// Converts between a study document (short local ids) and the <see cref="StudyGraph"/> the graph stores
/// (global ids <c>{study}/{local}</c>). <see cref="ToGraph"/> expects a document that passed validation.
/// </summary>
public static class StudyDocumentMapper
{
    private static readonly JsonSerializerOptions _qdaJson = new(JsonSerializerDefaults.Web)
    {
        DefaultIgnoreCondition = System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull,
    };

    public static StudyGraph ToGraph(StudyDocument doc, DateTimeOffset? now = null)
    {
        var sid = doc.Id;
        string G(string local) => StudyIds.Qualify(sid, local);
        string? GOpt(string? local) => local is null ? null : G(local);

        var kinds = new Dictionary<string, NodeKind>(StringComparer.Ordinal);
        doc.Themes.ForEach(t => kinds[t.Id] = NodeKind.Theme);
        doc.Mechanisms.ForEach(m => kinds[m.Id] = NodeKind.Mechanism);
        doc.CmoConfigurations.ForEach(c => kinds[c.Id] = NodeKind.CmoConfiguration);
        doc.Interventions.ForEach(i =>
        {
            i.Functions.ForEach(f => kinds[f.Id] = NodeKind.Function);
            i.Activities.ForEach(a => kinds[a.Id] = NodeKind.Activity);
        });

        var edges = new List<Edge>();
        foreach (var i in doc.Interventions)
        {
            foreach (var a in i.Activities)
            {
                edges.AddRange(a.Functions.Select(f => new Edge(EdgeKind.EnactedBy, G(f), G(a.Id), NodeKind.Activity)));
            }
        }

        // Quotes are the bulk of a large study: each quote's id is made once for it and its edges, and the ids of the few
        // things quotes point at (themes, participants...) are shared rather than made again on every quote.
        var shared = new Dictionary<string, string>(StringComparer.Ordinal);
        string Shared(string local) => shared.TryGetValue(local, out var global) ? global : shared[local] = G(local);
        var quotes = new List<Quote>(doc.Quotes.Count);
        foreach (var q in doc.Quotes)
        {
            var quoteId = G(q.Id);
            quotes.Add(new Quote(quoteId, sid, q.Participant is null ? null : Shared(q.Participant), q.Text, q.Location,
                q.Polarity is null ? null : DocumentValues.Read<Polarity>(q.Polarity)));
            edges.AddRange(q.Themes.Concat(q.Mechanisms).Concat(q.CmoConfigurations).Concat(q.Functions).Concat(q.Activities)
                .Select(target => new Edge(EdgeKind.Evidences, quoteId, Shared(target), kinds[target])));
        }

        foreach (var c in doc.CmoConfigurations)
        {
            edges.AddRange(c.Themes.Concat(c.Functions).Concat(c.Activities)
                .Select(target => new Edge(EdgeKind.Involves, G(c.Id), G(target), kinds[target])));
        }

        var linkTime = now ?? DateTimeOffset.UtcNow;
        return new StudyGraph(
            new Study(sid, doc.Title, doc.Authors, doc.Year, doc.Doi, doc.Journal, doc.Design, doc.SampleSize, doc.Setting, doc.Summary)
            {
                Qda = doc.Qda is null ? null : JsonSerializer.Serialize(doc.Qda, _qdaJson),
            },
            doc.Interventions.Select(i => new Intervention(G(i.Id), sid, i.Name, i.Description)).ToList(),
            doc.Interventions.SelectMany(i => i.Functions.Select(f => new InterventionFunction(G(f.Id), sid, G(i.Id), f.Name, f.Description))).ToList(),
            doc.Interventions.SelectMany(i => i.Activities.Select(a => new Activity(G(a.Id), sid, G(i.Id), a.Name, a.Description))).ToList(),
            doc.Domains.Select(d => new StudyDomain(G(d.Id), sid, d.Name, d.Canonical, d.Description)).ToList(),
            doc.Themes.Select(t => new Theme(G(t.Id), sid, G(t.Domain), t.Code, t.Name, t.Summary,
                DocumentValues.Read<Polarity>(t.Polarity), GOpt(t.Parent))).ToList(),
            doc.Participants.Select(p => new Participant(G(p.Id), sid, p.Label, p.Site, p.Attributes)).ToList(),
            quotes,
            doc.Contexts.Select(c => new Context(G(c.Id), sid, c.Description)).ToList(),
            doc.Mechanisms.Select(m => new Mechanism(G(m.Id), sid, m.Name, m.Resource, m.Reasoning)).ToList(),
            doc.Outcomes.Select(o => new Outcome(G(o.Id), sid, o.Description, DocumentValues.Read<OutcomeValence>(o.Valence))).ToList(),
            doc.CmoConfigurations.Select(c => new CmoConfiguration(G(c.Id), sid, c.Statement,
                c.Confidence is null ? null : DocumentValues.Read<Confidence>(c.Confidence),
                GOpt(c.Context), GOpt(c.Mechanism), GOpt(c.Outcome))).ToList(),
            doc.Interactions.Select(i => new DomainInteraction(G(i.Id), sid, G(i.From), G(i.To),
                DocumentValues.Read<InteractionKind>(i.Kind), i.Description)).ToList(),
            edges,
            doc.Links.Select(l =>
            {
                var relation = DocumentValues.Read<LinkRelation>(l.Relation);
                return new FindingLink(LinkId(G(l.From), l.To, relation), G(l.From), l.To, relation, l.Rationale, l.Author, l.CreatedAt ?? linkTime);
            }).ToList());
    }

    /// <summary>A link's id follows from its ends and relation, so re-importing a document keeps it stable.</summary>
    public static string LinkId(string fromId, string toId, LinkRelation relation)
    {
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes($"{fromId}\n{toId}\n{relation}"));
        return "link-" + Convert.ToHexString(hash, 0, 8).ToLowerInvariant();
    }

    public static StudyDocument ToDocument(StudyGraph g)
    {
        var sid = g.Study.Id;
        string L(string global) => StudyIds.Local(sid, global);
        string? LOpt(string? global) => global is null ? null : L(global);
        List<string> Targets(EdgeKind kind, string from, NodeKind toKind) =>
            g.Edges.Where(e => e.Kind == kind && e.FromId == from && e.ToKind == toKind).Select(e => L(e.ToId)).ToList();

        var s = g.Study;
        return new StudyDocument
        {
            Id = sid, Title = s.Title, Authors = [.. s.Authors], Year = s.Year, Doi = s.Doi, Journal = s.Journal,
            Design = s.Design, SampleSize = s.SampleSize, Setting = s.Setting, Summary = s.Summary,
            Qda = s.Qda is null ? null : JsonSerializer.Deserialize<QdaIdentityEntry>(s.Qda, _qdaJson),
            Interventions = g.Interventions.Select(i => new InterventionEntry
            {
                Id = L(i.Id), Name = i.Name, Description = i.Description,
                Functions = g.Functions.Where(f => f.InterventionId == i.Id)
                    .Select(f => new FunctionEntry { Id = L(f.Id), Name = f.Name, Description = f.Description }).ToList(),
                Activities = g.Activities.Where(a => a.InterventionId == i.Id)
                    .Select(a => new ActivityEntry
                    {
                        Id = L(a.Id), Name = a.Name, Description = a.Description,
                        Functions = g.Edges.Where(e => e.Kind == EdgeKind.EnactedBy && e.ToId == a.Id).Select(e => L(e.FromId)).ToList(),
                    }).ToList(),
            }).ToList(),
            Domains = g.Domains.Select(d => new DomainEntry { Id = L(d.Id), Name = d.Name, Canonical = d.CanonicalDomain, Description = d.Description }).ToList(),
            Themes = g.Themes.Select(t => new ThemeEntry
            {
                Id = L(t.Id), Code = t.Code, Name = t.Name, Domain = L(t.DomainId), Polarity = DocumentValues.Write(t.Polarity),
                Summary = t.Summary, Parent = LOpt(t.ParentThemeId),
            }).ToList(),
            Participants = g.Participants.Select(p => new ParticipantEntry
            {
                Id = L(p.Id), Label = p.Label, Site = p.Site, Attributes = new Dictionary<string, string>(p.Attributes),
            }).ToList(),
            Quotes = g.Quotes.Select(q => new QuoteEntry
            {
                Id = L(q.Id), Participant = LOpt(q.ParticipantId), Text = q.Text, Location = q.Location,
                Polarity = q.Polarity is { } p ? DocumentValues.Write(p) : null,
                Themes = Targets(EdgeKind.Evidences, q.Id, NodeKind.Theme),
                Mechanisms = Targets(EdgeKind.Evidences, q.Id, NodeKind.Mechanism),
                CmoConfigurations = Targets(EdgeKind.Evidences, q.Id, NodeKind.CmoConfiguration),
                Functions = Targets(EdgeKind.Evidences, q.Id, NodeKind.Function),
                Activities = Targets(EdgeKind.Evidences, q.Id, NodeKind.Activity),
            }).ToList(),
            Contexts = g.Contexts.Select(c => new ContextEntry { Id = L(c.Id), Description = c.Description }).ToList(),
            Mechanisms = g.Mechanisms.Select(m => new MechanismEntry { Id = L(m.Id), Name = m.Name, Resource = m.Resource, Reasoning = m.Reasoning }).ToList(),
            Outcomes = g.Outcomes.Select(o => new OutcomeEntry { Id = L(o.Id), Description = o.Description, Valence = DocumentValues.Write(o.Valence) }).ToList(),
            CmoConfigurations = g.CmoConfigurations.Select(c => new CmoEntry
            {
                Id = L(c.Id), Statement = c.Statement, Confidence = c.Confidence is { } conf ? DocumentValues.Write(conf) : null,
                Context = LOpt(c.ContextId), Mechanism = LOpt(c.MechanismId), Outcome = LOpt(c.OutcomeId),
                Themes = Targets(EdgeKind.Involves, c.Id, NodeKind.Theme),
                Functions = Targets(EdgeKind.Involves, c.Id, NodeKind.Function),
                Activities = Targets(EdgeKind.Involves, c.Id, NodeKind.Activity),
            }).ToList(),
            Interactions = g.Interactions.Select(i => new InteractionEntry
            {
                Id = L(i.Id), From = L(i.FromDomainId), To = L(i.ToDomainId), Kind = DocumentValues.Write(i.Kind), Description = i.Description,
            }).ToList(),

            // A study's document carries the links that start at its findings; links into it belong to the other study.
            Links = g.Links.Where(l => l.FromId.StartsWith(sid + StudyIds.Separator, StringComparison.Ordinal))
                .Select(l => new LinkEntry
                {
                    From = L(l.FromId), To = l.ToId, Relation = DocumentValues.Write(l.Relation), Rationale = l.Rationale,
                    Author = l.Author, CreatedAt = l.CreatedAt,
                }).ToList(),
        };
    }
}
