from lib import E,O
# Extra Reuters-21578 gold annotations (same conventions as ann_reuters.py; see README.md).
# Annotated BLIND: only the article texts (read with lib.article), /work/shared/EVENTS.md,
# README.md, lib.py and the finished examples ann_reuters.py / ann_agnews.py (for format and
# style) were read. No NewsNlp code, tests, docs, other benchmarks or extraction output was seen.
#
# Candidates considered, in the given order (first 10 that qualify were annotated):
#   reuters-00254  REJECTED: currency-auction / monetary-policy comment by Kaunda; no clear
#                  actor-on-target act stated as fact.
#   reuters-02470  accepted (France and Yugoslavia agree on a joint commission; ministers' talks).
#   reuters-03032  accepted (Ex-Im Bank's Tanaka meets Funaro, no commitment; Brazil's request).
#   reuters-03484  accepted (Indonesia signs a loan agreement with Japan's Ex-Im Bank).
#   reuters-04915  accepted (Britain/Howard wants Japan to agree a timetable; planned visit).
#   reuters-05112  REJECTED: announcements/plans only (Ivory Coast will attend cocoa talks,
#                  supports the pact); no actor-on-target act stated as fact.
#   reuters-05771  accepted (strikes against the wage freeze in Yugoslavia; criticism).
#   reuters-06507  REJECTED: policy comment on an OECD study (Jopling, Australian/U.S. reservations
#                  about a study); no actor-on-target act.
#   reuters-07431  accepted (Bolivian miners' general strike; police eviction; hunger strike).
#   reuters-07976  accepted (Raimond visit to UAE; EC tariffs, GCC threat; France-Iran talks).
#   reuters-08451  accepted (Mulroney calls on Americans to pressure Congress; criticism of the
#                  U.S. administration; White House request to Congress; Coalition hails him).
#   reuters-09169  REJECTED: legislative progress report (committee completes trade bill); no
#                  actor-on-target act stated as fact (only an objection to a transfer of authority).
#   reuters-09943  accepted (Volcker opposes the bill, warns St. Germain in a letter).
#   reuters-10376  accepted (Gros denies court action; Brazil suspended interest payments,
#                  suggested credit-line extension; planned negotiations with creditors).
# Published dates: no dateline in the texts; chosen from the events reported, the weekday words
# and the article's position in the collection (roughly date-ordered, 26 Feb - 20 Oct 1987).
A={}
A['reuters-02470']=('1987-03-04',[
 O('France|Yugoslavia','boost|commission','Yugoslavia|France',z='headline'),
 E('France|Yugoslavia|Michel Noir|Noir|Egon Padovan|Padovan','agree|agreed|set up','Yugoslavia|France|Egon Padovan|Padovan|Michel Noir|Noir'),
 E('Michel Noir|Noir|Foreign Trade Minister|Egon Padovan|Padovan','talks|hold talks','Egon Padovan|Padovan|Michel Noir|Noir'),
 O('French Finance Ministry|Finance Ministry|ministry','say|statement',None),
 O('France|Yugoslavia|both sides|sides','agree|agreed','Yugoslavia|France'),
 O('France|Yugoslavia','sign|signed|accord','Yugoslavia|France',d='1986'),
],[["Michel Noir","Foreign Trade Minister","France"],["Egon Padovan","minister without portfolio","Yugoslavia"]],[["last year","1986"]])
A['reuters-03032']=('1987-03-05',[
 O('Export-Import Bank of Japan|Ex-Im Bank|Japan Ex-Im Bank','say|commit|commitment','Brazil',z='headline',pol='negative'),
 E('Takashi Tanaka|Tanaka|Export-Import Bank of Japan|Ex-Im Bank','tell|told|say|cooperate','Brazil|Dilson Funaro|Funaro'),
 E('Takashi Tanaka|Tanaka|Export-Import Bank of Japan|Ex-Im Bank','refrain|refrained|commit|commitment','Brazil|Dilson Funaro|Funaro',pol='negative'),
 E('Takashi Tanaka|Tanaka|Dilson Funaro|Funaro','meet|meeting','Dilson Funaro|Funaro|Takashi Tanaka|Tanaka'),
 O('Takashi Tanaka|Tanaka|Ex-Im Bank|bank','consider','Brazil|request',m='planned'),
 O('Ex-Im officials|officials','say',None),
 O('Ex-Im Bank|Export-Import Bank|bank','grant','Brazil|credit',m='hypothetical'),
 O('Brazil','resist|resisted|go','IMF|International Monetary Fund|Fund'),
 O('IMF|International Monetary Fund|Fund','ask','Brazil',m='hypothetical'),
 E('Brazil','request|requested','Export-Import Bank of Japan|Ex-Im Bank|Export-Import Bank|bank|Japan',d='1986-11'),
 E('Dilson Funaro|Funaro|Finance Minister','renew|renewed|request','Export-Import Bank of Japan|Ex-Im Bank|Export-Import Bank|bank|Takashi Tanaka|Tanaka',d='1987-03-05'),
],[["Takashi Tanaka","president","Export-Import Bank of Japan"],["Dilson Funaro","Finance Minister","Brazil"]],[["today","1987-03-05"],["last November","1986-11"]])
A['reuters-03484']=('1987-03-06',[
 O('Japan|Japanese|Export-Import Bank|Ex-Im Bank','loan|lend','Indonesia',z='headline'),
 E('Indonesia|Radius Prawiro|Prawiro|Takashi Tanaka|Tanaka|Export-Import Bank|Ex-Im Bank','sign|signed|agreement|accord','Export-Import Bank|Ex-Im Bank|Japan|Takashi Tanaka|Tanaka|Indonesia|Radius Prawiro|Prawiro'),
 O('Indonesia','borrow','Export-Import Bank|Ex-Im Bank|Japan'),
 O('Export-Import Bank|Ex-Im Bank|bank|Japan','loan|lend|co-financing','Indonesia|Asian country',m='planned'),
 O('Radius Prawiro|Prawiro|Finance Minister','visit|visiting','Japan'),
 O('bank spokesman|spokesman','say',None),
],[["Radius Prawiro","Finance Minister","Indonesia"],["Takashi Tanaka","President","Export-Import Bank of Japan"]],[])
A['reuters-04915']=('1987-03-13',[
 O('Britain','want|demand','Japan',z='headline'),
 E('Michael Howard|Howard|Britain|Corporate Affairs Minister','want|wants|demand|urge|say','Japan'),
 O('Michael Howard|Howard','tell|told|want','Nikkei conference|conference|Japan'),
 O('U.S.|U.K.|Britain','agree|agreement','U.K.|U.S.|Britain',d='1987-01'),
 O('Toyoo Gyohten|Gyohten','tell|told|say|discuss',None,d='1987-03-12'),
 O('Japan|Toyoo Gyohten|Gyohten','negotiate|negotiations','Britain|U.K.',m='planned',pol='negative'),
 E('Michael Howard|Howard','visit','Japan',d='1987-04-13',m='planned'),
 O('Michael Howard|Howard','raise','Japan|equal access',m='planned'),
 O('Michael Howard|Howard','say|criticise|complain','Japan'),
 O('Michael Howard|Howard','welcome','firms|Japanese firms'),
 O('Japan','allow','firms|U.K. firms|our firms',pol='negative'),
],[["Michael Howard","Corporate Affairs Minister","UK"],["Toyoo Gyohten","vice-minister of finance for international affairs","Japan"]],[["yesterday","1987-03-12"],["April 13","1987-04-13"],["January","1987-01"]])
A['reuters-05771']=('1987-03-17',[
 O('strikes|workers','strike|strikes|spread','wage freeze|government',z='headline',p='Yugoslavia'),
 E('workers|thousands of workers|strikers','strike|strikes|spread',None,d='1987-W11',p='Yugoslavia'),
 O('Tanjug|official news agency|agency','say|report',None,d='1987-03-16'),
 O('officials','fear',None),
 O('workers','strike|strikes',None,p='Croatia'),
 O('workers','strike|strikes',None,d='1987-W11',p='Montenegro|Kosovo'),
 O('workers|1,700 workers','strike|struck',None,d='1987-W11',p='Bosnia and Hercegovina|Bosnia'),
 O('Branko Mikulic|Mikulic|Prime Minister|government','impose|imposed|freeze|froze',None,d='1987-02'),
 O('government','say|link',None),
 E('senior executives|executives','criticise|criticised|criticize|criticized',None),
 O('senior executives|executives','tell|interviews','Tanjug'),
 E('teachers','refuse|refused|take',None,d='1987-W11',p='Belgrade',pol='negative'),
],[["Branko Mikulic","Prime Minister","Yugoslavia"]],[["last week","1987-W11"],["last night","1987-03-16"],["last month","1987-02"],["the fourth quarter of 1986","1986-Q4"]])
A['reuters-07431']=('1987-03-25',[
 O('miners|Bolivian miners','call|strike|general strike',None,z='headline'),
 E('miners|federation|Bolivian mine workers|mine workers','declare|declared|strike|general strike',None,p='Bolivia'),
 O('federation|statement','say',None),
 O('miners|strikers','press|demand|demands','government|Comibol'),
 O('miners','negotiate','government|Victor Paz Estenssoro|Paz Estenssoro',m='hypothetical'),
 E('government','say|accuse','miners|strike|strikers'),
 E('Richard Von Weizsaecker|Von Weizsaecker|Weizsaecker','visit','Bolivia',d='1987-03-27',m='planned'),
 E('police','evict|evicted','Comibol office workers|office workers|workers',p='Oruro'),
 E('Comibol office workers|office workers|workers','hunger strike|begin|began|strike',None,d='1987-03-24',p='Oruro'),
 O('government','sack|sacked|lay off|lay-offs','miners'),
],[["Victor Paz Estenssoro","President","Bolivia"],["Richard Von Weizsaecker","President","West Germany"]],[["Friday","1987-03-27"],["yesterday","1987-03-24"]])
A['reuters-07976']=('1987-03-26',[
 O('Jean-Bernard Raimond|Raimond','expect|predict',None,z='headline'),
 O('Jean-Bernard Raimond|Raimond|French Foreign Minister','predict|predicted|say',None),
 E('Community|EC|European Community|Gulf Cooperation Council|GCC','negotiate|negotiations','Gulf Cooperation Council|GCC|Community|EC|European Community'),
 E('Jean-Bernard Raimond|Raimond','visit|come','United Arab Emirates|UAE',d='1987-03-27',m='planned'),
 O('Jean-Bernard Raimond|Raimond','visit|come from|leave','Oman'),
 O('Jean-Bernard Raimond|Raimond','tell|told|interview','Al-Ittihad',p='Paris'),
 O('Jean-Bernard Raimond|Raimond','work','GCC|EC|solution',m='planned'),
 E('EC|European Community|Community','impose|decision|tariffs','Gulf|GCC|Gulf Cooperation Council'),
 O('EC decision|EC','strain','GCC|relations'),
 E('GCC members|GCC|Gulf Cooperation Council|Saudi Arabia|Kuwait|Bahrain|Qatar|UAE|Oman','threaten|threatening','European|Europe|EC|European Community|Community'),
 O('GCC members|GCC|Gulf Cooperation Council|Saudi Arabia|Kuwait|Bahrain|Qatar|UAE|Oman','impose|duties','European|Europe|EC|Community',m='hypothetical'),
 O('Jean-Bernard Raimond|Raimond','say',None),
 O('Jean-Bernard Raimond|Raimond','say|urge',None),
 E('France','negotiate|negotiations|continue|continuing','Iran'),
 O('France','contacts|contact','Iran'),
 O('France','wish|want|relations','Iran'),
],[["Jean-Bernard Raimond","Foreign Minister","France"]],[["tomorrow","1987-03-27"]])
A['reuters-08451']=('1987-03-23',[
 O('Brian Mulroney|Mulroney','call|call on|urge','Congress',z='headline'),
 E('Brian Mulroney|Mulroney|Prime Minister','call|call on|called|urge|appeal','Americans|delegates|audience|American'),
 O('Brian Mulroney|Mulroney|prime minister','urge|urged','audience|Americans|American'),
 O('Americans|American audience|audience','pressure|fight','Congress',m='hypothetical'),
 O('observers','say',None),
 O('Canada|Mulroney','lobby|lobbying','United States|U.S.'),
 E('Brian Mulroney|Mulroney','tell|told|criticise|not pleased|say','U.S. administration|administration|United States|U.S.|delegates'),
 O('Brian Mulroney|Mulroney','say|criticise|not happy','U.S. administration|administration|United States|U.S.'),
 E('Brian Mulroney|Mulroney|Reagan|President Reagan','endorse|endorsed',None,d='1986'),
 E('White House','ask|asked|request','Congress',d='1987-W12'),
 O('Brian Mulroney|Mulroney','describe|described|praise|say','White House|commitment'),
 O('Reagan|president','accept|acceptance',None),
 O('Canada|government|Mulroney','fight|take','Congress'),
 E('Canadian Coalition on Acid Rain|Coalition','hail|hailed|praise','Brian Mulroney|Mulroney'),
 O('Michael Perley|Perley|spokesman','say',None),
],[["Brian Mulroney","Prime Minister","Canada"],["Reagan","President","US"],["Michael Perley","spokesman","Canadian Coalition on Acid Rain"]],[["last year","1986"],["Last week","1987-W12"]])
A['reuters-09943']=('1987-03-26',[
 O('Paul Volcker|Volcker','oppose|opposes','limits|Japan|Japan primary dealers',z='headline'),
 E('Paul Volcker|Volcker|Federal Reserve Board chairman','oppose|opposes|say',None),
 E('Paul Volcker|Volcker','warn|warned|letter|write','Fernand St. Germain|St. Germain|House Banking Committee'),
 O('countries|other countries','retaliate|retaliation','U.S. firms',m='hypothetical'),
 O('House Banking Committee|committee','approve|approved',None,d='1987-03-25'),
 O('committee|they','say',None),
 O('Japan','open|opening|advances','U.S. firms|U.S.'),
 O('Paul Volcker|Volcker','say|praise','Japan'),
 O('administration','negotiate','countries|foreign',m='planned'),
 O('Paul Volcker|Volcker','say',None),
 O('aide','say',None),
],[["Paul Volcker","chairman","Federal Reserve Board"],["Fernand St. Germain","chairman","House Banking Committee"],["Charles Schumer","Representative","US"]],[["yesterday","1987-03-25"]])
A['reuters-10376']=('1987-03-26',[
 O('Francisco Gros|Gros','deny|denies',None,z='headline'),
 E('Francisco Gros|Gros|Central Bank president','deny|denied|say',None),
 O('foreign creditors|creditors','file|court action|sue','Brazil',m='alleged',pol='negative'),
 O('Francisco Gros|Gros','say',None),
 E('Brazil','suspend|suspended',None,d='1987-02'),
 E('Brazil','suggest|suggested|propose',None,d='1987-03-25'),
 O('Media reports|reports','say|report',None),
 O('banks|small banks','file|filed|sue|lawsuits','Brazil',m='alleged'),
 E('Brazil|Francisco Gros|Gros|Dilson Funaro|Funaro','negotiate|negotiations|start','commercial creditors|creditors|banks',m='planned'),
 E('Francisco Gros|Gros|Dilson Funaro|Funaro','attend','International Monetary Fund|IMF|council meetings',p='Washington',m='planned'),
 O('Brazil|Francisco Gros|Gros','seek|seeking|negotiation',None),
],[["Francisco Gros","Central Bank president","Brazil"],["Dilson Funaro","Finance Minister","Brazil"]],[["last month","1987-02"],["yesterday","1987-03-25"],["May 31","1987-05-31"]])
