using GraphQL;
using GraphQL.Types;
using RealistGraph.Api.GraphQL.Types;
using RealistGraph.Api.GraphQL.Types.Analysis;
using RealistGraph.Api.GraphQL.Uploads;
using RealistGraph.Application.Links;
using RealistGraph.Application.Studies;
using RealistGraph.Documents.StudyDocuments;
using RealistGraph.Domain.Model;
using RealistGraph.Neo4j.Import;

namespace RealistGraph.Api.GraphQL.Schema;

/// <summary>Mutations on whole studies (import) and on cross-study links.</summary>
public static class StudyMutations
{
    public static void AddTo(ObjectGraphType mutation)
    {
        mutation.Field<NonNullGraphType<ImportResultType>>("importStudy")
            .Description("Imports a study: document text (YAML or JSON), or a file of any format the command line imports (StudyFileInput: a multipart upload "
                + "or base64). All or nothing: a refused or failed import changes nothing; importing the same study again changes nothing.")
            .Argument<StringGraphType>("document", "The study document's text (YAML or JSON).")
            .Argument<StudyFileInputType>("file", "Or a study file of any import format, with its mapping file.")
            .ResolveAsync(async c => await c.RequestServices!.GetRequiredService<StudyImportService>()
                .ImportAsync(await StudySource.ReadAsync(c), c.CancellationToken));

        mutation.Field<NonNullGraphType<StudyValidationType>>("validateStudy")
            .Description("A dry run of importStudy: reads and validates the study as an import would and returns every problem with its place. Writes nothing.")
            .Argument<StringGraphType>("document", "The study document's text (YAML or JSON).")
            .Argument<StudyFileInputType>("file", "Or a study file of any import format, with its mapping file.")
            .ResolveAsync(async c =>
            {
                try
                {
                    return StudyValidation.Of(await StudySource.ReadAsync(c));
                }
                catch (StudyDocumentException refused)
                {
                    return StudyValidation.Of(refused);
                }
            });

        mutation.Field<NonNullGraphType<FindingLinkType>>("addLink")
            .Description("Links a finding of any kind to a finding of another study, with the reason; recorded in both studies' change logs. "
                + "A missing finding is NOT_FOUND; two findings of one study, or ADDRESSES from anything but an intervention, function or activity, VALIDATION; "
                + "the same link twice, CONFLICT.")
            .Argument<NonNullGraphType<AddLinkInputType>>("input", "The link.")
            .ResolveAsync(async c =>
            {
                var input = c.GetArgument<Dictionary<string, object?>>("input");
                return await c.RequestServices!.GetRequiredService<LinkService>().AddAsync(
                    (string)input["fromId"]!, (string)input["toId"]!, (LinkRelation)input["relation"]!,
                    (string)input["rationale"]!, (string)input["author"]!, c.CancellationToken);
            });

        mutation.Field<NonNullGraphType<FindingLinkType>>("removeLink")
            .Description("Removes a link; returns it as it was.")
            .Argument<NonNullGraphType<IdGraphType>>("id", "The link's id.")
            .ResolveAsync(async c => await c.RequestServices!.GetRequiredService<LinkService>().RemoveAsync(c.GetArgument<string>("id"), c.CancellationToken));
    }
}

public sealed class AddLinkInputType : InputObjectGraphType
{
    public AddLinkInputType()
    {
        Name = "AddLinkInput";
        Description = "A link between findings of two studies.";
        Field<NonNullGraphType<IdGraphType>>("fromId").Description("The finding the link starts at: a theme, mechanism, context, outcome, CMO configuration, intervention, function or activity.");
        Field<NonNullGraphType<IdGraphType>>("toId").Description("The finding (of any kind) of another study it points to.");
        Field<NonNullGraphType<LinkRelationType>>("relation").Description("How the first relates to the second (ADDRESSES only from an intervention, function or activity).");
        Field<NonNullGraphType<StringGraphType>>("rationale").Description("Why: the evaluator's reason.");
        Field<NonNullGraphType<StringGraphType>>("author").Description("Who makes the link.");
    }
}

public sealed class ImportChangeType : EnumerationGraphType<ImportChange>
{
    public ImportChangeType()
    {
        Name = "ImportChange";
        Description = "What an import did to the stored study.";
    }
}

public sealed class ImportResultType : ObjectGraphType<ImportOutcome>
{
    public ImportResultType()
    {
        Name = "ImportResult";
        Description = "What an import did.";
        Field(o => o.StudyId, type: typeof(NonNullGraphType<IdGraphType>)).Description("The study's id.");
        Field<NonNullGraphType<ImportChangeType>>("change").Description("CREATED, UPDATED or UNCHANGED.").Resolve(c => c.Source.Change);
        Field<NonNullGraphType<StringGraphType>>("summary").Description("What was written, in words.").Resolve(c => c.Source.Describe());
        Field(o => o.DroppedLinks).Description("Links to or from the study that could not be kept because an end no longer exists.");
        Field(o => o.Notes).Description("What the source format could not carry over.");
    }
}
