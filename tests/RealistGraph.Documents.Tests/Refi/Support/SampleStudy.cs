using RealistGraph.Documents.StudyDocuments;

namespace RealistGraph.Documents.Tests.Refi.Support;

/// <summary>A small study with everything the REFI bridge must carry: nested themes, polarities, attributes, tricky text.</summary>
public static class SampleStudy
{
    public static StudyDocument Build() => new()
    {
        Id = "mentoring-2024",
        Title = "Peer mentoring and professional identity",
        Domains =
        [
            new DomainEntry { Id = "personal", Name = "Personal", Canonical = "personal", Description = "Factors within the person" },
            new DomainEntry { Id = "social", Name = "Social", Canonical = "social" },
            new DomainEntry { Id = "structural", Name = "Structural", Canonical = "structural" },
        ],
        Themes =
        [
            new ThemeEntry { Id = "self-doubt", Name = "Self-doubt", Domain = "personal", Polarity = "threat", Summary = "Feeling not good enough" },
            new ThemeEntry { Id = "imposter", Name = "Imposter feelings", Domain = "personal", Polarity = "threat", Parent = "self-doubt" },
            new ThemeEntry { Id = "reflection", Name = "Self-reflection", Domain = "personal", Polarity = "support" },
            new ThemeEntry { Id = "peer-support", Name = "Peer support", Domain = "social", Polarity = "support" },
            new ThemeEntry { Id = "workload", Name = "Workload", Domain = "structural", Polarity = "threat" },
            new ThemeEntry { Id = "protected-time", Name = "Protected time", Domain = "structural", Polarity = "mixed" },
        ],
        Mechanisms = [new MechanismEntry { Id = "m-belonging", Name = "Sense of belonging" }],
        Participants =
        [
            new ParticipantEntry { Id = "96-F", Label = "96-F", Site = "F", Attributes = new() { ["Gender"] = "female", ["Role"] = "resident" } },
            new ParticipantEntry { Id = "51-C", Label = "51-C", Site = "C", Attributes = new() { ["Gender"] = "male" } },
            new ParticipantEntry { Id = "12-A", Label = "12-A" },
        ],
        Quotes =
        [
            new QuoteEntry { Id = "q1", Participant = "96-F", Text = "I always felt like I didn't belong, like they'd find me out.", Themes = ["imposter"] },
            new QuoteEntry { Id = "q2", Participant = "96-F", Text = "The group 🙌 made me see\nI wasn't alone — café talks helped.", Themes = ["peer-support", "reflection"], Mechanisms = ["m-belonging"] },
            new QuoteEntry { Id = "q3", Participant = "51-C", Text = "Forty-hour weeks left \"no time\" for any of it, honestly.", Themes = ["workload"] },
            new QuoteEntry { Id = "q4", Participant = "51-C", Text = "Having the Friday afternoon protected changed things.", Themes = ["protected-time", "workload"] },
            new QuoteEntry { Id = "q5", Text = "Nobody said who this was, but 𝔸 quote about doubt.", Themes = ["self-doubt"] },
        ],
    };
}
