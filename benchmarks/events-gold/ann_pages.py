# Web-page items: a real article from the sources (not otherwise used), wrapped in invented page furniture.
# The article's title and paragraphs are kept verbatim; everything else (navigation, byline, captions,
# related headlines, prompts, footer) is invented. Related headlines are never annotated.
from lib import E,O,article
A={}; TEXT={}; SOURCE={}
def page(pid,src,idx,top,after_head,mid,bottom,body_insert=None):
    art=article(src,idx).split('\n')
    title,paras=art[0],art[1:]
    body=list(paras)
    if body_insert:  # (position, [lines]) e.g. an advert or a caption between paragraphs
        pos,lines=body_insert; body=body[:pos]+lines+body[pos:]
    lines=top+[title]+after_head+mid+body+bottom
    TEXT[pid]='\n'.join(lines)
    SOURCE[pid]=f'{src}-{idx:05d}' if src!='bbc' else f'bbc-{idx:04d}'

# ---------------- BBC-style pages ----------------
page('page-01','bbc',888,
 ['Skip to content','Accessibility help','Sign in','Home','News','Sport','Weather','iPlayer','Business','Politics','UK','World'],
 ['By Helen Marsh','Business reporter, BBC News','Published 7 January 2005, 11:42 GMT','Share','Save'],
 ['Gordon Brown arrives for talks with G8 finance ministers in London (Photo: PA)','Gordon Brown arrives for talks with G8 finance ministers in London','Image source, PA'],
 ['ADVERTISEMENT','Related stories','Aid pledges for tsunami survivors top $4bn','Paris Club creditors meet in emergency session','UN chief warns of slow aid delivery to Aceh','Sri Lanka rebels accuse army of blocking relief','More on this story','Top stories','Cookies on our site: we use cookies to give you the best online experience. Accept all / Reject','Get the Business Daily newsletter in your inbox - Sign up','Terms of Use','About the BBC','Privacy Policy','Cookies','Contact the BBC','Copyright 2005 BBC. The BBC is not responsible for the content of external sites.'])
A['page-01']=('2005-01-07',[
 O('tsunami debt deal|G8','announce','tsunami-hit nations',z='headline',m='planned'),
 O('Gordon Brown|Brown|Chancellor','announce|hope','tsunami-hit nations',m='planned',d='2005-01-07'),
 E('G8','agree|suspend|deal|agreement',None,m='alleged',d='2005-01-06'),
 E('Japan','sign up|signed up',None,m='alleged',d='2005-01-06'),
 E('Gordon Brown|Brown','propose|proposed',None,d='2005-W01'),
 O('G8 ministers|G8','instruct','World Bank|International Monetary Fund|IMF',m='alleged'),
 E('Gordon Brown|Brown','talks|locked in talks','finance ministers|G8'),
 E('Germany','propose|proposed',None),
 O('Canada','begin|moratorium',None),
 O('Jack Straw|Straw','say',None),
 O('Gordon Brown|Brown','arrive|talks','G8 finance ministers|G8|finance ministers',z='caption',p='London'),
],[["Gordon Brown","Chancellor","UK"],["Jack Straw","Foreign Secretary","UK"]],[["Friday","2005-01-07"],["Thursday night","2005-01-06"],["earlier this week","2005-W01"]])

page('page-02','bbc',906,
 ['BBC NEWS','UK EDITION','Front Page | World | UK | UK Politics | Business | Health | Education','Last Updated: Monday, 13 December 2004, 16:05 GMT'],
 ['E-mail this to a friend','Printable version'],
 ['Tony Blair greets Silvio Berlusconi on the steps of Number 10','Tony Blair greets Silvio Berlusconi on the steps of Number 10 (Copyright: AFP/Getty Images)'],
 ['SEE ALSO:','Chirac calls for referendum on Turkey','Turkey EU talks: Key issues at a glance','Cyprus threatens veto over Ankara bid','RELATED INTERNET LINKS:','European Council','The BBC is not responsible for the content of external internet sites','TOP UK POLITICS STORIES','Advertisement','E-mail services | Sms/mobiles | Alerts | News feeds | Podcasts','Back to top ^^','Sign up for the BBC News daily e-mail','This site uses cookies. Continue / Change settings','News Front Page | Help | Privacy & Cookies Policy | Feedback','(c) MMIV'],
 body_insert=(2,['Advertisement']))
A['page-02']=('2004-12-13',[
 O('leaders|Blair','meet','Berlusconi|Schroeder',z='headline'),
 E('Tony Blair|Blair','meet|met|talks','Silvio Berlusconi|Berlusconi|Gerhard Schroeder|Schroeder',p='Downing Street|London'),
 O('Tony Blair|Blair','meet|met|talks','Gerhard Schroeder|Schroeder'),
 O('Tony Blair|Blair','talk|talks','Turkey'),
 O('Tony Blair|Blair','support|proponent|back','Turkey'),
 O('Italy|Germany','favour|support','Turkey'),
 O('France','sceptic|scepticism','Turkey'),
 O('Turkey','renege',None,m='hypothetical'),
 O('France','prefer|demand','Turkey'),
 O('Tony Blair|Blair|Labour government','back|backers','Turkey'),
 O('spokesman','say',None),
 O('Tony Blair|Blair|prime minister','meet|meetings','Berlusconi|Schroeder'),
 O('leaders|they','discuss',None,m='planned',p='Brussels'),
 O('Tony Blair|Blair','greet|meet','Silvio Berlusconi|Berlusconi',z='caption',p='Number 10|Downing Street'),
],[["Silvio Berlusconi","Prime Minister","Italy"],["Gerhard Schroeder","Chancellor","Germany"]],[])

page('page-03','bbc',1016,
 ['Home','UK','England','Election 2005','Politics','Sign in','Search'],
 ['By Tom Ashdown','Political reporter, BBC News','8 February 2005 | 09:15','Share this article: Facebook | Twitter | Email'],
 ['Nicholas Betts-Green had been selected for the Suffolk Coastal seat (Photo: BBC)','Nicholas Betts-Green had been selected for the Suffolk Coastal seat','Photo: BBC'],
 ['Advertisement - scroll to continue','You might also like','Kilroy-Silk quits UKIP to form new party','Police question BNP leader over speech','Tories suspend councillor over race remarks','Watchdog fines party over donations','Comments (14)','Most read','We use cookies. By continuing to browse you agree to our cookie policy. OK','Newsletter: the week in politics, every Friday','Terms | Privacy | Accessibility | Contact us','Copyright 2005 BBC'])
A['page-03']=('2005-02-08',[
 O('Nicholas Betts-Green|Betts-Green|candidate','resign|resigns',None,z='headline'),
 O('Nicholas Betts-Green|Betts-Green|candidate','resign|admit',None),
 E('Nicholas Betts-Green|Betts-Green|former teacher','attend|attended','BNP|British National Party|BNP meeting'),
 O('Nicholas Betts-Green|Betts-Green','confirm',None),
 E("UKIP|party's leadership|leadership",'question|questioned','Nicholas Betts-Green|Betts-Green'),
 O('UKIP spokesman|spokesman','say',None),
 O('East Anglian Daily Times','disclose|disclosures|report','Betts-Green',d='2005-01'),
 O('Suffolk Coastal UKIP members|members','meet|meeting|discuss',None,d='2005-W07',m='planned'),
 O('Nicholas Betts-Green|Betts-Green','resign','UKIP'),
 O('UKIP','select|selected','Nicholas Betts-Green|Betts-Green',z='caption'),
],[["Nicholas Betts-Green","prospective candidate","UKIP"]],[["last month","2005-01"],["next week","2005-W07"]])

page('page-04','bbc',1059,
 ['News','Sport','Weather','Radio','TV','More','UK','World','Politics','Business','Entertainment','Sign in'],
 ['Tuesday, 7 December, 2004, 08:51 GMT','BBC News'],
 ['Gen Musharraf and Tony Blair outside Downing Street on Monday','Gen Musharraf and Tony Blair outside Downing Street on Monday. Copyright Reuters/Ian Waldie'],
 ['Share this story: Email | Facebook | Twitter | Print','Sponsored links','Related stories','Musharraf praises UK terror co-operation','Pakistan test-fires nuclear-capable missile','Police chief apologises for lost documents','Commons to debate anti-terror powers','Have your say','Our editors\u2019 picks','Cookie settings | Manage preferences','BBC \u00a9 2004','About the BBC | Help | Contact us'],
 body_insert=(2,['Advertisement']))
A['page-04']=('2004-12-07',[
 O('inquiry|police','investigate|inquiry',None),
 O('member of the public','find|found','files|papers'),
 O('Scotland Yard','say|review',None),
 O('spokesman','say',None),
 O('member of the public','give|given','Mirror|Mirror newspaper'),
 E('Mirror|newspaper','hand over|handed',None,d='2004-12-06'),
 E("Directorate of Professional Standards|force|police",'investigate|investigating',None),
 E('Gen Pervez Musharraf|Musharraf|Pakistani president','talks|hold talks|held talks','Tony Blair|Blair',d='2004-12-06'),
 E('Gen Pervez Musharraf|Musharraf','arrive|visit','Britain|UK',d='2004-12-05'),
 E('Gen Pervez Musharraf|Musharraf','meet|met','George W Bush|Bush',p='United States'),
 E('Gen Pervez Musharraf|Musharraf','visit','Pakistani community|Manchester',d='2004-12-07',p='Manchester',m='planned'),
 O('Gen Pervez Musharraf|Musharraf','visit','London',m='planned'),
 O('Musharraf|Gen Musharraf','meet','Tony Blair|Blair',z='caption',d='2004-12-06',p='Downing Street'),
],[["Gen Pervez Musharraf","president","Pakistan"]],[["Monday","2004-12-06"],["Sunday night","2004-12-05"],["Tuesday afternoon","2004-12-07"]])

page('page-05','bbc',1161,
 ['BBC','Home','News','Business','Politics','Your Money','Sign in','Menu'],
 ['By Rachel Denby','BBC News, Westminster','Friday, 18 February 2005','Last updated at 10:27 GMT','Share on Facebook','Share on Twitter','Share by email'],
 ['Civil servants rallied in Whitehall over pensions last year (Photo: Getty Images)','Civil servants rallied in Whitehall over pensions last year','Getty Images'],
 ['ADVERTISEMENT','Related stories','Firefighters back national walkout','Ministers hold talks with teaching unions','Council workers vote for pensions action','Union leader accuses government of betrayal','Comments 27','Join the conversation','Sign up for our morning briefing','This site uses cookies. Find out more','Home | News | Sport | Contact | Terms','\u00a9 BBC 2005'])
A['page-05']=('2005-02-18',[
 O('civil servants|union','ballot|strike',None,z='headline'),
 E('Public and Commercial Services Union|PCS|union','ballot|protest|strike',None,m='planned'),
 E('Public and Commercial Services Union|PCS','co-ordinate|coordinate','unions|public sector unions',m='planned'),
 E('unions','strike|earmark',None,d='2005-03-23',m='planned'),
 E('government','consult|say','unions',m='planned'),
 E('Mark Serwotka|Serwotka|PCS leader','warn|threaten','government'),
 O('Mark Serwotka|Serwotka','say|criticise','government'),
 O('Stephen Cape|correspondent','say',None),
 O('unions|union','embarrass','government',m='hypothetical'),
 O('Unison|Transport and General Workers|Amicus','ballot|walkout','members|workers',d='2005-03-23',m='planned'),
 E('John Prescott|Prescott|Deputy Prime Minister','meet|meeting|held','union figures|unions|senior union figures',d='2005-02-17'),
 O('John Prescott|Prescott|government','offer|deal','unions',pol='negative'),
 O('civil servants','rally|rallied|protest',None,z='caption',p='Whitehall',d='2004'),
],[["Mark Serwotka","leader","PCS"],["John Prescott","Deputy Prime Minister","UK"],["Stephen Cape","correspondent","BBC"]],[["23 March","2005-03-23"],["Thursday night","2005-02-17"],["last year","2004"]])

# ---------------- Reuters-style pages ----------------
page('page-06','reuters',4467,
 ['Reuters','World','Business','Markets','Politics','Breaking Views','Sign In','Register'],
 ['By Daniel Corrigan','WASHINGTON, March 12, 1987 (Reuters)','3 Min Read'],
 ['President Reagan and Kenyan President Daniel Arap Moi at the White House','President Reagan and Kenyan President Daniel Arap Moi at the White House. REUTERS/Larry Downing','Share','Tweet'],
 ['Reporting by Daniel Corrigan; Editing by Ann Whitford','Our Standards: The Thomson Reuters Trust Principles.','Advertisement','MORE FROM REUTERS','Senate panel votes sanctions on Pretoria','Nigeria seeks rescheduling of debt','Reagan to meet Mulroney on acid rain','Zimbabwe warns South Africa over border raids','All quotes delayed a minimum of 15 minutes.','Apps | Newsletters | Advertise with Us | Cookies | Terms of Use | Privacy','\u00a9 1987 Reuters. All Rights Reserved.'])
A['page-06']=('1987-03-12',[
 O('Daniel Arap Moi|Moi|Kenyan leader','appeal','U.S.|United States',z='headline'),
 E('Reagan|President Reagan','talks|had talks','Daniel Arap Moi|Moi',d='1987-03-12'),
 E('Daniel Arap Moi|Moi','appeal|appealed','U.S.|United States|American'),
 E('Reagan|President Reagan','stress|stressed|urge','Daniel Arap Moi|Moi|Kenya'),
 O('official|senior administration official','say',None),
 O('Reagan|Moi|leaders','find|agree','Moi|Reagan'),
 O('administration','engagement|practice','South Africa'),
 O('administration','accept','sanctions'),
 E('Congress','impose|imposed|sanction','South Africa'),
 O('Reagan','meet','Daniel Arap Moi|Moi',z='caption',p='White House'),
],[["Daniel Arap Moi","President","Kenya"]],[["today","1987-03-12"]])

page('page-07','reuters',8566,
 ['REUTERS','Home | Business | Markets | World | Politics | Tech','Sign in'],
 ['JAKARTA, March 27 (Reuters)','Updated 27 March 1987'],
 ['World Bank president Barber Conable arrives at the presidential palace in Jakarta','World Bank president Barber Conable arrives at the presidential palace in Jakarta - Reuters file photo','Share this article','Facebook','Twitter','LinkedIn','Email'],
 ['Reporting by Peter Lindqvist; Editing by Sue Marlow','ADVERTISEMENT','Read Next','OPEC ministers gather in Vienna as prices slide','Philippines and IMF agree on standby credit','Malaysia rejects call to float ringgit','Comments','Newsletter - Asia Morning Briefing: Sign up','Cookie preferences','Contact Us | Careers | Terms of Use | Privacy Statement','All Rights Reserved'])
A['page-07']=('1987-03-27',[
 O('Barber Conable|Conable|World Bank chief|World Bank','pledge','Indonesia',z='headline'),
 E('Barber Conable|Conable|World Bank','pledge|pledged','Indonesia'),
 O('Barber Conable|Conable','say|demand','Indonesia'),
 E('Barber Conable|Conable','talks','Suharto|President Suharto'),
 O('Barber Conable|Conable','expect|urge','Jakarta|Indonesia'),
 O('World Bank','give|aid|receive','Indonesia'),
 O('Barber Conable|Conable','arrive|visit','presidential palace|Jakarta',z='caption',p='Jakarta'),
],[["Barber Conable","president","World Bank"]],[])

page('page-08','reuters',18730,
 ['Skip to main content','Reuters','World','Asia Pacific','Business','Legal','Markets','My News','Sign In'],
 ['SEOUL, June 19, 1987 (Reuters)','By Reuters Staff','4 min read'],
 ['Riot police fire tear gas at demonstrators in central Seoul on Thursday','Riot police fire tear gas at demonstrators in central Seoul on Thursday. REUTERS/Lee Jae-won'],
 ['Reporting by Seoul bureau; Editing by Colin Rees','Advertisement \u00b7 Scroll to continue','Related Coverage','U.S. urges restraint as Korean unrest spreads','Opposition leader Kim Dae-jung placed under house arrest','Students storm ruling party office in Kwangju','Read more','Our Standards: The Thomson Reuters Trust Principles','Sign up for our newsletter','We use cookies to improve your experience. Accept cookies','Site Index | About Reuters | Terms of Use | Accessibility','\u00a9 1987 Reuters'],
 body_insert=(1,['Share this article','Advertisement']))
A['page-08']=('1987-06-19',[
 O('South Korea|government','threaten','demonstrators',z='headline'),
 E('government|South Korea','threaten|take emergency measures|will take',None,m='hypothetical'),
 O('state radio|radio','say',None),
 E('Lee Han-key|Prime Minister|ministers|security officials','attend|meet|meeting',None,d='1987-06-19'),
 O('government|radio','statement',None,m='planned'),
 E('demonstrators','protest|take to the streets|took to the streets',None,d='1987-06-18',p='Seoul'),
 E('demonstrators','battle|battling|fight','riot police|police',d='1987-06-18',p='Seoul'),
 E('demonstrators','demand|demanding','Chun Doo Hwan|Chun|President',d='1987-06-18'),
 O('demonstrators','protest|protests',None),
 O('riot police|police','fire|tear gas','demonstrators',z='caption',p='Seoul',d='1987-06-18'),
],[["Lee Han-key","Prime Minister","South Korea"],["Chun Doo Hwan","President","South Korea"]],[["today","1987-06-19"],["yesterday","1987-06-18"],["Thursday","1987-06-18"]])

page('page-09','reuters',11911,
 ['Reuters Home','Markets','Business','World','Politics','Technology','Search','Log in'],
 ['WASHINGTON, April 1, 1987 (Reuters)','Reporting by Martin Hale; Editing by Joan Ferris'],
 ['U.S. Trade Representative Clayton Yeutter speaks to reporters in Washington','U.S. Trade Representative Clayton Yeutter speaks to reporters in Washington (Photo: Reuters)','Share: Twitter | Facebook | LinkedIn'],
 ['Advertisement','Trending Stories','Tokyo stocks tumble on trade war fears','Chipmakers lobby Congress for tougher curbs','EC threatens duties on Japanese printers','Japan offers to boost chip purchases','Comments are closed for this article','Get the Trade & Policy newsletter','Cookie Policy | Privacy | Terms','\u00a9 1987 Reuters Limited'])
A['page-09']=('1987-04-01',[
 O('U.S.|Japan','talks','Japan|U.S.',z='headline',m='planned',d='1987-W15'),
 O('U.S. negotiators|Japanese negotiators|negotiators','meet|meetings|hold','U.S.|Japan|negotiators',d='1987-W15',m='planned'),
 O('U.S. official|official','say',None),
 O('U.S.|United States|American','sanction|sanctions','Japan',m='planned'),
 O('Clayton Yeutter|Yeutter','announce|announced',None,d='1987-03-31'),
 E('MITI|Japanese Ministry of International Trade and Industry|officials','talks|hold','U.S. officials|officials',d='1987-04-06',m='planned'),
 O('spokesman','say',None),
 E('Michael Smith|Smith','meet','Makoto Kuroda|Kuroda',d='1987-04-09',m='planned'),
 O('Clayton Yeutter|Yeutter','speak|tell','reporters',z='caption',p='Washington'),
],[["Clayton Yeutter","U.S. Trade Representative","US"],["Michael Smith","Deputy U.S. Trade Representative","US"],["Makoto Kuroda","vice president","MITI"]],[["next week","1987-W15"],["yesterday","1987-03-31"],["next Monday","1987-04-06"],["Tuesday","1987-04-07"],["Thursday","1987-04-09"],["Friday","1987-04-10"]])

page('page-10','reuters',1207,
 ['REUTERS | Africa','Home','Africa','Business','Commodities','Politics','Sign up','Log in'],
 ['KAMPALA, March 2, 1987 (Reuters)','By Reuters correspondent'],
 ['Ugandan Finance Minister Chrispus Kiyonga (File photo: Reuters)','Ugandan Finance Minister Chrispus Kiyonga','Share this article | Print'],
 ['(Editing by Grace Obuya)','Advertisement','You might also like','Kenya and Tanzania sign border trade pact','IMF approves loan for Zaire','Museveni accuses rebels of attacks in north','Ghana devalues cedi again','Most popular','Subscribe to Africa Briefing','By using this site you accept our use of cookies','About | Contact | Terms & Conditions','Copyright Reuters 1987'])
A['page-10']=('1987-03-02',[
 O('World Bank team|World Bank','arrive|visit','Uganda',z='headline'),
 E('World Bank team|World Bank|Katrine Saito|Saito|mission','arrive|arrived|visit','Uganda'),
 O('World Bank team|World Bank','talks','Uganda',m='planned'),
 E('International Monetary Fund|IMF|IMF team','visit|due|arrive','Uganda',m='planned'),
 O('World Bank official|official','say',None),
 O('Chrispus Kiyonga|Kiyonga|Finance Minister','say',None,d='1987-02'),
 O('government|Uganda','ask','World Bank|donors',m='hypothetical'),
 O('diplomats','expect',None),
],[["Katrine Saito","senior economist","World Bank"],["Chrispus Kiyonga","Finance Minister","Uganda"]],[["last month","1987-02"]])

# ---------------- AG-News-based pages (AP/AFP/Reuters wire stories on portals) ----------------
page('page-11','agnews',646,
 ['Yahoo! News','Home | U.S. | World | Business | Politics | Sci/Tech | Sports','Sign In','Mail'],
 ['Thu Aug 26, 2004 10:12 AM ET','By Carlos Medina, Associated Press Writer'],
 ['Luis Posada Carriles, shown in a 2000 court appearance in Panama City (AP Photo/Arnulfo Franco)','Luis Posada Carriles, shown in a 2000 court appearance in Panama City','AP Photo/Arnulfo Franco'],
 ['Email Story','IM Story','Printable View','Sponsored Links','Cheap flights to Havana - book now','Related News Stories','Cuba breaks diplomatic ties with Panama','Venezuela recalls ambassador over Panama pardons','Castro denounces "mafia" in Miami','Message Boards: 312 posts','Get the Yahoo! News Alerts newsletter','Yahoo! uses cookies. By using this site you agree. OK','Copyright \u00a9 2004 The Associated Press. All rights reserved. The information contained in the AP News report may not be published, broadcast, rewritten or redistributed without the prior written authority of The Associated Press.','Copyright \u00a9 2004 Yahoo! Inc. All rights reserved. Privacy Policy - Terms of Service'])
A['page-11']=('2004-08-26',[
 O("Panama|Panama's president",'pardon|pardons','plotters|Castro plotters|men',z='headline'),
 E("Panama's president|Panama|president",'pardon|pardoned','four men|men'),
 E('four men|men','plan|kill|planning','Fidel Castro|Castro|Cuba',m='alleged'),
 O('prosecutors|Cuba','accuse|accused','four men|men'),
 O('Luis Posada Carriles|Posada','appear|court',None,z='caption',d='2000',p='Panama City'),
],[],[])

page('page-12','agnews',1445,
 ['MSNBC','News | Business | Sports | Entertainment | Health | Tech','World News','Asia-Pacific','Sign in','Subscribe'],
 ['The Associated Press','Updated: 11:47 a.m. ET Sept. 9, 2004'],
 ['Police inspect the damage outside the Australian Embassy in Jakarta on Thursday','Police inspect the damage outside the Australian Embassy in Jakarta on Thursday. (Photo: AP / Dita Alangkara)'],
 ['Print | E-mail | Discuss','ADVERTISEMENT','MORE FROM ASIA-PACIFIC','Indonesia police arrest two terror suspects in Java','Howard vows Australia will not be intimidated','Bali bomber loses appeal against death sentence','Top stories','Discuss this story (41 comments)','Get the MSNBC Breaking News newsletter','We use cookies. Manage cookie settings','\u00a9 2004 The Associated Press. All rights reserved. This material may not be published, broadcast, rewritten or redistributed.','About us | Help | News tips | Terms & conditions | Privacy','\u00a9 2004 MSNBC Interactive'])
A['page-12']=('2004-09-09',[
 O('blast|bomb','kill|kills','Jakarta Embassy|embassy',z='headline',p='Jakarta'),
 E('suspected Muslim militants|Muslim militants|militants','detonate|detonated|bomb|attack|strike','Australian Embassy|Australia|embassy',d='2004-09-09',p='Jakarta'),
 O('suspected Muslim militants|militants','kill|killing|wound','people',d='2004-09-09',p='Jakarta'),
 O('police','inspect|investigate','Australian Embassy|embassy',z='caption',d='2004-09-09',p='Jakarta'),
],[],[["Thursday","2004-09-09"]])

page('page-13','agnews',3587,
 ['Reuters.com','Home | News | Investing | Personal Finance | Tech','Top News | International | Politics','Sign In'],
 ['TAIPEI | Mon Oct 11, 2004 6:20am EDT','By Lin Mei-hua'],
 ['Taiwan President Chen Shui-bian delivers his National Day address in Taipei on Sunday','Taiwan President Chen Shui-bian delivers his National Day address in Taipei on Sunday. REUTERS/Simon Kwong','Share this story: Email | Print | Digg | del.icio.us'],
 ['(Editing by Jeremy Laurence)','Related Stories','China rejects Chen call for arms talks','U.S. welcomes Taiwan overture to Beijing','Beijing warns Taipei against independence moves','Most Viewed','12 Comments','Subscribe to Reuters newsletters','Cookies help us deliver our services. Accept','Sponsored Financial Content','Reuters.com: Help & Contact Us | Advertise With Us | Mobile | Newsletters | RSS | Interactive TV | Labs | Archive | Site Index','Copyright \u00a9 2004 Reuters. All rights reserved.'])
A['page-13']=('2004-10-11',[
 O('Taiwan','invite|invites','China',z='headline'),
 E('Taiwan','invite|invited','China',d='2004-10-11'),
 O('China','send','envoys|Taiwan',m='hypothetical'),
 E('Chen Shui-bian|Chen|Taiwan President','call|call for|called for','China|rivals',d='2004-10-10'),
 O('Chen Shui-bian|Chen','deliver|speech|address',None,z='caption',d='2004-10-10',p='Taipei'),
],[["Chen Shui-bian","President","Taiwan"]],[["Monday","2004-10-11"],["a day after","2004-10-10"],["Sunday","2004-10-10"]])

page('page-14','agnews',6032,
 ['The New York Times','Thursday, November 18, 2004','International','Middle East','HOME PAGE | MY TIMES | TODAY\'S PAPER | VIDEO | MOST POPULAR','Log In | Register Now'],
 ['By DAVID HOLLOWAY','Published: November 18, 2004'],
 ['Egyptian soldiers carry the coffin of one of the three police officers in Rafah. (Photo: Nasser Nasser/Associated Press)','Egyptian soldiers carry the coffin of one of the three police officers in Rafah.','Nasser Nasser/Associated Press','E-MAIL','PRINT','SAVE','SHARE'],
 ['Advertisement','Related','Mubarak and Sharon speak by phone','Israeli troops kill two militants near Gaza fence','Egypt to deploy border guards along Gaza frontier','More Articles in International','Reader comments (23)','We use cookies to personalize your experience. Accept all','Sign up for Today\'s Headlines e-mail','Copyright 2004 The New York Times Company | Privacy Policy | Search | Corrections | RSS | Help | Contact Us | Work for Us | Site Map'])
A['page-14']=('2004-11-18',[
 O('Israel','apologize|apologizes','Egypt',z='headline'),
 O('Israel','kill|killing','Egyptian officers|officers',z='headline'),
 E('Ariel Sharon|Sharon|Israeli prime minister','apologize|apologized','Egypt',d='2004-11-18'),
 E('Israeli army tank crew|tank crew|Israeli army|Israel','fire|fired|fire on','Egyptian patrol|Egypt|Egyptian police officers',p='border with Gaza|Gaza'),
 O('Israeli army tank crew|tank crew|Israeli army|Israel','kill|killing','Egyptian police officers|officers|Egypt'),
 O('Egyptian soldiers|soldiers','carry','coffin',z='caption',p='Rafah'),
],[["Ariel Sharon","Israeli prime minister","Israel"]],[["today","2004-11-18"]])

page('page-15','agnews',5349,
 ['ABC News','Home','World','U.S.','Politics','Money','Video','Log in'],
 ['KABUL, Afghanistan Nov. 1, 2004','By Reuters'],
 ['Kidnapped U.N. workers Shqipe Hebibi, Annetta Flanigan and Angelito Nayan in a video released by their captors (Photo: Al-Jazeera via AP)','Kidnapped U.N. workers Shqipe Hebibi, Annetta Flanigan and Angelito Nayan in a video released by their captors','Al-Jazeera via AP','Share With Facebook','Share With Twitter','Comments (58)'],
 ['Advertisement','Recommended for you','Karzai sworn in as Afghan president','NATO steps up patrols in Kabul','Militants free Turkish hostage in Iraq','Pakistan troops kill 10 militants near border','Sign up for the ABC News World newsletter','We use cookies to improve your experience. Accept','Copyright \u00a9 2004 Reuters Limited. All rights reserved.','Privacy Policy | Your California Privacy Rights | Terms of Use | Interest-Based Ads','Copyright \u00a9 2004 ABC News Internet Ventures'])
A['page-15']=('2004-11-01',[
 O('Afghans|Taliban splinter group','vow|threaten|kill','UN hostage|hostage',z='headline'),
 E('Taliban splinter group|splinter group|group','hold|holding|hostage','U.N. workers|UN workers|workers'),
 E('Taliban splinter group|splinter group|group','demand|demanded','Afghan government|United Nations|UN'),
 E('Taliban splinter group|splinter group|group','say|threaten|kill','captive|U.N. workers|hostage',m='hypothetical'),
 O('captors|group','release|video',None,z='caption'),
],[],[["Tuesday afternoon","2004-11-02"]])

page('page-16','agnews',2054,
 ['Yahoo! News','Top Stories | World | Politics | Business | Tech','Africa','Sign In','Help'],
 ['Sun Sep 19, 2004 03:41 AM ET','AFP'],
 ['Sudanese Foreign Minister Mustafa Osman Ismail speaks to journalists in Khartoum','Sudanese Foreign Minister Mustafa Osman Ismail speaks to journalists in Khartoum (AFP/File/Ashraf Shazly)'],
 ['Email Story','Recommend','Print','Advertisement','Related News Stories','African Union to send more troops to Darfur','China threatens veto of Sudan sanctions','Powell calls Darfur killings genocide','Aid agencies warn of famine in Darfur camps','Sign up for Yahoo! Africa news alerts','This site uses cookies - OK','Copyright \u00a9 2004 Agence France Presse. All rights reserved. The information contained in the AFP News report may not be published, broadcast, rewritten or redistributed without the prior written authority of Agence France Presse.','Copyright \u00a9 2004 Yahoo! Inc. All rights reserved. Questions or Comments | Privacy Policy | Terms of Service'],
 body_insert=(0,['Comments: 9']))
A['page-16']=('2004-09-19',[
 O('Sudan','abide|say','UN|resolution',z='headline'),
 E('Sudan','condemn|condemned','UN|resolution|United Nations'),
 E('UN|United Nations|resolution','call on|calling on|demand','Khartoum|Sudan'),
 O('UN|United Nations','sanction|sanctions|threaten','Khartoum|Sudan',m='hypothetical'),
 E('Sudan','abide|accept|say','UN|United Nations|demands'),
 O('Mustafa Osman Ismail|Ismail','speak|tell','journalists',z='caption',p='Khartoum'),
],[],[])
