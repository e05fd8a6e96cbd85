using RealistGraph.Domain.Similarity;

namespace RealistGraph.Domain.Tests.Similarity;

public sealed class TokenizerTests
{
    [Fact]
    public void Lower_cases_splits_on_non_letters_and_drops_stop_words()
    {
        Assert.Equal(["peer", "group", "2024"], Tokenizer.Tokenize("The PEER-group, in 2024!"));
    }

    [Theory]
    [InlineData("mentor")]
    [InlineData("mentors")]
    [InlineData("mentored")]
    [InlineData("mentoring")]
    [InlineData("Mentoring")]
    public void Forms_of_mentor_meet(string word)
    {
        Assert.Equal(["mentor"], Tokenizer.Tokenize(word));
    }

    [Theory]
    [InlineData("study studies", "study")]
    [InlineData("hope hoped hoping hopes", "hop")]
    [InlineData("approach approaches approaching", "approach")]
    [InlineData("plan planned planning", "plan")]
    [InlineData("feel feeling feels", "feel")]
    [InlineData("support supports supported supporting", "support")]
    public void Inflections_share_one_stem(string words, string stem)
    {
        Assert.All(Tokenizer.Tokenize(words), t => Assert.Equal(stem, t));
    }

    [Fact]
    public void Short_words_and_words_ending_in_us_or_ss_keep_their_ending()
    {
        Assert.Equal(["focus", "class", "need", "thing"], Tokenizer.Tokenize("focus class need thing"));
    }

    [Fact]
    public void Apostrophes_join_contractions_which_are_then_stop_words()
    {
        Assert.Equal(["hear", "participant", "voic"], Tokenizer.Tokenize("I don't hear the participant\u2019s voice"));
    }

    [Fact]
    public void Empty_and_punctuation_only_texts_have_no_terms()
    {
        Assert.Empty(Tokenizer.Tokenize(""));
        Assert.Empty(Tokenizer.Tokenize(" -- ' ... "));
    }
}
