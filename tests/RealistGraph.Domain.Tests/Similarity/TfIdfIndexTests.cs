using RealistGraph.Domain.Similarity;

namespace RealistGraph.Domain.Tests.Similarity;

public sealed class TfIdfIndexTests
{
    private const string Mentoring = "Group peer mentoring builds professional identity through shared stories of mentors";

    [Fact]
    public void Identical_texts_in_other_groups_score_one()
    {
        var index = new TfIdfIndex([new("a1", "A", Mentoring), new("b1", "B", Mentoring), new("c1", "C", "Workload and burnout")]);

        var match = Assert.Single(index.MostSimilar("a1", top: 5, minScore: 0.01));

        Assert.Equal(("b1", "B"), (match.Id, match.Group));
        Assert.Equal(1.0, match.Score, 1e-9);
    }

    [Fact]
    public void Texts_without_shared_terms_score_zero_and_are_not_returned()
    {
        var index = new TfIdfIndex([new("a1", "A", "Peer mentoring groups"), new("b1", "B", "Workload, burnout and hierarchy")]);

        Assert.Empty(index.MostSimilar("a1", top: 5, minScore: 0));
    }

    [Fact]
    public void Documents_of_the_same_group_are_excluded()
    {
        var index = new TfIdfIndex([new("a1", "A", Mentoring), new("a2", "A", Mentoring), new("b1", "B", "mentoring of residents")]);

        Assert.Equal(["b1"], index.MostSimilar("a1", top: 5, minScore: 0).Select(m => m.Id));
    }

    [Fact]
    public void Reports_the_shared_terms_that_contribute_most_rarest_first()
    {
        var index = new TfIdfIndex(
        [
            new("a1", "A", "Mentors sustain identity; residents feel isolated by workload"),
            new("b1", "B", "Mentoring and workload shape identity"),
            new("c1", "C", "Workload everywhere, workload always"),
        ]);

        var match = index.MostSimilar("a1", top: 1, minScore: 0).Single();

        Assert.Equal("b1", match.Id);
        Assert.Equal(["identity", "mentor", "workload"], match.Terms);
    }

    [Fact]
    public void Ranks_by_score_then_by_id_on_ties()
    {
        var index = new TfIdfIndex(
        [
            new("a1", "A", "peer mentoring identity reflection"),
            new("z9", "Z", "peer mentoring identity"),
            new("c2", "C", "peer mentoring"),
            new("b2", "B", "peer mentoring"),
            new("d1", "D", "peer"),
            new("e1", "E", "burnout"),
        ]);

        var matches = index.MostSimilar("a1", top: 10, minScore: 0);

        Assert.Equal(["z9", "b2", "c2", "d1"], matches.Select(m => m.Id));
        Assert.True(matches[0].Score > matches[1].Score);
        Assert.Equal(matches[1].Score, matches[2].Score);
        Assert.True(matches[2].Score > matches[3].Score);
    }

    [Fact]
    public void Top_and_min_score_limit_the_matches()
    {
        var index = new TfIdfIndex(
        [
            new("a1", "A", "peer mentoring identity"),
            new("b1", "B", "peer mentoring identity"),
            new("c1", "C", "peer mentoring"),
            new("d1", "D", "identity crisis of residents in surgery"),
        ]);

        Assert.Equal(["b1"], index.MostSimilar("a1", top: 1, minScore: 0).Select(m => m.Id));
        Assert.Equal(["b1", "c1"], index.MostSimilar("a1", top: 10, minScore: 0.5).Select(m => m.Id));
        Assert.Empty(index.MostSimilar("a1", top: 0, minScore: 0));
    }

    [Fact]
    public void Unknown_ids_and_duplicate_ids_are_rejected()
    {
        Assert.Throws<ArgumentException>(() => new TfIdfIndex([new("a1", "A", "x"), new("a1", "B", "y")]));
        Assert.Throws<KeyNotFoundException>(() => new TfIdfIndex([new("a1", "A", "x")]).MostSimilar("nope", 5, 0));
    }

    [Fact]
    public void Finding_text_joins_name_summary_and_quotes()
    {
        var text = FindingText.Compose("Peer mentoring", null, ["\"My mentor listened\"", " "]);

        Assert.Equal("Peer mentoring\n\"My mentor listened\"", text);
    }
}
