using System.Collections.Frozen;

namespace NewsNlp.Coreference;

/// <summary>Closed word lists the sieves use: pronoun features, person nouns, role nouns, gendered nouns.</summary>
internal static class WordLists
{
    public static readonly FrozenSet<string> Determiners = FrozenSet.ToFrozenSet(
        ["the", "a", "an", "this", "that", "these", "those", "some", "any", "its", "his", "her", "their", "our", "my", "your", "'s", "'", "no", "every", "each", "all", "both", "another", "such"]);

    public static readonly FrozenSet<string> Indefinites = FrozenSet.ToFrozenSet(
        ["a", "an", "some", "any", "no", "another", "many", "several", "few", "every", "each", "most", "one", "such"]);

    /// <summary>Nouns that name people by role or kind; a noun phrase headed by one is animate.</summary>
    public static readonly FrozenSet<string> PersonNouns = FrozenSet.ToFrozenSet(
    [
        "leader", "president", "minister", "premier", "chancellor", "king", "queen", "prince", "princess", "emperor",
        "counterpart", "spokesman", "spokeswoman", "spokesperson", "secretary", "ambassador", "envoy", "diplomat",
        "official", "officials", "governor", "mayor", "senator", "congressman", "congresswoman", "lawmaker", "legislator",
        "chairman", "chairwoman", "chair", "director", "chief", "executive", "ceo", "founder", "manager", "head",
        "general", "commander", "officer", "soldier", "soldiers", "troops", "police", "policeman", "man", "woman", "men",
        "women", "boy", "girl", "child", "children", "kid", "kids", "baby", "people", "person", "mother", "father",
        "wife", "husband", "son", "daughter", "brother", "sister", "uncle", "aunt", "friend", "friends", "family",
        "player", "coach", "judge", "lawyer", "attorney", "prosecutor", "doctor", "nurse", "teacher", "student",
        "students", "professor", "scientist", "researcher", "reporter", "journalist", "correspondent", "editor",
        "writer", "author", "actor", "actress", "singer", "artist", "worker", "workers", "farmer", "resident",
        "residents", "citizen", "citizens", "victim", "victims", "suspect", "suspects", "witness", "analyst",
        "analysts", "expert", "experts", "candidate", "voter", "voters", "member", "members", "delegate", "delegation",
        "pope", "bishop", "priest", "cleric", "dictator", "ruler", "monarch", "strongman", "rebel", "rebels",
        "militant", "militants", "terrorist", "gunman", "attacker", "president-elect", "vice", "deputy", "aide",
        "adviser", "advisor", "negotiator", "mediator", "host", "guest", "visitor", "owner", "investor", "buyer",
        "customer", "patient", "driver", "pilot", "passenger", "prisoner", "hostage", "refugee", "refugees",
        "immigrant", "guy", "lady", "gentleman", "mr.", "mrs.", "ms.", "dr.", "sir", "dad", "mom", "parents",
        "parent", "colleague", "partner", "boss", "employee", "employees", "staff", "fan", "fans", "critic", "critics",
        "supporter", "supporters", "opponent", "opponents", "protester", "protesters", "demonstrators", "crowd",
        "couple", "individual", "individuals", "anyone", "someone", "everyone", "nobody", "somebody", "everybody",
        "americans", "chinese", "israelis", "palestinians", "iraqis", "russians", "taiwanese", "japanese",
    ]);

    /// <summary>Role nouns that stand for a named person in news ("the North Korean leader", "his counterpart").</summary>
    public static readonly FrozenSet<string> RoleNouns = FrozenSet.ToFrozenSet(
    [
        "leader", "president", "minister", "premier", "chancellor", "king", "queen", "prince", "emperor", "counterpart",
        "spokesman", "spokeswoman", "spokesperson", "secretary", "ambassador", "envoy", "governor", "mayor", "senator",
        "chairman", "chairwoman", "director", "chief", "executive", "ceo", "founder", "general", "commander", "pope",
        "dictator", "ruler", "monarch", "strongman", "coach", "judge", "prosecutor", "candidate", "host", "guest",
    ]);

    /// <summary>Nouns that stand for a named organisation ("the company") or place ("the country"), with the label they stand for.</summary>
    public static readonly FrozenDictionary<string, string> TypeNouns = new Dictionary<string, string>
    {
        ["company"] = "ORG", ["firm"] = "ORG", ["group"] = "ORG", ["bank"] = "ORG", ["carrier"] = "ORG", ["concern"] = "ORG",
        ["maker"] = "ORG", ["agency"] = "ORG", ["party"] = "ORG", ["organization"] = "ORG", ["organisation"] = "ORG",
        ["corporation"] = "ORG", ["airline"] = "ORG", ["newspaper"] = "ORG", ["network"] = "ORG", ["ministry"] = "ORG",
        ["government"] = "ORG", ["court"] = "ORG", ["council"] = "ORG", ["committee"] = "ORG", ["movement"] = "ORG",
        ["university"] = "ORG", ["club"] = "ORG", ["team"] = "ORG", ["army"] = "ORG", ["union"] = "ORG", ["alliance"] = "ORG",
        ["retailer"] = "ORG", ["insurer"] = "ORG", ["lender"] = "ORG", ["producer"] = "ORG", ["manufacturer"] = "ORG",
        ["country"] = "GPE", ["nation"] = "GPE", ["city"] = "GPE", ["state"] = "GPE", ["capital"] = "GPE", ["province"] = "GPE",
        ["island"] = "GPE", ["town"] = "GPE", ["territory"] = "GPE", ["kingdom"] = "GPE", ["republic"] = "GPE", ["region"] = "LOC",
    }.ToFrozenDictionary(StringComparer.Ordinal);

    public static readonly FrozenSet<string> MaleNouns = FrozenSet.ToFrozenSet(
        ["man", "men", "boy", "king", "prince", "father", "husband", "son", "brother", "uncle", "mr.", "mr", "sir", "spokesman", "chairman", "congressman", "policeman", "gentleman", "dad", "emperor", "actor", "pope", "priest", "bishop", "gunman", "guy"]);

    public static readonly FrozenSet<string> FemaleNouns = FrozenSet.ToFrozenSet(
        ["woman", "women", "girl", "queen", "princess", "mother", "wife", "daughter", "sister", "aunt", "mrs.", "mrs", "ms.", "ms", "madam", "spokeswoman", "chairwoman", "congresswoman", "lady", "mom", "actress"]);

    /// <summary>Pronoun features: person, number, gender, animacy, reflexive.</summary>
    public static bool TryPronoun(string lower, out int person, out Number number, out Gender gender, out Animacy animacy, out bool reflexive)
    {
        reflexive = lower.EndsWith("self", StringComparison.Ordinal) || lower.EndsWith("selves", StringComparison.Ordinal);
        (person, number, gender, animacy) = lower switch
        {
            "he" or "him" or "his" or "himself" => (3, Number.Singular, Gender.Male, Animacy.Animate),
            "she" or "her" or "hers" or "herself" => (3, Number.Singular, Gender.Female, Animacy.Animate),
            "it" or "its" or "itself" => (3, Number.Singular, Gender.Neuter, Animacy.Inanimate),
            "they" or "them" or "their" or "theirs" or "themselves" => (3, Number.Plural, Gender.Unknown, Animacy.Unknown),
            "i" or "me" or "my" or "mine" or "myself" => (1, Number.Singular, Gender.Unknown, Animacy.Animate),
            "we" or "us" or "our" or "ours" or "ourselves" => (1, Number.Plural, Gender.Unknown, Animacy.Animate),
            "you" or "your" or "yours" or "yourself" or "yourselves" => (2, Number.Unknown, Gender.Unknown, Animacy.Animate),
            _ => (0, Number.Unknown, Gender.Unknown, Animacy.Unknown),
        };
        return person != 0;
    }
}
