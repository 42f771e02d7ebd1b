namespace NewsNlp.Tests.Events;

/// <summary>Rules of the candidate builder: lists and appositions, places named by a compound, future acts, one record per act.</summary>
public class EventRuleTests
{
    private static readonly DateTimeOffset Friday = new(1987, 4, 17, 0, 0, 0, TimeSpan.Zero);

    private static IReadOnlyList<NewsEvent> Candidates(string text) => CandidatePipeline.Instance.Process(text, Friday).Events;

    /// <summary>The one candidate of <paramref name="text"/> with verb <paramref name="lemma"/>.</summary>
    private static NewsEvent One(string text, string lemma) => Candidates(text).Single(e => e.Action.Lemma == lemma);

    [Test]
    public void WouldInReportedSpeechIsAPlanAndOtherwiseAHypothesis()
    {
        var reported = One("A U.S. official said Michael Smith would meet Makoto Kuroda in Tokyo.", "meet");
        Assert.That(reported.Modality, Is.EqualTo(Modality.Planned), "said ... would meet: the backshifted 'will'");
        var conditional = One("Michael Smith would meet Makoto Kuroda if Japan lifted the tariffs.", "meet");
        Assert.That(conditional.Modality, Is.EqualTo(Modality.Hypothetical));
        var could = One("A U.S. official said Michael Smith could meet Makoto Kuroda in Tokyo.", "meet");
        Assert.That(could.Modality, Is.EqualTo(Modality.Hypothetical), "'could' stays a possibility");
    }

    [Test]
    public void CommasAloneMakeAnAppositionNotAList()
    {
        var visit = Candidates("Abe, former Foreign Minister, starts a week long visit to Washington on Sunday.").Where(e => e.Action.Lemma == "visit").ToList();
        Assert.That(visit.Select(e => e.Actor?.Canonical), Is.EqualTo(new[] { "Abe" }), "the title beside the name is not a second visitor");
        Assert.That(visit[0].Actor?.Text, Is.EqualTo("Abe, former Foreign Minister"), "the apposition is part of the evidence span");
        var condemn = Candidates("Russia, China and Iran condemned the strike on Syria.").Where(e => e.Action.Lemma == "condemn").Select(e => e.Actor?.Canonical ?? e.Actor?.Text);
        Assert.That(condemn, Is.EquivalentTo(new[] { "Russia", "China", "Iran" }), "a list with a conjunction is one event per member");
    }

    [Test]
    public void APlaceThatNamesTheNounOfThePhraseIsTheEventsPlace()
    {
        var battle = One("Iraqi fighters battled U.S. troops in a Baghdad slum district on Tuesday.", "battle");
        Assert.That(battle.Place?.Canonical, Is.EqualTo("Baghdad"));
        var met = One("Putin met Kim in a Russian port city on Tuesday.", "meet");
        Assert.That(met.Place, Is.Null, "a nationality is not a place");
        var court = One("Platon Lebedev told a Moscow court that the charges were false.", "tell");
        Assert.That(court.Place?.Canonical, Is.EqualTo("Moscow"), "a court sits in its city");
        var criticised = Candidates("The European Union criticised U.S. proposals on Tuesday.").Single(e => e.Action.Lemma is "criticise" or "criticize");
        Assert.That(criticised.Place, Is.Null, "proposals do not happen in the country that made them");
        var arrest = One("Police in Nairobi arrested 20 protesters after clashes outside parliament.", "arrest");
        Assert.That(arrest.Place?.Canonical, Is.EqualTo("Nairobi"), "the actor's own place phrase");
        var talks = Candidates("Putin held talks on Ukraine with Kim on Tuesday.").Where(e => e.Place is not null).Select(e => e.Place!.Text);
        Assert.That(talks, Is.Empty, "a topic is not a place");
    }

    [Test]
    public void ADateTheParseHangsInsideAPhraseStillDatesTheAct()
    {
        // "next Monday" parsed as "next" (a preposition) under "Monday" under the target phrase.
        var talks = Candidates("A spokesman said officials of the Japanese Ministry of International Trade and Industry (MITI) would hold technical talks with U.S. officials next Monday and Tuesday.")
            .Where(e => e.Action.Lemma == "talk").ToList();
        Assert.That(talks, Has.Count.EqualTo(1), "one name with 'and' inside is one actor, not one per conjunct");
        Assert.That(talks[0].Date?.Text, Is.EqualTo("next Monday"));
        Assert.That(talks[0].Date?.Source, Is.EqualTo(DateSource.Text));
    }

    [Test]
    public void ATargetNamedByItselfComesBeforeOneCodedThroughAPhraseInsideIt()
    {
        var demand = Candidates("A Taliban splinter group demanded a response to its demands from the Afghan government and United Nations by Tuesday.")
            .Where(e => e.Action.Lemma == "demand").Select(e => e.Target?.Text).ToList();
        Assert.That(demand, Is.EquivalentTo(new[] { "the Afghan government", "United Nations" }), "not 'its demands', coded through 'from the Afghan government'");
    }

    [Test]
    public void PartiesOfAJointActWithNoOtherTargetActOnEachOther()
    {
        var sign = Candidates("India and Pakistan signed a trade agreement on Monday.")
            .Where(e => e.Action.Lemma == "sign").Select(e => (e.Actor?.Canonical, e.Target?.Canonical)).ToList();
        Assert.That(sign, Is.EqualTo(new[] { ((string?)"India", (string?)"Pakistan") }), "one act, one event: the first party towards the other, not 'a trade agreement'");
        var protest = Candidates("Russia and China protested on Monday.").Where(e => e.Action.Lemma == "protest").Select(e => e.Target).ToList();
        Assert.That(protest, Is.All.Null, "protest is not something two parties do to each other");
        Assert.That(Candidates("India and Pakistan signed a trade agreement on Monday.").Single(e => e.Action.Lemma == "sign").Reciprocal, Is.True);
        Assert.That(Candidates("Russia and China protested on Monday.").Where(e => e.Action.Lemma == "protest").Select(e => e.Reciprocal), Is.All.False);
    }

    [Test]
    public void APlaceTheJointActIsAboutIsNoThirdParty()
    {
        // "in Kashmir", "over the enclave of Nagorno Karabakh": where the cease-fire holds, not whom it is agreed with.
        var kashmir = Candidates("India and Pakistan agreed to a cease-fire along their disputed border in Kashmir.").Where(e => e.Action.Lemma == "agree").ToList();
        Assert.That(kashmir.Select(e => (e.Actor?.Canonical, e.Target?.Canonical)), Is.EqualTo(new[] { ((string?)"India", (string?)"Pakistan") }));
        Assert.That(kashmir[0].Reciprocal, Is.True);
        var karabakh = Candidates("Armenia and Azerbaijan have agreed to a ceasefire in their conflict over the enclave of Nagorno Karabakh.").Where(e => e.Action.Lemma == "agree").ToList();
        Assert.That(karabakh.Select(e => (e.Actor?.Canonical, e.Target?.Canonical)), Is.EqualTo(new[] { ((string?)"Armenia", (string?)"Azerbaijan") }));
        // A party named by the verb itself stays the target: no joint act of the two subjects.
        var with = Candidates("India and Pakistan agreed a truce with China on Monday.").Where(e => e.Action.Lemma == "agree").ToList();
        Assert.That(with.Select(e => e.Target?.Canonical).Distinct(), Is.EqualTo(new[] { "China" }));
        Assert.That(with.Select(e => e.Reciprocal), Is.All.False);
    }

    [Test]
    public void ACountrysTitledPersonKeepsTheCountryInTheSpanButIsThePerson()
    {
        // As ConfliBERT marks actors: "Ethiopia's Prime Minister Abiy Ahmed" is one phrase; the person is who acts.
        var praise = One("Ethiopia's Prime Minister Abiy Ahmed praised Kenya for its help.", "praise");
        Assert.That(praise.Actor?.Text, Is.EqualTo("Ethiopia's Prime Minister Abiy Ahmed"));
        Assert.That(praise.Actor?.Type, Is.EqualTo(EntityType.Person));
        // With no title between them, the possessor stays out: "Russia's Putin" is Putin.
        var visit = One("Russia's Putin will visit Pyongyang at Kim Jong Un's invitation.", "visit");
        Assert.That(visit.Actor?.Text, Is.EqualTo("Putin"));
    }

    [Test]
    public void NamesBeforeAnAgentTheParseHungElsewhereArePartOfItsSpan()
    {
        // The parse hangs "Abu Sayyaf" on the verb; ConfliBERT marks the whole "Abu Sayyaf gunmen".
        var kill = One("Abu Sayyaf gunmen killed six soldiers in Basilan.", "kill");
        Assert.That(kill.Actor?.Text, Is.EqualTo("Abu Sayyaf gunmen"));
        // A preposition governs the name before the phrase: it stays out.
        var attack = One("In the republic of Bosnia and Hercegovina 1,700 workers attacked the police.", "attack");
        Assert.That(attack.Actor?.Text, Is.EqualTo("1,700 workers"));
    }

    [Test]
    public void TheHouseAdditionsToCameoCodePhrasingsTheDictionaryLeavesOut()
    {
        // CAMEO 2.0 codes "reduce" only with tension, debt, troops ...; the additions add aid.
        var reduce = One("The United States reduced military aid to Argentina by $17 million.", "reduce");
        Assert.That((reduce.Action.Cameo, reduce.Target?.Canonical), Is.EqualTo(((string?)"1622", (string?)"Argentina")));
        var returned = One("Immigration and Customs Enforcement returned five pre-Columbian artifacts to the government of Peru.", "return");
        Assert.That((returned.Action.Cameo, returned.Target?.Text), Is.EqualTo(((string?)"0842", (string?)"the government of Peru")));
        var urge = One("Trump urged the United Nations to renew sanctions against Iran.", "urge");
        Assert.That((urge.Action.Cameo, urge.Target?.Canonical), Is.EqualTo(((string?)"020", (string?)"The United Nations")));
    }

    [Test]
    public void APronounNamedEarlierInItsSentenceTakesTheNamesSpan()
    {
        var seek = One("Netanyahu says he will seek support from Mahmoud Abbas.", "seek");
        Assert.That((seek.Actor?.Text, seek.Actor?.Canonical), Is.EqualTo(((string?)"Netanyahu", (string?)"Benjamin Netanyahu")));
        // Named in an earlier sentence only: the pronoun is the evidence, the person who it is.
        var praise = One("Vladimir Putin arrived in Beijing on Monday. He praised Xi Jinping.", "praise");
        Assert.That((praise.Actor?.Text, praise.Actor?.Canonical), Is.EqualTo(((string?)"He", (string?)"Vladimir Putin")));
    }

    [Test]
    public void AHeadlinesParticipleAndAParticipleModifyingANounArePassives()
    {
        // The parse reads "Man arrested for ..." as active: the man would be the one arresting.
        Assert.That(Candidates("Man arrested for fatally stabbing elderly parents").Where(e => e.Action.Lemma == "arrest"), Is.Empty);
        var detained = One("Three journalists detained by police in Minsk", "detain");
        Assert.That((detained.Actor?.Text, detained.Target?.Text), Is.EqualTo(((string?)"police", (string?)"Three journalists")));
        Assert.That(Candidates("The minister, arrested on Monday, denied the charges.").Where(e => e.Action.Lemma == "arrest" && e.Actor is not null), Is.Empty,
            "the minister is the one arrested");
        // In running text a participle right after its subject is a mistagged past tense, and stays active.
        var left = Candidates("Mayor to visit Minas Tirith\nCaras Galadhon's new mayor left yesterday for Minas Tirith for meetings of the joint transport committee with Arnor.")
            .Where(e => e.Action.Lemma == "leave").ToList();
        Assert.That(left, Is.Not.Empty);
        Assert.That(left.All(e => e.Actor?.Text?.Contains("mayor") == true), Is.True);
    }

    [Test]
    public void AnArrestReportedByPoliceWasMadeByThem()
    {
        var arrest = One("A middle-aged man has been arrested, police said.", "arrest");
        Assert.That((arrest.Actor?.Text, arrest.Target?.Text), Is.EqualTo(((string?)"police", (string?)"A middle-aged man")));
        // Not for acts the speaker does not do: "five people were killed, police said" has no actor.
        Assert.That(Candidates("Five people were killed in the blast, police said.").Where(e => e.Action.Lemma == "kill" && e.Actor is not null), Is.Empty);
    }

    [Test]
    public void APersonsCountryAfterOfIsPartOfTheSpanButNotOfTheName()
    {
        var expel = One("President Omar al-Bashir of Sudan expelled foreign aid workers on Wednesday.", "expel");
        Assert.That((expel.Actor?.Text, expel.Actor?.Canonical), Is.EqualTo(((string?)"President Omar al-Bashir of Sudan", (string?)"Omar al-Bashir")));
    }

    [Test]
    public void MeetingsAndTalksBetweenTwoNamedSidesAreReciprocal()
    {
        var met = One("Kim Jong Un met Vladimir Putin in Pyongyang on Wednesday.", "meet");
        Assert.That((met.Actor?.Canonical, met.Target?.Canonical, met.Reciprocal), Is.EqualTo(((string?)"Kim Jong Un", (string?)"Vladimir Putin", true)));
        var talks = Candidates("Theresa May held talks with Angela Merkel in Berlin.").Single(e => e.Target?.Canonical == "Angela Merkel");
        Assert.That(talks.Reciprocal, Is.True, "held talks with: both sides talk");
        var visit = One("Vladimir Putin visited Pyongyang on Wednesday.", "visit");
        Assert.That(visit.Reciprocal, Is.False, "a visit goes one way");
        var attack = One("Russia attacked Ukraine on Wednesday.", "attack");
        Assert.That(attack.Reciprocal, Is.False);
    }

    [Test]
    public void AParticipantsSpanIsTheWholeNounPhraseItsNameHeads()
    {
        // The evidence span, as ConfliBERT and PETRARCH mark actors: the title and determiners with the name; the canonical name stays the person's.
        var thank = One("Philippine President Rodrigo Duterte praised Jordan for its help.", "praise");
        Assert.That(thank.Actor?.Text, Is.EqualTo("Philippine President Rodrigo Duterte"));
        Assert.That(thank.Actor?.Canonical, Is.EqualTo("Rodrigo Duterte"));
        var dateline = One("MOSCOW - Philippine President Rodrigo Duterte praised Jordan for its help.", "praise");
        Assert.That(dateline.Actor?.Text, Does.Not.StartWith("-"), "no punctuation at the span's edge");
        var arrest = One("Police arrested two protesters in Seoul.", "arrest");
        Assert.That(arrest.Target?.Text, Is.EqualTo("two protesters"));
        var visit = Candidates("Russia's Putin to visit Pyongyang.").Where(e => e.Action.Lemma == "visit").Select(e => e.Actor?.Text);
        Assert.That(visit, Is.All.EqualTo("Putin"), "a named possessor of a person is another participant, not part of the person's span");
        var raid = One("The Nigerian Air Force (NAF) attacked Boko Haram camps (in the north) on Sunday.", "attack");
        Assert.That(raid.Actor?.Text, Is.EqualTo("The Nigerian Air Force (NAF)"), "an acronym in brackets belongs to the phrase");
        Assert.That(raid.Target?.Text, Does.Not.Contain("("), "a bracketed phrase that is no acronym does not");
    }

    [Test]
    public void AGroupsSpanKeepsThePhrasesThatSayWhoItIs()
    {
        var condemn = One("Leaders of the Economic Community of West African States (ECOWAS) condemned the coup in Mali.", "condemn");
        Assert.That(condemn.Actor?.Text, Is.EqualTo("Leaders of the Economic Community of West African States (ECOWAS)"));
        var criticise = One("Members of parliament from the ruling party criticised the minister.", "criticise");
        Assert.That(criticise.Actor?.Text, Is.EqualTo("Members of parliament from the ruling party"));
        var accuse = One("The government of Liberia accused Ivory Coast of arming rebels.", "accuse");
        Assert.That(accuse.Actor?.Text, Is.EqualTo("The government of Liberia"));
    }

    [Test]
    public void AStatementIsTowardsTheOneItsReportedClauseIsAbout()
    {
        var warn = One("The IMF warned on Thursday that India's budget deficit was too large.", "warn");
        Assert.That((warn.Actor?.Canonical ?? warn.Actor?.Text, warn.Target?.Canonical), Is.EqualTo(("IMF", "India")));
        var say = One("General Colin Powell said on Wednesday NATO would need to remain strong.", "say");
        Assert.That(say.Target?.Text, Is.EqualTo("NATO"));
        // A pronoun subject is no target: "he" is most often the speaker.
        var own = One("Putin said he would visit Pyongyang.", "say");
        Assert.That(own.Target, Is.Null);
    }

    [Test]
    public void AVerbIsFoundByItsFormWhereTheLemmaIsWrong()
    {
        // The lemmatizer reads "bombed" as "bom"; the dictionary knows the form.
        var bomb = Candidates("Russian troops bombed Aleppo.").Single();
        Assert.That((bomb.Action.Lemma, bomb.Action.Cameo, bomb.Target?.Text), Is.EqualTo(("bomb", "190", "Aleppo")));
    }

    [Test]
    public void ATargetNamedInsideItsObjectSpansTheObject()
    {
        // ConfliBERT marks the attacked object whole; who the target is stays the name's.
        var attack = One("Boko Haram attacked a military base in Nigeria.", "attack");
        Assert.That((attack.Target?.Text, attack.Target?.Canonical), Is.EqualTo(("a military base in Nigeria", "Nigeria")));
        Assert.That(attack.Target?.Codes, Does.Contain("iso:NG"));
        var fire = One("The company fired 70 employees of Wargaming.", "fire");
        Assert.That(fire.Target?.Text, Is.EqualTo("70 employees of Wargaming"));
        // A partner named in a with-phrase is the target itself, not the talks.
        var talks = One("Kim held talks with Putin.", "talk");
        Assert.That(talks.Target?.Text, Is.EqualTo("Putin"));
    }

    [Test]
    public void AnAppositionSetOffByCommasIsPartOfTheSpan()
    {
        var criticize = One("Mohammad Radmanish, an Afghan defence spokesperson, criticized NATO's decision.", "criticize");
        Assert.That(criticize.Actor?.Text, Is.EqualTo("Mohammad Radmanish, an Afghan defence spokesperson"), "no closing comma");
        Assert.That(criticize.Actor?.Canonical, Is.EqualTo("Mohammad Radmanish"), "who it is stays the name");
        // Without a comma there is no apposition to take.
        var meet = One("Kenyan President William Ruto met Putin.", "meet");
        Assert.That(meet.Actor?.Text, Is.EqualTo("Kenyan President William Ruto"));
    }

    // An organisation's named possessor, a number's phrase and an adjectival participle belong to the
    // actor's span; a person's named possessor is another participant.
    [TestCase("Russia's Foreign Ministry condemned the attack.", "condemn", "Russia's Foreign Ministry")]
    [TestCase("Russia's Putin will visit Pyongyang.", "visit", "Putin")]
    [TestCase("Hundreds of British troops attacked the town.", "attack", "Hundreds of British troops")]
    [TestCase("Iranian-backed Houthis attacked the port.", "attack", "Iranian-backed Houthis")]
    public void TheActorsSpanIsThePhraseThatSaysWhoActs(string text, string lemma, string actor) =>
        Assert.That(One(text, lemma).Actor?.Text, Is.EqualTo(actor));

    [Test]
    public void APledgeOrAThreatHoldsTheActItNames()
    {
        // One act, one event: the intent and threat codes name what is promised or threatened.
        var pledge = Candidates("Japan pledged to provide humanitarian aid to Syria.");
        Assert.That(pledge.Select(e => e.Action.Lemma), Is.EqualTo(new[] { "pledge" }));
        Assert.That(pledge[0].Action.Cameo, Does.StartWith("03"));
        var threat = Candidates("Russia threatened to attack Ukraine.");
        Assert.That(threat.Select(e => e.Action.Lemma), Is.EqualTo(new[] { "threaten" }));
        // Another actor's act stays its own event.
        var urge = Candidates("Japan urged Syria to release the prisoners.").Select(e => e.Action.Lemma);
        Assert.That(urge, Does.Contain("release"));
    }

    [Test]
    public void APlannedActOfMaterialCooperationIsCodedAsTheIntentToDoIt()
    {
        var release = One("The rebels said they will release two soldiers next week.", "release");
        Assert.That(release.Modality, Is.EqualTo(Modality.Planned));
        Assert.That(release.Action.Cameo, Does.StartWith("035"), "CAMEO 0353: express intent to release persons");
        var released = One("The rebels released two soldiers on Monday.", "release");
        Assert.That(released.Action.Cameo, Does.StartWith("084"), "done, it is the release itself");
        Assert.That(NewsNlp.Events.EventExtractor.IntentOf("0731"), Is.EqualTo("0333"));
        Assert.That(NewsNlp.Events.EventExtractor.IntentOf("0874"), Is.EqualTo("0356"));
        Assert.That(NewsNlp.Events.EventExtractor.IntentOf("190"), Is.Null, "only material cooperation");
    }

    [Test]
    public void AMeasuresTargetIsTheOneItIsOn()
    {
        var lift = One("US President Donald Trump lifted a travel ban imposed on Chadian citizens.", "lift");
        Assert.That(lift.Target?.Text, Is.EqualTo("Chadian citizens"));
        var ban = One("The government lifted the ban on aid agencies.", "lift");
        Assert.That(ban.Target?.Text, Is.EqualTo("aid agencies"));
    }

    [Test]
    public void AnActsTargetIsTheNameInsideIt()
    {
        // An act or a state is no target: the one it is in or about is ("terrorist attacks in Tehran").
        var condemn = One("The European Union condemned terrorist attacks in Tehran.", "condemn");
        Assert.That((condemn.Target?.Text, condemn.Target?.Canonical), Is.EqualTo(("Tehran", "Iran")), "a capital stands for its country, as PETRARCH codes it");
        var refuge = One("Thousands of Iraqi Christians sought refuge in Amman.", "seek");
        Assert.That(refuge.Target?.Text, Is.EqualTo("Amman"));
        // A site keeps the phrase that names it.
        var attack = One("Militants attacked a police headquarters in Kabul.", "attack");
        Assert.That(attack.Target?.Text, Is.EqualTo("a police headquarters in Kabul"));
    }

    [Test]
    public void AnActDatedAfterThePublishDayIsPlanned()
    {
        var events = Candidates("Shintaro Abe starts a visit to Washington on Sunday. Abe met Reagan on Wednesday.");
        Assert.That(events.Single(e => e.Action.Lemma == "visit").Modality, Is.EqualTo(Modality.Planned), "Sunday is after Friday's paper");
        Assert.That(events.Single(e => e.Action.Lemma == "meet").Modality, Is.EqualTo(Modality.Asserted), "Wednesday was this week, before the paper");
    }

    [Test]
    public void ASecondRecordOfOneActIsDropped()
    {
        var doc = CandidatePipeline.Instance.Process("Police arrested two protesters in Seoul.", Friday);
        var arrest = doc.Events.Single(e => e.Action.Lemma == "arrest");
        var list = new List<NewsEvent> { arrest, arrest with { Confidence = 0.1 }, arrest with { Target = null } };
        NewsNlp.Events.EventFilter.Apply(doc, list);
        Assert.That(list, Has.Count.EqualTo(2), "the copy goes, the record without a target is another reading and stays");
        Assert.That(list[0], Is.SameAs(arrest));
    }

    [Test]
    public void AnActNamedAsTheSubjectIsNoActorWhoeverDoesItIs()
    {
        var strikes = Candidates("Israeli air strikes on Gaza killed five people on Monday.");
        var kill = strikes.Single(e => e.Action.Lemma == "kill");
        Assert.That(kill.Actor?.Codes, Does.Contain("cameo:ISR"), "the strikes' nationality does the killing");
        Assert.That(kill.Actor?.Text, Is.EqualTo("Israeli"));
        Assert.That(strikes.Any(e => e.Action.Text == "strikes" && e.Actor?.Text == "Israeli" && e.Target?.Text == "Gaza"), Is.True, "the strike itself: Israel on Gaza");
        var attack = Candidates("The attack by rebels on the army base left ten soldiers dead.");
        Assert.That(attack.Select(e => e.Actor?.Text), Has.None.EqualTo("The attack"), "an abstract noun never acts");
        var nobody = Candidates("The attack left ten soldiers dead.");
        Assert.That(nobody, Is.Empty, "an act with no one named as doing it gives no actor");
    }

    [Test]
    public void AnActNounsAgentIsItsPossessorByPhraseOrTheNameBeforeIt()
    {
        Assert.That(Candidates("Syria's denial of the report came on Monday.").Select(e => (e.Actor?.Text, e.Action.Lemma)), Does.Contain(("Syria", "deny")));
        var by = Candidates("The invasion of Ukraine by Russia began in 2022.").Where(e => e.Action.Lemma == "invade").ToList();
        Assert.That(by.Select(e => e.Actor?.Text), Does.Contain("Russia"), "the by-phrase does it");
        var talks = Candidates("Japanese Prime Minister Noboru Takeshita said in a telephone conversation with Ronald Reagan that Japan would help.").Where(e => e.Action.Text == "conversation").ToList();
        Assert.That(talks.Select(e => (e.Actor?.Canonical, e.Target?.Canonical)), Does.Contain(("Noboru Takeshita", "Ronald Reagan")), "a conversation with someone is talks");
        var place = Candidates("The Gaza attack killed five people.").Where(e => e.Action.Text == "attack");
        Assert.That(place.Select(e => e.Actor?.Text), Has.None.EqualTo("Gaza"), "a place before the act says where, not who");
    }

    [Test]
    public void ALowerCaseTheStartsADictionaryNameMidSentence()
    {
        // THE_GUARDIAN [MED]: "the Guardian" in the middle of a sentence is the paper; "Guardian" alone is no entry.
        var accused = One("Prime Minister Boris Johnson accused the Guardian of lying.", "accuse");
        Assert.That(accused.Target?.Codes, Does.Contain("cameo:MED"));
        var plain = Candidates("Prime Minister Boris Johnson accused the guardian of lying.").Where(e => e.Action.Lemma == "accuse");
        Assert.That(plain.SelectMany(e => e.Target?.Codes ?? []), Has.None.EqualTo("cameo:MED"), "a lower-case common noun is not the paper");
    }
}
