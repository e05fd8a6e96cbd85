namespace RealistGraph.Domain.Similarity;

/// <summary>The parts of a finding's text, weighted in that order: a shared word in names counts most.</summary>
public enum SuggestionField
{
    Name,
    Summary,
    Quotes,
}
