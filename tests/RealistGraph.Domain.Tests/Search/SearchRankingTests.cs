using RealistGraph.Domain.Errors;
using RealistGraph.Domain.Search;

namespace RealistGraph.Domain.Tests.Search;

public sealed class SearchRankingTests
{
    private static readonly SearchTerms Terms = SearchTerms.Parse("Self Reflection");

    [Fact]
    public void An_exact_name_beats_a_name_with_the_phrase_beats_a_name_with_the_words_beats_a_summary_beats_a_quote()
    {
        var hits = SearchRanking.Rank(
            Terms,
            [
                new("QUOTE", "s/q1", null, null, "I learnt self reflection there."),
                new("THEME", "s/summary", "Growing", "Through self reflection, they grew.", null),
                new("THEME", "s/words", "Reflection on the self", null, null),
                new("THEME", "s/phrase", "Encouraging self reflection", null, null),
                new("FUNCTION", "s/exact", "self  REFLECTION", null, null),
            ],
            10);

        Assert.Equal(["s/exact", "s/phrase", "s/words", "s/summary", "s/q1"], hits.Select(h => h.Id));
        Assert.All(hits, h => Assert.InRange(h.Score, 0.0, 1.0));
    }

    [Fact]
    public void A_candidate_without_any_word_is_no_hit_and_first_cuts_the_list()
    {
        Assert.Null(SearchRanking.Score(Terms, new("THEME", "s/t", "Belonging", "A community", null)));

        var hits = SearchRanking.Rank(Terms, Enumerable.Range(0, 5).Select(i => new SearchCandidate("THEME", $"s/{i}", "self reflection", null, null)), 2);
        Assert.Equal(["s/0", "s/1"], hits.Select(h => h.Id));
    }

    [Fact]
    public void Highlights_mark_the_phrase_or_else_each_word_with_offsets_in_the_whole_text()
    {
        var phrase = SearchRanking.Highlight("text", "They found Self Reflection useful.", Terms);
        var words = SearchRanking.Highlight("text", "Reflection comes before the self.", Terms);

        Assert.Equal("They found «Self Reflection» useful.", phrase.Snippet);
        Assert.Equal([new TextSpan(11, 15)], phrase.Matches);
        Assert.Equal("«Reflection» comes before the «self».", words.Snippet);
        Assert.Equal([new TextSpan(0, 10), new TextSpan(28, 4)], words.Matches);
    }

    [Fact]
    public void A_long_text_is_cut_around_the_first_match()
    {
        var text = string.Concat(Enumerable.Repeat("filler words here ", 30)) + "self reflection" + string.Concat(Enumerable.Repeat(" and more", 40));

        var highlight = SearchRanking.Highlight("text", text, Terms);

        Assert.StartsWith("…", highlight.Snippet, StringComparison.Ordinal);
        Assert.EndsWith("…", highlight.Snippet, StringComparison.Ordinal);
        Assert.Contains("«self reflection»", highlight.Snippet, StringComparison.Ordinal);
        Assert.True(highlight.Snippet.Length < 220);
    }

    [Theory]
    [InlineData(" x ", "at least 2 characters")]
    [InlineData("a b c d e f g h i j", "at most 8 words")]
    [InlineData("one two three four five six seven eight nine", "at most 8 words")]
    public void Terms_out_of_bounds_are_refused_with_the_field_named(string text, string message)
    {
        var error = Assert.Throws<RequestException>(() => SearchTerms.Parse(text, "text"));

        Assert.Equal(ErrorCode.Validation, error.Code);
        Assert.StartsWith("text: ", error.Message, StringComparison.Ordinal);
        Assert.Contains(message, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Terms_are_lower_case_with_one_letter_words_dropped()
    {
        var terms = SearchTerms.Parse("  A  Sense of   Belonging ");

        Assert.Equal("a sense of belonging", terms.Phrase);
        Assert.Equal(["sense", "of", "belonging"], terms.Words);
    }
}
