using NewsNlp.Text;

namespace NewsNlp.Events;

/// <summary>The word lists the event rules read: speech and governing verbs, generic agents, event nouns, light verbs, page furniture, common words.</summary>
public sealed partial class EventExtractor
{
    private static readonly HashSet<string> SpeechVerbs = new(StringComparer.Ordinal)
    {
        "say", "tell", "announce", "report", "state", "claim", "add", "note", "write", "confirm", "insist", "warn", "declare",
    };

    /// <summary>Verbs whose complement is wished, asked or tried, not done: "urged X to leave".</summary>
    private static readonly HashSet<string> DesireGovernors = new(StringComparer.Ordinal)
    {
        "urge", "ask", "call", "want", "wish", "hope", "seek", "demand", "try", "attempt", "aim", "propose", "request", "encourage",
        "press", "push", "invite", "appeal", "suggest", "consider", "discuss", "rule", "threaten", "warn", "offer", "expect",
    };

    /// <summary>Verbs that deny their complement: "declined to comment", "failed to disclose".</summary>
    private static readonly HashSet<string> NegativeGovernors = new(StringComparer.Ordinal) { "decline", "refuse", "fail", "reject", "deny", "avoid", "stop", "cease" };

    /// <summary>Verbs whose complement is planned: "agreed to sell", "is set to visit".</summary>
    private static readonly HashSet<string> PlanGovernors = new(StringComparer.Ordinal)
    {
        "plan", "set", "prepare", "agree", "promise", "vow", "pledge", "intend", "schedule", "decide", "due", "expect", "move", "resolve",
    };

    private static readonly HashSet<string> AllegationWords = new(StringComparer.Ordinal) { "accuse", "allege", "alleged", "allegedly", "suspect", "charge" };

    private static readonly HashSet<string> GenericAgents = new(StringComparer.Ordinal)
    {
        "police", "protester", "demonstrator", "official", "troop", "soldier", "rebel", "militant", "gunman", "man", "leader", "minister",
        "government", "army", "military", "force", "authority", "student", "worker", "activist", "diplomat", "lawmaker", "president",
        "witness", "resident", "voter", "villager", "civilian", "refugee", "fighter", "insurgent", "militia", "crowd", "spokesman",
        "spokeswoman", "spokesperson", "ministry", "agency", "court", "judge", "prosecutor", "union", "party", "regulator",
        "investigator", "parliament", "senator", "opposition", "company", "bank", "office", "adviser", "advisor", "aide", "negotiator",
        "hacker", "attacker", "assailant", "bomber", "sniper", "kidnapper", "abductor", "pirate", "terrorist", "extremist", "jihadist",
        "separatist", "guerrilla", "gunmen", "journalist", "reporter", "lawyer", "doctor", "teacher", "farmer", "miner", "employee",
        "striker", "settler", "prisoner", "detainee", "inmate", "legislator", "governor", "mayor", "ambassador", "envoy", "delegation",
        "delegate", "mediator", "observer", "inspector", "peacekeeper", "commander", "officer", "guard", "coalition", "alliance",
        "committee", "council", "commission", "administration", "cabinet", "regime", "junta", "navy", "marine", "pilot", "mob", "gang",
        "faction", "tribe", "supporter", "opponent", "critic", "dissident", "citizen", "youth", "policeman",
    };

    private static readonly HashSet<string> WebWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "facebook", "twitter", "x", "whatsapp", "linkedin", "instagram", "newsletter", "newsletters", "cookies", "cookie", "app",
        "email", "link", "video", "article", "page", "site", "website", "subscribe", "subscription", "podcast", "comments", "menu",
        "login", "account", "ad", "ads", "advertisement", "here", "more", "story", "stories", "telegram", "youtube", "reddit",
    };

    /// <summary>
    /// Lines of a scraped page that are not news: "ADVERTISEMENT", "Share this article", "Sign up for
    /// our newsletter", "Follow us on Twitter", "© 2024 ... All rights reserved". They give no events.
    /// </summary>
    internal static bool IsBoilerplate(Document d, int first, int end)
    {
        int n = end - first;
        if (n == 0) return true;
        string firstWord = d.GetText(d.Words[first]);
        for (int i = first; i < end; i++)
        {
            string t = d.GetText(d.Words[i]);
            if (t is "©" || (t.Equals("rights", StringComparison.OrdinalIgnoreCase) && i > first && d.GetText(d.Words[i - 1]).Equals("All", StringComparison.OrdinalIgnoreCase))) return true;
        }
        if (n <= 3 && firstWord.Length > 3 && firstWord.All(c => !char.IsLetter(c) || char.IsUpper(c)) && !d.Entities.Any(e => e.Start == d.Words[first].Start)) return true;
        if (!Lexicon.WebCommands.Contains(firstWord) || n > 12) return false;
        for (int i = first + 1; i < end; i++) if (WebWords.Contains(d.GetText(d.Words[i]))) return true;
        return false;
    }

    /// <summary>Function words and punctuation the stage compares against, so their lower-case forms need no new string.</summary>
    private static readonly HashSet<string> CommonWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "in", "at", "on", "of", "to", "for", "with", "by", "from", "into", "about", "against", "between", "near", "inside", "outside", "over",
        "after", "before", "during", "since", "until", "despite", "without", "toward", "towards", "the", "a", "an", "and", "or", "but", "if",
        "unless", "that", "not", "n't", "never", "could", "would", "might", "may", "will", "shall", "should", "must", "can", "is", "are",
        "was", "were", "be", "been", "has", "have", "had", "do", "does", "did", "he", "she", "him", "her", "it", "they", "them", "his",
        "its", "their", "we", "i", "you", ",", ".", "-", "—", "–", "(", ")", "\"", "'s", "’s", "up", "down", "out", "off", "back", "away",
    };

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> CommonLookup = CommonWords.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>A word's lower-case form; common words come from a fixed table, so most calls allocate nothing.</summary>
    internal static string LowerCase(ReadOnlySpan<char> word)
    {
        // The table holds lower-case strings; the comparer ignores case.
        if (CommonLookup.TryGetValue(word, out var known)) return known;
        return word.ToString().ToLowerInvariant();
    }

    /// <summary>Event nouns and the verbs they name (nouns spelled like their verb need no entry).</summary>
    private static readonly Dictionary<string, string> Nominalizations = new(StringComparer.Ordinal)
    {
        ["invitation"] = "invite", ["accusation"] = "accuse", ["condemnation"] = "condemn", ["criticism"] = "criticize",
        ["meeting"] = "meet", ["threat"] = "threaten", ["warning"] = "warn", ["rejection"] = "reject", ["refusal"] = "refuse",
        ["withdrawal"] = "withdraw", ["invasion"] = "invade", ["bombing"] = "bomb", ["killing"] = "kill", ["arrival"] = "arrive",
        ["departure"] = "depart", ["expulsion"] = "expel", ["recognition"] = "recognize", ["mediation"] = "mediate",
        ["negotiation"] = "negotiate", ["agreement"] = "agree", ["deployment"] = "deploy", ["occupation"] = "occupy",
        ["detention"] = "detain", ["abduction"] = "abduct", ["assassination"] = "assassinate", ["evacuation"] = "evacuate",
        ["denial"] = "deny", ["apology"] = "apologize", ["retaliation"] = "retaliate", ["conversation"] = "discuss", ["discussion"] = "discuss",
    };

    /// <summary>Verbs that only carry an act named by their object ("held talks", "paid a visit", "began a tour").</summary>
    private static readonly HashSet<string> LightVerbs = new(StringComparer.Ordinal)
    {
        "hold", "make", "pay", "start", "begin", "conduct", "have", "launch", "carry", "stage", "open", "resume", "end", "wrap", "undertake",
    };

    /// <summary>Acts two sides do together whoever is named first ("Putin met Kim", "held talks with Kim").</summary>
    private static readonly HashSet<string> MeetingLemmas = new(StringComparer.Ordinal)
    {
        "meet", "meet with", "talk", "negotiate", "discuss", "confer", "consult",
    };

    /// <summary>Nouns of talks held with someone ("talks with Reagan"); the governing verb's subject holds them.</summary>
    private static readonly HashSet<string> TalkNouns = new(StringComparer.Ordinal)
    {
        "talk", "talks", "meeting", "negotiation", "negotiations", "consultation", "consultations", "conversation", "discussion", "discussions",
    };

    /// <summary>Act nouns a light verb's object names.</summary>
    private static readonly HashSet<string> ActNouns = new(StringComparer.Ordinal)
    {
        "visit", "trip", "tour", "talk", "talks", "meeting", "negotiation", "negotiations", "attack", "raid", "strike", "protest",
        "demonstration", "investigation", "inquiry", "probe", "offensive", "crackdown", "boycott", "summit", "consultation",
    };
}
