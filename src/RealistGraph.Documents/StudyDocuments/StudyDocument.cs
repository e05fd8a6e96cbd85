namespace RealistGraph.Documents.StudyDocuments;

/// <summary>
/// One study as evaluators write it (YAML or JSON, same structure; see schema/study.schema.json).
/// Ids inside a document are short and local; the graph qualifies them as <c>{study id}/{local id}</c>.
/// Enumerations are written in lower case (<c>support</c>, <c>threat</c>, <c>mixed</c>, ...).
/// </summary>
public sealed class StudyDocument
{
    public string Id { get; set; } = "";
    public string Title { get; set; } = "";
    public List<string> Authors { get; set; } = [];
    public int? Year { get; set; }
    public string? Doi { get; set; }
    public string? Journal { get; set; }
    public string? Design { get; set; }
    public int? SampleSize { get; set; }
    public string? Setting { get; set; }
    public string? Summary { get; set; }

    public List<InterventionEntry> Interventions { get; set; } = [];
    public List<DomainEntry> Domains { get; set; } = [];
    public List<ThemeEntry> Themes { get; set; } = [];
    public List<ParticipantEntry> Participants { get; set; } = [];
    public List<QuoteEntry> Quotes { get; set; } = [];
    public List<ContextEntry> Contexts { get; set; } = [];
    public List<MechanismEntry> Mechanisms { get; set; } = [];
    public List<OutcomeEntry> Outcomes { get; set; } = [];
    public List<CmoEntry> CmoConfigurations { get; set; } = [];
    public List<InteractionEntry> Interactions { get; set; } = [];
    public List<LinkEntry> Links { get; set; } = [];

    /// <summary>The GUIDs, colours and codability of the QDA project the study was imported from, if any.</summary>
    public QdaIdentityEntry? Qda { get; set; }
}

public sealed class InterventionEntry
{
    public string Id { get; set; } = "";
    public string Name { get; set; } = "";
    public string? Description { get; set; }
    public List<FunctionEntry> Functions { get; set; } = [];
    public List<ActivityEntry> Activities { get; set; } = [];
}

public sealed class FunctionEntry
{
    public string Id { get; set; } = "";
    public string Name { get; set; } = "";
    public string? Description { get; set; }
}

public sealed class ActivityEntry
{
    public string Id { get; set; } = "";
    public string Name { get; set; } = "";
    public string? Description { get; set; }

    /// <summary>Local ids of the functions (of any intervention in the document) this activity enacts.</summary>
    public List<string> Functions { get; set; } = [];
}

public sealed class DomainEntry
{
    public string Id { get; set; } = "";
    public string Name { get; set; } = "";

    /// <summary>The shared domain this one maps onto for pooling across studies (e.g. personal, social, structural).</summary>
    public string Canonical { get; set; } = "";
    public string? Description { get; set; }
}

public sealed class ThemeEntry
{
    public string Id { get; set; } = "";
    public string? Code { get; set; }
    public string Name { get; set; } = "";
    public string Domain { get; set; } = "";
    public string Polarity { get; set; } = "";
    public string? Summary { get; set; }
    public string? Parent { get; set; }
}

public sealed class ParticipantEntry
{
    public string Id { get; set; } = "";
    public string Label { get; set; } = "";
    public string? Site { get; set; }
    public Dictionary<string, string> Attributes { get; set; } = [];
}

public sealed class QuoteEntry
{
    public string Id { get; set; } = "";
    public string? Participant { get; set; }
    public string Text { get; set; } = "";
    public string? Location { get; set; }

    /// <summary>Only where the quote pushes differently from its theme(s).</summary>
    public string? Polarity { get; set; }
    public List<string> Themes { get; set; } = [];
    public List<string> Mechanisms { get; set; } = [];
    public List<string> CmoConfigurations { get; set; } = [];
    public List<string> Functions { get; set; } = [];
    public List<string> Activities { get; set; } = [];
}

public sealed class ContextEntry
{
    public string Id { get; set; } = "";
    public string Description { get; set; } = "";
}

public sealed class MechanismEntry
{
    public string Id { get; set; } = "";
    public string Name { get; set; } = "";
    public string? Resource { get; set; }
    public string? Reasoning { get; set; }
}

public sealed class OutcomeEntry
{
    public string Id { get; set; } = "";
    public string Description { get; set; } = "";

    /// <summary>positive | negative | mixed</summary>
    public string Valence { get; set; } = "";
}

public sealed class CmoEntry
{
    public string Id { get; set; } = "";
    public string Statement { get; set; } = "";

    /// <summary>low | moderate | high</summary>
    public string? Confidence { get; set; }
    public string? Context { get; set; }
    public string? Mechanism { get; set; }
    public string? Outcome { get; set; }
    public List<string> Themes { get; set; } = [];
    public List<string> Functions { get; set; } = [];
    public List<string> Activities { get; set; } = [];
}

public sealed class InteractionEntry
{
    public string Id { get; set; } = "";
    public string From { get; set; } = "";
    public string To { get; set; } = "";

    /// <summary>reinforcing | countering</summary>
    public string Kind { get; set; } = "";
    public string Description { get; set; } = "";
}

/// <summary>A link from a finding of this study to a finding of another, addressed by its global id (<c>{study id}/{local id}</c>).</summary>
public sealed class LinkEntry
{
    public string From { get; set; } = "";
    public string To { get; set; } = "";

    /// <summary>corroborates | contradicts | refines | similar-to</summary>
    public string Relation { get; set; } = "";
    public string Rationale { get; set; } = "";
    public string Author { get; set; } = "";
    public DateTimeOffset? CreatedAt { get; set; }
}

/// <summary>
/// What a QDA project (REFI-QDA) called the study's things, kept from import to export so that an exported project
/// can be merged back into the one it came from: the GUIDs of codes, cases, sources, selections and users, and each
/// code's colour and codability. RealistGraph itself never reads meaning from it.
/// </summary>
public sealed class QdaIdentityEntry
{
    /// <summary>Codes by the local id of the domain, theme, context, mechanism or outcome they became.</summary>
    public List<QdaCodeEntry> Codes { get; set; } = [];

    /// <summary>Cases by the local id of their participant.</summary>
    public List<QdaGuidEntry> Cases { get; set; } = [];

    /// <summary>Sources by the local id of the participant whose quotes they hold (<c>unattributed</c> for none).</summary>
    public List<QdaGuidEntry> Sources { get; set; } = [];

    /// <summary>Coded selections by the local id of the quote they became.</summary>
    public List<QdaGuidEntry> Selections { get; set; } = [];

    /// <summary>The project's users (id: the user's name).</summary>
    public List<QdaGuidEntry> Users { get; set; } = [];
}

public sealed class QdaCodeEntry
{
    public string Id { get; set; } = "";
    public string Guid { get; set; } = "";
    public string? Color { get; set; }

    /// <summary><c>true</c> | <c>false</c>, as the project's <c>isCodable</c> said.</summary>
    public string? IsCodable { get; set; }
}

public sealed class QdaGuidEntry
{
    public string Id { get; set; } = "";
    public string Guid { get; set; } = "";
    public string? Name { get; set; }
}
