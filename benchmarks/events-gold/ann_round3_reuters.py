from lib import E,O
# Round-3 Reuters-21578 gold annotations (same conventions as ann_reuters.py / ann_extra_reuters.py;
# see README.md).
# Annotated BLIND: only the candidate article texts (the same text as lib.article), /work/shared/EVENTS.md,
# README.md, lib.py and the finished example ann_extra_reuters.py (for format and style) were read.
# No NewsNlp code, tests, docs, models, other benchmarks or extraction output was seen.
#
# Candidates considered, in the given order (first 8 that qualify were annotated):
#   reuters-00336  REJECTED: plans only (the ruling party gives the government power to decree
#                  sanctions against South Africa later; form and timing still undecided); no
#                  actor-on-target act stated as fact.
#   reuters-01828  accepted (U.S. agencies reaffirm opposition to the EC oils tax, keep pressure on
#                  EC member states; Yeutter warned the EC on Monday).
#   reuters-02524  accepted (U.S., Britain, Netherlands supported Costa Rica at the ICO meeting;
#                  Escalante called for larger quotas; criticises the ICO system).
#   reuters-03367  accepted (Reagan signs an order extending nuclear fuel sales to EURATOM; U.S.-EURATOM
#                  talks; U.S. offer of a reprocessing consent arrangement).
#   reuters-04165  accepted (Brazil suspended interest payments to commercial banks; Funaro's tour of
#                  industrial nations; Funaro did not meet the bankers).
#   reuters-05035  accepted (Commerce Department talks with Canadian officials; U.S.-Canada agreement).
#   reuters-05248  accepted (bank workers vote to strike; seamen's stoppage; oil workers threaten
#                  Petrobras).
#   reuters-05967  accepted (Bennett's soybean delegation lobbying tour of EC capitals; planned visit
#                  to Bonn). Borderline: mostly the MFI's comment on the tax.
#   reuters-06840  accepted (miners' hunger strike; government charges the union; Reyes denies;
#                  planned visit of von Weizsaecker).
#   reuters-07551, reuters-08017, reuters-08477, reuters-09480, reuters-10021: not reached (8 already
#                  accepted); not annotated.
# Published dates: no dateline in the texts; chosen from the events reported, the weekday words
# and the article's position in the collection (roughly date-ordered, 26 Feb - 20 Oct 1987; earlier
# rounds: reuters-02470 1987-03-04, reuters-03484 1987-03-06, reuters-04915 1987-03-13,
# reuters-05771 1987-03-17, reuters-07431 1987-03-25 with von Weizsaecker's visit on Friday 27 March).
A={}
A['reuters-01828']=('1987-03-03',[
 O('U.S.|United States','reaffirm|reaffirms|oppose|opposition','EC|European Community',z='headline'),
 E('United States|U.S.|government agencies|agencies|U.S. trade officials','reaffirm|reaffirmed|oppose|opposition','European Community|EC',d='1987-03-03'),
 O('U.S. trade officials|trade officials|officials','say',None),
 O('Representatives|government agencies|agencies|officials','agree|agreed','agencies|Representatives'),
 O('Representatives|government agencies|agencies|officials','meet|meeting','agencies|Representatives',d='1987-03-03'),
 E('Representatives|government agencies|agencies|United States|U.S.','pressure|diplomatic pressure|continue','EC member states|member states|EC',m='planned'),
 O('U.S. trade official|trade official|official','say',None),
 O('source','say',None),
 O('U.S.|United States','make clear|warn|threaten|cost','member states|EC commission|Commission|EC|Brussels',m='planned'),
 O('Brussels|EC','proceed|proceeds',None,m='hypothetical'),
 O('U.S. officials|officials','say',None),
 O('U.S.|United States','retaliate','European|EC|Europe|Brussels',m='hypothetical'),
 O('EC|European Community','deliberate|deliberations|begun',None),
 O('Suzanne Early|Early|assistant trade representative','tell|told|say','Reuters'),
 O('agencies|interagency meeting|U.S.','discuss',None),
 E('Clayton Yeutter|Yeutter|trade representative|U.S. trade representative','warn|warned','EC|European Community|Brussels',d='1987-03-02'),
 O('Clayton Yeutter|Yeutter','warn|warned|say',None,d='1987-03-02'),
],[["Clayton Yeutter","trade representative","US"],["Suzanne Early","assistant trade representative","US"]],[["today","1987-03-03"],["Monday","1987-03-02"]])
A['reuters-02524']=('1987-03-04',[
 O('Costa Rica','reform|reforming|change','ICO|International Coffee Organisation',z='headline',m='hypothetical'),
 O('Luis Diego Escalante|Escalante|economy minister','say|see|hope',None),
 E('United States|U.S.|Britain|Netherlands|major consumers|consumers','support|offer|offered','Costa Rica|smaller producing nations|producing nations|nations',d='1987-W09',p='London'),
 O('ICO|International Coffee Organisation','meeting|meet',None,d='1987-W09',p='London'),
 O('Luis Diego Escalante|Escalante','tell|told|say','news conference'),
 E('Luis Diego Escalante|Escalante|economy minister|Costa Rica','call|calling|call for|demand|negotiate',None,d='1987-W09',p='London'),
 O('Luis Diego Escalante|Escalante|Costa Rica','negotiate|negotiations|carry','ICO|International Coffee Organisation|meeting',d='1987-W09'),
 O('Costa Rica|Escalante','insist|insisting|demand','ICO|International Coffee Organisation'),
 O('Luis Diego Escalante|Escalante','say',None),
 E('Luis Diego Escalante|Escalante','criticise|criticize|say|call|unfair','ICO|International Coffee Organisation|International Coffee Organization'),
 O('Luis Diego Escalante|Escalante','attribute|attributed|blame',None),
 O('Luis Diego Escalante|Escalante','warn|warned|say',None),
],[["Luis Diego Escalante","economy minister","Costa Rica"],["Luis Diego Escalante","president","Costa Rican Coffee Institute"]],[["last week","1987-W09"],["the last week","1987-W09"]])
A['reuters-03367']=('1987-03-06',[
 O('Reagan|U.S.|United States','extend|extends|cooperation','EURATOM|European Atomic Energy Community',z='headline'),
 E('Reagan|President Reagan|President|United States|U.S.','sign|signed|order|allow|allowing|extend|extending','EURATOM|European Atomic Energy Community',d='1987-03-06'),
 O('U.S.|United States','sell|sales|supply','EURATOM|European Atomic Energy Community'),
 O('importers|foreign importers','get|consent','U.S.|United States|American'),
 E('United States|U.S.|EURATOM|European Atomic Energy Community','talks|rounds of talks|negotiate|renegotiate','EURATOM|European Atomic Energy Community|United States|U.S.'),
 O('United States|U.S.|EURATOM','sign|signed|agreements','EURATOM|United States|U.S.'),
 O('United States|U.S.|president|presidential','extend|extended|waiver','EURATOM'),
 O('State Department officials|officials','say',None),
 E('United States|U.S.','offer|offered','EURATOM|European Atomic Energy Community'),
 O('United States|U.S.','require|requiring','EURATOM',pol='negative'),
 O('Reagan|President Reagan','notify|notifying|inform','Congress',d='1987-03-06'),
 O('Reagan|President Reagan','say|warn',None),
 O('Reagan|U.S.|United States','talks|progress','EURATOM',d='1987',m='planned'),
],[["Reagan","President","US"]],[["today","1987-03-06"],["this year","1987"]])
A['reuters-04165']=('1987-03-10',[
 O('David Rockefeller|Rockefeller','say',None,z='headline'),
 O('David Rockefeller|Rockefeller|chairman','say',None),
 O('Brazil|commercial bank creditors|creditors','accommodation|agree|accord|solve','commercial bank creditors|creditors|banks|Brazil',m='hypothetical'),
 O('banking community|Brazilian government|Brazil|international banking authorities','talk|talking|talks','Brazilian government|Brazil|banking community|banks|international banking authorities',m='planned'),
 O('David Rockefeller|Rockefeller','tell|told','bankers'),
 E('Brazil','suspend|suspending|halt|moratorium|announce','commercial banks|banks|creditors|commercial bank creditors',d='1987-02-20'),
 O('Brazil','announce|announced',None,d='1987-02-20'),
 E('Dilson Funaro|Funaro|Finance Minister|Brazilian Finance Minister','tour|visit','major industrial nations|industrial nations|nations'),
 O('Brazil','cooperate|cooperative|want',None),
 E('Dilson Funaro|Funaro','meet','commercial bankers|bankers|creditors',pol='negative'),
 O('U.S. Regulators|regulators','downgrade','Brazil|Brazilian',d='1987-05',m='hypothetical'),
 O('financial sources|sources','say',None),
 O('banks','cease|set aside',None,m='hypothetical'),
 O('David Rockefeller|Rockefeller','remind|reminded','bankers'),
 O('David Rockefeller|Rockefeller','say',None),
],[["David Rockefeller","chairman of the international advisory committee","Chase Manhattan Bank"],["Dilson Funaro","Finance Minister","Brazil"]],[["February 20","1987-02-20"],["end-May","1987-05"],["1982","1982"]])
A['reuters-05035']=('1987-03-13',[
 O('U.S.|United States','say',None,z='headline'),
 O('Canada','comply|complying','U.S.|United States',z='headline'),
 O('Commerce Department|Commerce','say',None),
 O('Canadian firms|firms|Canada','pay|begun to pay|begun','U.S.|United States'),
 E('Commerce Department|Commerce|Commerce officials','talks|talk|hold talks','Canadian officials|Canada|officials'),
 O('exporters|some exporters','pay|paying',None,m='alleged',pol='negative'),
 E('Canada|United States|U.S.','agree|agreed','United States|U.S.|Canada',d='1986-12'),
 O('Canada|Canadian','subsidies|subsidise|subsidize','softwood exporters|exporters',m='alleged'),
 O('Canada|United States|U.S.','end|ending|dispute','United States|U.S.|Canada'),
 O('Commerce officials|officials','say',None,pol='negative'),
 O('Canadian companies|companies','evade|evading',None,m='hypothetical'),
 O('exporters','comply|complying',None),
 O('Bruce Smart|Smart|Undersecretary of Commerce|Undersecretary','say|welcome|praise|gratified','companies in Canada|companies|Canada'),
 O('Bruce Smart|Smart','intend|see|enforce',None,m='planned'),
],[["Bruce Smart","Undersecretary of Commerce","US"]],[["last December","1986-12"]])
A['reuters-05248']=('1987-03-16',[
 O('Brazilian bank workers|bank workers|workers','decide|strike|national strike',None,z='headline'),
 E('bank workers|Brazilian bank workers|workers|5,000 bank workers','vote|voted|decide|strike|threaten',None),
 O('bank workers|workers','strike|launch|stoppage',None,d='1987-03-24',m='hypothetical'),
 O('bank workers|workers','rally',None),
 O('bank workers|workers','demand','banks|government'),
 O('Wilson Gomes de Moura|Gomes de Moura|Moura|president','tell|told|say','Reuters'),
 E('seamen','stoppage|strike',None),
 E('oil workers|55,000 oil workers|workers','threaten|threatened|action','Petrobras|petroleum company|state-owned petroleum company'),
],[["Wilson Gomes de Moura","president","national confederation of bank employees' unions"]],[["this month","1987-03"],["March 24","1987-03-24"]])
A['reuters-05967']=('1987-03-18',[
 O('Association|West German Feed Stuffs Industry Association|MFI','say',None,z='headline'),
 O('West German Feed Stuffs Industry Association|MFI|Association','say|accuse|claim','EC Commission|Commission|EC'),
 O('EC Commission|Commission|EC','threaten|threat|use|used','U.S.|national farm lobbies|farm lobbies',m='alleged'),
 O('Ulrich Wagner|Wagner|Association chairman|chairman','tell|told|say','news conference'),
 O('EC|European Community','contemplate',None,m='alleged',pol='negative'),
 O('We|EC|West German feed industry','avoid|avoided','U.S.'),
 O('Commission|EC Commission','calm','national farm lobbies|farm lobbies',m='alleged'),
 O('Wayne Bennett|Bennett|president-elect','say',None,d='1987-03-17',p='The Hague'),
 O('Wayne Bennett|Bennett','visit|lobby|lobbying','The Hague|Netherlands',d='1987-03-17'),
 E('Wayne Bennett|Bennett|soybean delegations|delegations|American Soybean Association|ASA','lobby|lobbying|tour|lead|leading','EC capitals|EC|European Community|capitals'),
 E('Wayne Bennett|Bennett','visit','Bonn|West Germany',d='1987-03-19',m='planned'),
 O('Bonn government|Bonn|West Germany','reject',None,m='alleged'),
 O('Ulrich Wagner|Wagner','say',None),
],[["Ulrich Wagner","chairman","West German Feed Stuffs Industry Association"],["Wayne Bennett","president-elect","American Soybean Association"]],[["yesterday","1987-03-17"],["Thursday","1987-03-19"],["Friday","1987-03-20"]])
A['reuters-06840']=('1987-03-23',[
 O('Bolivian tin miners|tin miners|miners','start|hunger strike|strike',None,z='headline'),
 E('miners|9,000 miners|tin miners|strikers','hunger strike|strike|went on|go on|fast',None,p='Oruro|Potosi|Bolivia'),
 O('miners|strikers','press|demand|press for','government|Comibol'),
 O('miners union spokesman|spokesman','say',None),
 O('Victor Lopez|Lopez|executive secretary','tell|told|say','news conference'),
 O('strikers|miners','spread|fast|hunger strike',None,d='1987-03-24',p='La Paz',m='planned'),
 E('government|Bolivian government|Victor Paz Estenssoro|Paz Estenssoro','charge|charged|accuse','miners union|union|miners|strike'),
 O('miners union|union|miners','destabilise|destabilisation|plan|subversion','government',m='alleged'),
 E('Richard von Weizsaecker|von Weizsaecker|Weizsaecker|West German president','visit|arrive|arrives|tour','Bolivia',d='1987-03-27',m='planned'),
 E('Simon Reyes|Reyes|miners union chief|miners union','deny|denied|say|tell|told',None),
 O('Simon Reyes|Reyes','tell|told','reporters'),
 O('Simon Reyes|Reyes|miners union|union|miners','press|demand|press for','government|Comibol'),
 O('government|Victor Paz Estenssoro|Paz Estenssoro','lay off|laying off|layoffs|streamline|streamlined','miners|20,000 miners|Comibol'),
],[["Victor Lopez","executive secretary","miners union"],["Simon Reyes","chief","miners union"],["Richard von Weizsaecker","president","West Germany"],["Victor Paz Estenssoro","president","Bolivia"]],[["tomorrow","1987-03-24"],["Friday","1987-03-27"]])
