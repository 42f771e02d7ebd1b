from lib import E,O
# Extra BBC gold annotations (id -> (published, events, roles, dates)).
# Annotated BLIND: written from the article texts (lib.article), shared/EVENTS.md, this folder's
# README.md and the format examples ann_bbc.py / ann_agnews.py only. No NewsNlp code, tests,
# other benchmarks or extraction output was read or run.
#
# Candidates considered, in the order given:
#   bbc-0009 accepted  (appeal court throws out US government tobacco case; firms deny)
#   bbc-0027 rejected  (oil-price / demand-forecast figures; no actor-on-target event)
#   bbc-0035 accepted  (SEC extends deadline for foreign firms; firms/CBI protest; CBI meets SEC)
#   bbc-0053 rejected  (company plans/announcement only: Hyundai to build a plant)
#   bbc-0066 accepted  (FAO urges WTO, criticises tariffs, recommends developing countries act)
#   bbc-0075 accepted  (World Bank calls on Palestinian Authority; Israeli closures; Powell visits West Bank)
#   bbc-0099 accepted  (Ebbers denies claims in court; prosecution questions him; Sullivan's testimony)
#   bbc-0136 rejected  (interest-rate expectation story; economic figures and forecasts only)
#   bbc-0150 rejected  (MPC vote minutes; economic-figure story, no actor-on-target event)
#   bbc-0161 accepted  (Verizon wins MCI takeover [reported]; Qwest bid; SBC-AT&T; Qwest settles with SEC)
#   bbc-0181 rejected  (economic-figure story; only an unnamed "many economists urged the government")
#   bbc-0186 accepted  (Riggs Bank settlement with Pinochet victims; Garzon complaint; US court fine)
#   bbc-0201 accepted  (MCI shareholder sues over Verizon buyout; MCI rejects Qwest; Capellas meets shareholders)
#   bbc-0218 accepted  (Dortmund and creditors agree rescue; officials meet banks; creditors push)
# The list ran out at 9 qualifying articles (10 were asked for).
# Published dates chosen as the README explains (plausible 2004-05 date consistent with the
# weekday words and the events reported).
A={}
A['bbc-0009']=('2005-02-04',[
 O('appeal court|court|Court of Appeals','reject|throw out','case|claim|US government|government',z='headline'),
 E('appeal court|court|Court of Appeals|Court of Appeals for the District of Columbia','throw out|thrown out|reject|rule',None,p='Washington'),
 O('Court of Appeals|court','rule|find',None),
 E('US government|government|Clinton administration|prosecutors','file|sue|claim|accuse|demand','tobacco companies|tobacco firms|cigarette firms|firms|Altria|Altria Group|RJ Reynolds|Reynolds|Lorillard|Liggett|Brown and Williamson',d='1999'),
 O('US government|government','claim|accuse','tobacco firms|tobacco companies'),
 O('prosecutors','want|demand','cigarette firms|tobacco firms|firms'),
 O('prosecutors|government','impose','rules|tobacco firms',m='hypothetical'),
 O('US government|government','sue','firms|tobacco firms',m='hypothetical',pol='negative'),
 O('tobacco firms|firms','manipulate','nicotine levels',m='alleged'),
 O('tobacco firms|firms','target|targeted','teenagers',m='alleged'),
 O('tobacco firms|firms','lie','dangers',m='alleged'),
 E('tobacco companies|tobacco firms|companies','deny',None),
 O('tobacco companies|companies','conspire|defraud','public',m='alleged',pol='negative'),
 O('tobacco companies|They','say',None),
 O('tobacco companies|companies','settle|settlement|reach|meet','46 states|states|government',d='1998'),
],[],[["in 1999","1999"],["in 1998","1998"]])
A['bbc-0035']=('2005-03-03',[
 O('US','give|extend','foreign firms|firms',z='headline'),
 E('Securities and Exchange Commission|SEC|US stock market watchdog|watchdog','extend|give|relax|decision','foreign firms|firms|companies',d='2005-03-02'),
 O('Securities and Exchange Commission|SEC|US stock market watchdog|watchdog','impose|imposed','foreign firms|firms|regulations'),
 E('foreign firms|firms','protest|protested','SEC|Securities and Exchange Commission'),
 E('delegations|business leaders|European business leaders','protest|head|heading|visit','SEC|Securities and Exchange Commission',p='Washington DC|Washington'),
 O('business leaders|They','say|complain',None),
 E("CBI|UK's CBI",'warn',None),
 E('CBI|delegation|CBI delegation','meet|met','SEC officials|SEC|officials',d='2005-03-02'),
 O('Digby Jones|Sir Digby Jones|director-general|CBI','tell|say','BBC|Today programme'),
 O('Digby Jones|Sir Digby Jones|director-general','praise|say','SEC'),
 O('SEC|They','listen','CBI|us|overseas companies|companies'),
 O('overseas companies|companies','remind','America|US'),
 O('SEC','say|note',None),
 O('European Union|EU','impose','standards|reporting standards',d='2005'),
 O('Donald Nicolaisen|Nicolaisen|chief accountant','say',None),
],[["Sir Digby Jones","director-general","CBI"],["Donald Nicolaisen","chief accountant","SEC"]],[["Wednesday","2005-03-02"],["15 July 2006","2006-07-15"],["in 2005","2005"],["the middle of this year","2005"]])
A['bbc-0066']=('2004-12-09',[
 O("FAO|Food & Agriculture Organisation|Food and Agriculture Organisation",'warn',None,z='headline'),
 E("FAO|Food & Agriculture Organisation|Food and Agriculture Organisation|UN",'warn',None),
 O('FAO report|report|FAO','say',None),
 E('FAO|Food & Agriculture Organisation','urge|urged','World Trade Organisation|WTO'),
 E('FAO|It','criticise|criticised|criticize',None),
 O('developed nations|developing nations|nations','impose|imposed','tariffs'),
 E('FAO|It','recommend|urge','developing countries'),
 O('European Union|EU|US','sell|subsidise|subsidies','products'),
 O('FAO','say',None),
],[],[])
A['bbc-0075']=('2004-11-23',[
 O('World Bank|report|World Bank report','say',None),
 O('Palestinians','uprising|rise up','Israel|Israeli occupation',d='2000'),
 O('Israel','occupy|occupation','Palestinians|Palestinian'),
 E('Israel','arrange|impose|close|closures|restrict','Palestinian people|Palestinians|Palestinian'),
 O('Nigel Roberts|Roberts|country director','say',None),
 O('international donors|donors','give|donate|aid','Palestinians|Palestinian'),
 E('World Bank|report|It','call on|call|urge','Palestinian Authority|PA'),
 E('Colin Powell|Powell|Secretary of State|US','visit|visiting','West Bank',d='2004-W48',p='West Bank'),
 O('Colin Powell|Powell|US','stress|support','Palestinian|Palestinians|election'),
],[["Nigel Roberts","country director for the West Bank and Gaza","World Bank"],["Colin Powell","Secretary of State","US"]],[["four years ago","2000"],["last year","2003"],["the first half of this year","2004"],["This week","2004-W48"],["January","2005-01"]])
A['bbc-0099']=('2005-03-01',[
 O('Ebbers|Bernie Ebbers','deny','fraud|claims',z='headline'),
 E('Ebbers|Bernie Ebbers|former WorldCom chief|Mr Ebbers','deny|denied|reject',None,d='2005-03-01',p='New York'),
 O('Ebbers|Bernie Ebbers|Mr Ebbers','reject|rejected|deny',None),
 O('Ebbers|Bernie Ebbers','pressure|pressured','Scott Sullivan|Sullivan',m='alleged',pol='negative'),
 O('Ebbers|Mr Ebbers','tell|told|say','federal court|court'),
 E('Ebbers|Bernie Ebbers|Mr Ebbers','deny|plead|plead not guilty',None),
 O('Ebbers|Mr Ebbers','play down|played down','Sullivan|Scott Sullivan|relationship'),
 O('Ebbers|Mr Ebbers','deny|denied',None),
 O('Ebbers|Mr Ebbers','meet|met','Sullivan|Scott Sullivan',pol='negative'),
 E('prosecution|prosecutors','question|questioned|cross-examine','Ebbers|Bernie Ebbers|Mr Ebbers',p='New York'),
 O('prosecutors|prosecution','indict|indicted','executives|WorldCom executives|Sullivan'),
 O('Sullivan|Scott Sullivan','plead guilty|plead',None),
 O('Sullivan|Scott Sullivan','agree|agreement','prosecutors'),
 O('Sullivan|Scott Sullivan','appear|testify','prosecution'),
 E('Sullivan|Scott Sullivan|Mr Sullivan','tell|told|testify|say|accuse','jurors|Ebbers|Bernie Ebbers'),
 O('Sullivan|Scott Sullivan','meet|met','Ebbers|Mr Ebbers',m='alleged'),
 O('Sullivan|Scott Sullivan','tell|told|advise','Ebbers|Mr Ebbers',m='alleged'),
 O('Sullivan|Scott Sullivan','warn|warned','Ebbers|Mr Ebbers',m='alleged'),
 O('court','sentence|jail','Ebbers',m='hypothetical'),
],[["Bernie Ebbers","former chief","WorldCom"],["Scott Sullivan","ex-chief financial officer","WorldCom"]],[["Tuesday","2005-03-01"],["in 2002","2002"],["last year","2004"]])
A['bbc-0161']=('2005-02-13',[
 O('Verizon','seal|takeover|take over','MCI',z='headline',m='alleged'),
 E('Verizon','win|won|takeover|take over|bid|buy|seal','MCI',m='alleged'),
 O('Verizon|MCI|two firms','seal|deal|agree','MCI|Verizon',d='2005-02-14',m='planned'),
 E('Qwest','bid|offer','MCI'),
 E('SBC|SBC Communications','buy|bought|agree|agreed','AT&T',d='2005-W05'),
 O('SBC','buy|bought','AT&T',d='2005'),
 O('MCI|WorldCom','admit|admission',None,d='2002'),
 O('MCI|WorldCom','book|inflate',None,d='2002'),
 O('prosecutors|court','try|trial|accuse','Bernie Ebbers|Ebbers'),
 O('Bernie Ebbers|Ebbers','oversee|fraud',None,m='alleged'),
 E('Qwest','pay|paying|settle','Securities and Exchange Commission|SEC',d='2004-10'),
 O('Securities and Exchange Commission|SEC','charge|charges|accuse','Qwest'),
 O('Qwest','manipulate','results',m='alleged'),
 O('Verizon|Qwest','buy|buying','MCI',m='hypothetical'),
 O('board|MCI board','swing|favour|back','Verizon',m='hypothetical'),
 O('Qwest|Verizon|suitors','offer|offering','MCI'),
],[["Bernie Ebbers","former boss","Worldcom"]],[["Monday","2005-02-14"],["earlier this year","2005"],["in April","2004-04"],["in 2002","2002"],["in October","2004-10"],["since October","2004-10"],["Last week","2005-W05"]])
A['bbc-0186']=('2005-02-25',[
 O('Riggs Bank|US bank|bank','payout|pay|donate','Pinochet victims|victims',z='headline'),
 E('Riggs Bank|Riggs|US bank|bank','donate|pay|put|settle|settlement|agree','victims|Pinochet victims|Salvador Allende Foundation|fund',m='planned',p='Madrid'),
 O('Riggs Bank|Riggs|bank','agree|agreed|settle','victims|opponents|court',p='Madrid'),
 O('Riggs Bank|bank','create','fund|victims'),
 O('Salvador Allende Foundation|charity','manage|help','victims|abused victims'),
 O('Riggs Bank|bank|Riggs','conceal|concealing','Pinochet|Augusto Pinochet|assets',m='alleged'),
 O('Pinochet|regime|Pinochet regime','kill|killed','people'),
 O('Riggs Bank|Riggs','plead guilty|plead|pleaded',None,d='2005-01',p='US'),
 E('US court|court','fine|order|ordered','Riggs Bank|Riggs|bank',d='2005-01'),
 O('Riggs Bank|Riggs','report|fail','Pinochet|Equatorial Guinea',pol='negative'),
 O('court|prosecutors','try|trial','Pinochet|Augusto Pinochet|Gen Pinochet',pol='negative'),
 O('prosecutors|court','charge|charges','Pinochet|Augusto Pinochet|Gen Pinochet'),
 O('Pinochet|Gen Pinochet','murder|kill','Chilean',m='alleged'),
 O('investigators|prosecutors','investigate|investigated','Pinochet|Augusto Pinochet|Gen Pinochet'),
 E("opponents|general's opponents|Pinochet's opponents",'rejoice|rejoiced|welcome|praise',None),
 O('Eduardo Contreras|Contreras|lawyer','tell|told|say','Reuters'),
 O('Mark Hendrix|Hendrix|spokesman|Riggs spokesman','say|tell|told','Reuters'),
 O('Riggs|bank','announce',None,d='2005-W09',m='planned'),
 E('Baltasar Garzon|Garzon|Spanish Judge|Judge','file|filed|complaint|allege|accuse','Riggs Bank|Riggs|bank'),
 O('Garzon|court|Baltasar Garzon','drop|dropped','charges|Riggs|bank'),
],[["Augusto Pinochet","former Chilean military ruler","Chile"],["Baltasar Garzon","Judge","Spain"],["Eduardo Contreras","lawyer for the victims","Pinochet victims"],["Mark Hendrix","spokesman","Riggs Bank"]],[["Last month","2005-01"],["next week","2005-W09"],["1973-90","1973/1990"]])
A['bbc-0201']=('2005-02-18',[
 O('shareholder|MCI shareholder','sue','Verizon|MCI|bid',z='headline'),
 E('shareholder|MCI shareholder','sue|take legal action|legal action|file|lawsuit','MCI|MCI directors|directors|Verizon',d='2005-02-18',p='Delaware'),
 O('shareholder|lawsuit|legal papers','accuse|allege','MCI directors|directors|MCI'),
 O('MCI directors|directors','breach|deprive','MCI shareholders|shareholders',m='alleged'),
 E('Qwest|Qwest Communications','submit|bid|offer|say','MCI',m='planned'),
 O('Qwest|Qwest Communications','offer|bid','MCI'),
 E('MCI|MCI directors','reject|rejected','Qwest|Qwest Communications|offer|deal'),
 O('Qwest','say',None,d='2005-02-16'),
 E("MCI directors|MCI's directors|directors|MCI",'back|backed|support','Verizon'),
 E('Verizon','buy|buyout|pay|offer|takeover|table','MCI',m='planned'),
 E('MCI shareholders|shareholders|large MCI shareholders','express|unhappiness|criticise|say',None),
 O('lawsuit|shareholder','argue',None),
 O("MCI directors|MCI's directors|directors",'argue|say',None),
 E('Michael Capellas|Capellas|chief executive','meet|meeting','shareholders|MCI shareholders',d='2005-W06'),
 O('Worldcom|company','file|filed','bankruptcy',d='2002'),
 E('SBC|SBC Communications','agree|agreed|buy','AT&T',d='2005-02'),
],[["Michael Capellas","chief executive","MCI"]],[["on Friday","2005-02-18"],["on Wednesday","2005-02-16"],["last week","2005-W06"],["In 2002","2002"],["last April","2004-04"],["April 2004","2004-04"],["Earlier this month","2005-02"]])
A['bbc-0218']=('2005-02-21',[
 O('Borussia Dortmund|club|Dortmund','agree|agreeing','creditors',z='headline'),
 E('Borussia Dortmund|club|Dortmund|creditors','agree|agreeing|agreed|deal','creditors|Borussia Dortmund|club|Dortmund',d='2005-02-18'),
 O('creditors','suspend|freeze','interest payments|club|Borussia Dortmund',d='2005-02-18'),
 O('Borussia Dortmund|club','say',None,d='2005-W07'),
 O('banks|creditors','loan|give|loans','Borussia Dortmund|club'),
 O('Borussia Dortmund|club','hope|defer','creditors'),
 E('Borussia officials|officials|Borussia Dortmund|club','meet|met','banks',d='2005-W07'),
 O('creditors|Three creditors','agree',None,pol='negative'),
 O('Molsiris|property investment fund','hold|discuss','AGM|rescue plan',d='2005-03-14',m='planned'),
 O('Gerd Niebaum|Niebaum|chief executive','step down|stepped down|resign',None,d='2005-W07'),
 E('creditors','push|pushing|demand|press','club|Borussia Dortmund|Dortmund'),
 O('creditors|investors','call|urge','Borussia Dortmund|club'),
 O('Bayern Munich|Bayern','beat|beaten|defeat','Borussia Dortmund|Dortmund|club',d='2005-02-19'),
],[["Gerd Niebaum","chief executive","Borussia Dortmund"]],[["on Monday","2005-02-21"],["on Friday","2005-02-18"],["last week","2005-W07"],["over the weekend","2005-W07-WE"],["until 2007","2007"],["the end of June","2005-06"],["On 14 March","2005-03-14"],["on Saturday","2005-02-19"]])
