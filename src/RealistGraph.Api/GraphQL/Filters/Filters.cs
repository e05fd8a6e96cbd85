using GraphQL.Types;
using RealistGraph.Api.GraphQL.Types;

namespace RealistGraph.Api.GraphQL.Filters;

public sealed class StudyFilterType : FilterInputType
{
    public StudyFilterType()
    {
        Name = "StudyFilter";
        Description = "Which studies to return.";
        OneOrMany<IdGraphType>("id", "ids", "studies with an id");
        TextContains("title or summary");
        Scalar<IntGraphType>("yearFrom", "Only studies published in this year or later.");
        Scalar<IntGraphType>("yearTo", "Only studies published in this year or earlier.");
        CanonicalDomains("studies with a domain mapped onto a canonical domain");
    }
}

public sealed class DomainFilterType : FilterInputType
{
    public DomainFilterType()
    {
        Name = "DomainFilter";
        Description = "Which domains to return.";
        OneOrMany<IdGraphType>("id", "ids", "domains with an id");
        OneOrMany<IdGraphType>("studyId", "studyIds", "domains of a study");
        CanonicalDomains("domains mapped onto a canonical domain");
        TextContains("name");
    }
}

public sealed class ThemeFilterType : FilterInputType
{
    public ThemeFilterType()
    {
        Name = "ThemeFilter";
        Description = "Which themes to return.";
        OneOrMany<IdGraphType>("id", "ids", "themes with an id");
        OneOrMany<IdGraphType>("studyId", "studyIds", "themes of a study");
        OneOrMany<IdGraphType>("domainId", "domainIds", "themes in a domain");
        CanonicalDomains("themes in a domain mapped onto a canonical domain");
        OneOrManyEnum<PolarityType>("polarity", "polarities", "themes with a polarity");
        Scalar<StringGraphType>("code", "Only the theme with this code in its study (e.g. 3.2; any case).");
        TextContains("name or summary");
    }
}

public sealed class ParticipantFilterType : FilterInputType
{
    public ParticipantFilterType()
    {
        Name = "ParticipantFilter";
        Description = "Which participants to return.";
        OneOrMany<IdGraphType>("id", "ids", "participants with an id");
        OneOrMany<IdGraphType>("studyId", "studyIds", "participants of a study");
        OneOrManyAnyCase("label", "labels", "participants with a label");
        OneOrManyAnyCase("site", "sites", "participants of a site");
    }
}

/// <summary>The filter of the kinds that need no more than id, study and text.</summary>
public abstract class StudyPartFilterType : FilterInputType
{
    protected StudyPartFilterType(string kind, string textField)
    {
        Name = kind + "Filter";
        Description = $"Which {kind} records to return.";
        OneOrMany<IdGraphType>("id", "ids", "those with an id");
        OneOrMany<IdGraphType>("studyId", "studyIds", "those of a study");
        TextContains(textField);
    }
}

public sealed class InterventionFilterType() : StudyPartFilterType("Intervention", "name");

public sealed class FunctionFilterType() : StudyPartFilterType("Function", "name");

public sealed class MechanismFilterType() : StudyPartFilterType("Mechanism", "name, resource or reasoning");

public sealed class OutcomeFilterType : FilterInputType
{
    public OutcomeFilterType()
    {
        Name = "OutcomeFilter";
        Description = "Which outcomes to return.";
        OneOrMany<IdGraphType>("id", "ids", "outcomes with an id");
        OneOrMany<IdGraphType>("studyId", "studyIds", "outcomes of a study");
        OneOrManyEnum<OutcomeValenceType>("valence", "valences", "outcomes with a valence");
        TextContains("description");
    }
}

public sealed class CmoConfigurationFilterType : FilterInputType
{
    public CmoConfigurationFilterType()
    {
        Name = "CmoConfigurationFilter";
        Description = "Which CMO configurations to return.";
        OneOrMany<IdGraphType>("id", "ids", "configurations with an id");
        OneOrMany<IdGraphType>("studyId", "studyIds", "configurations of a study");
        OneOrMany<IdGraphType>("outcomeId", "outcomeIds", "configurations leading to an outcome");
        OneOrMany<IdGraphType>("mechanismId", "mechanismIds", "configurations through a mechanism");
        OneOrManyEnum<ConfidenceType>("confidence", "confidences", "configurations with a confidence");
        TextContains("statement");
    }
}

public sealed class ContextFilterType : FilterInputType
{
    public ContextFilterType()
    {
        Name = "ContextFilter";
        Description = "Which contexts to return.";
        OneOrMany<IdGraphType>("studyId", "studyIds", "contexts of a study");
        TextContains("description");
    }
}

public sealed class ActivityFilterType : FilterInputType
{
    public ActivityFilterType()
    {
        Name = "ActivityFilter";
        Description = "Which activities to return.";
        OneOrMany<IdGraphType>("studyId", "studyIds", "activities of a study");
        TextContains("name or description");
    }
}
