from lib import E,O
# Extra AG News gold items (test split), annotated BLIND: written only from the article texts
# (read with lib.article), shared/EVENTS.md, benchmarks/events-gold/README.md, lib.py and
# ann_agnews.py (format/style examples). No NewsNlp code, tests, docs, models, other benchmarks,
# git history or any extraction output was read or run.
#
# Candidates considered, in the given order (first 10 qualifying were to be taken; 9 qualified):
#   agnews-00143  REJECTED: a leaked Israeli settlement-building plan and US officials "scrambling
#                 for a response"; approval of homes has no actor target, no actor-on-target act
#                 stated as fact.
#   agnews-00393  accepted (US gunship attacks Shi'ite militia in Najaf).
#   agnews-00750  accepted (Republicans urge Bush).
#   agnews-00958  accepted (planned visit of Bill Rammell to North Korea).
#   agnews-01225  REJECTED: letter bombs with no identified sender; the only act is a police
#                 public-safety warning to "the public" (no actor-on-target CAMEO act).
#   agnews-01490  accepted (Darfur rebel leaders call on Nigeria to intervene).
#   agnews-01943  accepted (Indonesian police arrest a man in the embassy-bombing probe).
#   agnews-02076  REJECTED: natural disaster (Tropical Storm Jeanne), no actor.
#   agnews-02558  accepted (Pakistani security forces kill most wanted terrorist).
#   agnews-02911  accepted (Indonesian police identify suspected embassy bomber; investigation).
#   agnews-03430  REJECTED: corporate acquisition (Standard Chartered consortium buys Bank Permata
#                 stake), no political actor-on-target act (cf. reuters-6276 rejected as a
#                 corporate purchase).
#   agnews-03700  accepted (Lockheed Martin and BAE file protests with the Air Force).
#   agnews-04065  accepted (GM workers across Europe set to stop work in solidarity; planned).
#   agnews-04340  REJECTED: Bush signs a domestic tax-cut bill into law; no target and no CAMEO
#                 actor-on-target act (unlike agnews-05112, the Kyoto ratification).
# The list ran out after 9 accepted items.
# Publish dates: chosen as the README says, from the event reported, the weekday words and the
# item's position in the file (cf. 472 -> 2004-08-23, 797 -> 08-28, 1298 -> 09-07, 1981 -> 09-17,
# 2482 -> 09-25, 2853 -> 09-30, 3301 -> 10-06, 3992 -> 10-18).
A={}
A['agnews-00393']=('2004-08-23',[
 O('U.S. Plane|U.S.|plane','attack|attacks','Najaf Rebels|rebels',z='headline',p='Najaf'),
 O('tanks','near','Shrine',z='headline'),
 E("U.S. AC-130 gunship|AC-130 gunship|gunship|U.S.",'attack|attacked',"Shi'ite militia|militia|militia positions",d='2004-08-23',p='Najaf'),
 O('tanks|U.S.','reinforce|siege|besiege','shrine|siege',p='Najaf'),
 O("Shi'ite militia|militia",'insurgency',None,p='Najaf'),
],[],[["early on Monday","2004-08-23"]])
A['agnews-00750']=('2004-08-27',[
 O('GOP|Republicans','urge','Bush',z='headline'),
 E('Nervous Republicans|Republicans|GOP','urge|urging','President Bush|Bush'),
 O('President Bush|Bush','unveil|agenda',None,m='hypothetical',d='2004-W36'),
 O('GOP|party|Republicans','controversy|fuel|attack|question',"John Kerry|Kerry"),
 O('party|GOP|Republicans','ditch|drop',None,m='hypothetical'),
 O('Some','contend|say',None),
],[["Bush","President","United States"]],[["next week","2004-W36"]])
A['agnews-00958']=('2004-08-31',[
 O('British Minister|minister|Bill Rammell|Rammell','visit','North Korea',z='headline',d='2004-09',m='planned'),
 E('Bill Rammell|Rammell|Junior Minister|British minister|minister|British government|Foreign Office|representative','visit|send|trip','North Korea',d='2004-09',m='planned'),
 O('British government|government','announce|plan',None),
],[["Bill Rammell","Junior Minister for East Asia","United Kingdom"]],[["September","2004-09"]])
A['agnews-01490']=('2004-09-09',[
 O('Darfur Rebels|rebels','urge','Nigeria',z='headline'),
 E('Rebel leaders|rebels|Darfur rebels|leaders','call|call on|called|urge','Nigeria',d='2004-09-09'),
 O('Nigeria','intervene|kickstart|kick-start',None,m='hypothetical'),
 O('African Union','sponsor|talks',None),
],[],[["on Thursday","2004-09-09"]])
A['agnews-01943']=('2004-09-17',[
 O('police|Indonesian police','hold|held|arrest|detain','One|man',z='headline'),
 E('Indonesian police|police','arrest|detain|detaining','man'),
 O('Indonesian police|police','say|said',None,d='2004-09-17'),
 O('man','deliver|delivered|supply','those blamed|those|bombers',m='alleged'),
 O('those blamed|bombers|those','bombing|bomb|attack','embassy',d='2004-W37',p='Jakarta',m='alleged'),
],[],[["on Friday","2004-09-17"],["last week","2004-W37"]])
A['agnews-02558']=('2004-09-26',[
 O("security forces|Pakistan|Pakistani security forces",'kill|killed',"terrorist|top wanted terrorist",z='headline'),
 E('Pakistani security forces|security forces','kill|killed',"terrorist|most wanted terrorist",d='2004-09-26'),
 O("terrorist|most wanted terrorist",'assassination attempt|attempt|assassinate|involve','Pervez Musharraf|Musharraf|President',m='alleged'),
 O('court|prosecutors|Pakistan','indict|indicted','terrorist'),
 O("terrorist|most wanted terrorist",'murder','US journalist|journalist',m='alleged'),
],[["Pervez Musharraf","President","Pakistan"]],[["Sunday","2004-09-26"]])
A['agnews-02911']=('2004-10-01',[
 O('Indonesia police|police','identify','embassy attacker|attacker',z='headline'),
 E('Indonesian police|police','identify|identified','man|suicide bomber|bomber',d='2004-10-01'),
 O('man|suicide bomber|bomber','attack|bomb|bombing','Australian Embassy|embassy',d='2004-09',p='Jakarta',m='alleged'),
 O('Indonesian police|police','suspect','man|bomber'),
 O('Indonesian police|police','say|said',None),
],[],[["on Friday","2004-10-01"],["last month","2004-09"]])
A['agnews-03700']=('2004-10-12',[
 O('Boeing Competitors|Competitors','protest',None,z='headline'),
 E('Lockheed Martin|Lockheed|BAE Systems|BAE','protest|protests|file','Air Force|Boeing',d='2004-10-12'),
 O('Air Force','award|awarded|contract','Boeing',d='2001'),
],[],[["Tuesday","2004-10-12"],["in 2001","2001"]])
A['agnews-04065']=('2004-10-19',[
 O('workers|GM workers|General Motors workers','protest|protests|spread','GM|General Motors',z='headline',p='Europe'),
 E('General Motors workers|GM workers|workers','stop working|stop|strike|walk out|protest',None,d='2004-10-19',m='planned',p='Europe'),
 O('General Motors workers|GM workers|workers','solidarity|support','German colleagues|colleagues',m='planned'),
 O('General Motors|GM','cut|job cuts','German colleagues|colleagues|workers',m='planned'),
],[],[["on Tuesday","2004-10-19"]])
