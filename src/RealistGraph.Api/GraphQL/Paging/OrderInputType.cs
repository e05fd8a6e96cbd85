using GraphQL.Types;

namespace RealistGraph.Api.GraphQL.Paging;

/// <summary>An order field enumeration: the keys a page query can sort by. DOCUMENT is the studies' own order.</summary>
public abstract class OrderFieldType : EnumerationGraphType
{
    protected OrderFieldType(string name, params string[] fields)
    {
        Name = name;
        Description = "What to sort by.";
        foreach (var field in fields)
        {
            Add(field, field, field == "DOCUMENT" ? "The order of the studies' own documents." : $"By {field.ToLowerInvariant()}.");
        }
    }
}

public sealed class SortDirectionType : EnumerationGraphType
{
    public SortDirectionType()
    {
        Name = "SortDirection";
        Description = "Ascending or descending.";
        Add("ASC", false, "Smallest first.");
        Add("DESC", true, "Largest first.");
    }
}

public sealed class OrderInputType<TField> : InputObjectGraphType
    where TField : OrderFieldType
{
    public OrderInputType()
    {
        Name = typeof(TField).Name.Replace("FieldType", "", StringComparison.Ordinal);
        Description = "How to sort the records.";
        Field<NonNullGraphType<TField>>("by").Description("The key.");
        Field<SortDirectionType>("direction").Description("ASC (default) or DESC.").DefaultValue(false);
    }
}

public sealed class StudyOrderFieldType() : OrderFieldType("StudyOrderField", "ID", "TITLE", "YEAR");

public sealed class DomainOrderFieldType() : OrderFieldType("DomainOrderField", "DOCUMENT", "NAME");

public sealed class ThemeOrderFieldType() : OrderFieldType("ThemeOrderField", "DOCUMENT", "NAME", "CODE");

public sealed class QuoteOrderFieldType() : OrderFieldType("QuoteOrderField", "DOCUMENT", "PARTICIPANT");

public sealed class ParticipantOrderFieldType() : OrderFieldType("ParticipantOrderField", "DOCUMENT", "LABEL");

public sealed class NameOrderFieldType() : OrderFieldType("NameOrderField", "DOCUMENT", "NAME");

public sealed class OutcomeOrderFieldType() : OrderFieldType("OutcomeOrderField", "DOCUMENT", "DESCRIPTION");

public sealed class CmoConfigurationOrderFieldType() : OrderFieldType("CmoConfigurationOrderField", "DOCUMENT", "CONFIDENCE");

public sealed class ContextOrderFieldType() : OrderFieldType("ContextOrderField", "DOCUMENT", "DESCRIPTION");
