using GraphQL.Types;
using RealistGraph.Api.GraphQL.Loaders;
using RealistGraph.Api.GraphQL.Types;
using RealistGraph.Application.Studies;
using RealistGraph.Documents.StudyDocuments;
using RealistGraph.Neo4j.Reading;

namespace RealistGraph.Api.GraphQL.Uploads;

/// <summary>What <c>validateStudy</c> found: the problems with their places, or what an import would write.</summary>
public sealed record StudyValidation(StudyFile? Study, IReadOnlyList<DocumentProblem> Problems)
{
    public static StudyValidation Of(StudyFile study) => new(study, []);

    public static StudyValidation Of(StudyDocumentException refused) => new(null, refused.Problems);

    /// <summary>The counts of what the study holds, in words: "3 domains, 10 themes, 61 quotes".</summary>
    public string Contents()
    {
        if (Study?.Document is not { } d)
        {
            return "";
        }

        (int Count, string Name)[] parts =
        [
            (d.Domains.Count, "domains"), (d.Themes.Count, "themes"), (d.Participants.Count, "participants"), (d.Quotes.Count, "quotes"),
            (d.Interventions.Count, "interventions"), (d.Contexts.Count, "contexts"), (d.Mechanisms.Count, "mechanisms"),
            (d.Outcomes.Count, "outcomes"), (d.CmoConfigurations.Count, "CMO configurations"), (d.Links.Count, "links"),
        ];
        return string.Join(", ", parts.Where(p => p.Count > 0).Select(p => $"{p.Count} {p.Name}"));
    }
}

public sealed class DocumentProblemType : ObjectGraphType<DocumentProblem>
{
    public DocumentProblemType()
    {
        Name = "DocumentProblem";
        Description = "One problem of a study file, with its place.";
        Field(p => p.Path).Description("Where: the path in the document (themes[3].domain), empty for the file as a whole.");
        Field(p => p.Message).Description("What is wrong.");
        Field(p => p.Line, nullable: true).Description("The line in the file, where known.");
        Field(p => p.Column, nullable: true).Description("The column in the file, where known.");
    }
}

public sealed class StudyValidationType : ObjectGraphType<StudyValidation>
{
    public StudyValidationType()
    {
        Name = "StudyValidation";
        Description = "What validateStudy found in a study file. Nothing is written.";
        Field<NonNullGraphType<BooleanGraphType>>("valid").Description("True when the file can be imported as it is.").Resolve(c => c.Source.Problems.Count == 0);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<DocumentProblemType>>>>("problems")
            .Description("Every problem found, each with its place; empty when valid.").Resolve(c => c.Source.Problems);
        Field<IdGraphType>("studyId").Description("The id of the study the file holds (when it could be read).").Resolve(c => c.Source.Study?.Document.Id);
        Field<StringGraphType>("title").Description("The study's title (when it could be read).").Resolve(c => c.Source.Study?.Document.Title);
        Field<StudyType>("storedStudy")
            .Description("The stored study with the same id, which an import would replace whole; null when there is none.")
            .Resolve(c => c.Source.Study is { } study ? c.Loaders().Node(Nodes.Study, study.Document.Id) : null);
        Field<NonNullGraphType<StringGraphType>>("contents").Description("What an import would write, in words: '3 domains, 10 themes, 61 quotes'.").Resolve(c => c.Source.Contents());
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>("notes")
            .Description("What the source format could not carry over (QDA elements skipped, defaults assumed).").Resolve(c => c.Source.Study?.Notes ?? []);
    }
}
